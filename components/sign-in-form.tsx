"use client";

import { useState } from "react";
import type { Flow } from "@/lib/auth/flows";
import { PORTAL_PATHS } from "@/lib/auth/paths";
import {
  COUNTRIES,
  COUNTRY_NAMES,
  type Country,
  METHOD_NAMES,
  type SignInChoices,
  signInPath,
} from "@/lib/auth/sign-in-request";
import { AUTHENTICATION_METHODS, type AuthenticationMethod } from "@/lib/gateway/schemas";
import { primaryButton } from "./button-styles";
import { Disclosure } from "./disclosure";

interface FlowOption {
  flow: Flow;
  label: string;
  summary: string;
}

/**
 * The sign-in choices as one form posted to /api/gateway/start. Every change is mirrored into the page's URL, so the
 * current demo can be bookmarked or shared; without JavaScript the form still works as plain HTML.
 */
export function SignInForm({
  initial,
  flows,
  optionsOpen = false,
  suggested,
}: {
  initial: SignInChoices;
  flows: FlowOption[];
  /** The flow that suits this device (from its User-Agent), marked as such. */
  suggested: Flow;
  /** Show the options even when none is set (e.g. after a value was refused). */
  optionsOpen?: boolean;
}) {
  const [choices, setChoices] = useState<SignInChoices>(initial);
  const [busy, setBusy] = useState(false);

  function update(next: Partial<SignInChoices>) {
    const merged = { ...choices, ...next };
    setChoices(merged);
    window.history.replaceState(null, "", signInPath(merged));
  }

  function toggleMethod(method: AuthenticationMethod, on: boolean) {
    const current = new Set(choices.methods ?? []);
    if (on) current.add(method);
    else current.delete(method);
    const methods = AUTHENTICATION_METHODS.filter((item) => current.has(item));
    update({ methods: methods.length > 0 ? methods : undefined });
  }

  return (
    <form method="post" action={PORTAL_PATHS.start} onSubmit={() => setBusy(true)} className="flex flex-col gap-8">
      <input type="hidden" name="callbackUrl" value={choices.callbackUrl} />
      <fieldset>
        <legend className="mb-3 text-lg font-semibold text-slate-900">How do you want to sign in?</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {flows.map((option) => {
            const checked = choices.flow === option.flow;
            return (
              <label
                key={option.flow}
                className={`relative flex cursor-pointer flex-col gap-1 rounded-xl border bg-white p-4 shadow-sm transition has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
                  checked ? "border-brand-600 ring-2 ring-brand-600" : "border-slate-200 hover:border-slate-300"
                }`}
              >
                <input
                  type="radio"
                  name="flow"
                  value={option.flow}
                  checked={checked}
                  onChange={() => update({ flow: option.flow })}
                  className="sr-only"
                  data-testid={`flow-${option.flow}`}
                />
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold text-slate-900">{option.label}</span>
                  <span
                    aria-hidden="true"
                    className={`grid size-5 shrink-0 place-items-center rounded-full border-2 ${
                      checked ? "border-brand-700 bg-brand-700" : "border-slate-300 bg-white"
                    }`}
                  >
                    {checked ? <span className="size-2 rounded-full bg-white" /> : null}
                  </span>
                </span>
                {option.flow === suggested ? (
                  <span className="w-fit rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800">
                    Suggested for this device
                  </span>
                ) : null}
                <span className="text-sm text-slate-600">{option.summary}</span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <Disclosure summary="Options: methods and prefill" open={optionsOpen || hasExtras(initial)}>
        <div className="grid gap-6 md:grid-cols-2">
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-slate-800">Methods the gateway offers</legend>
            <p className="mb-2 text-sm text-slate-600">None ticked: all of them.</p>
            <div className="flex flex-col gap-2">
              {AUTHENTICATION_METHODS.map((method) => (
                <label key={method} className="flex items-center gap-2 text-slate-800">
                  <input
                    type="checkbox"
                    name="methods"
                    value={method}
                    checked={choices.methods?.includes(method) ?? false}
                    onChange={(event) => toggleMethod(method, event.target.checked)}
                    className="size-4 accent-brand-700"
                  />
                  {METHOD_NAMES[method]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-semibold text-slate-800">Prefill the gateway's forms</legend>
            <label className="flex flex-col gap-1 text-sm text-slate-800">
              Country
              <select
                name="country"
                value={choices.country ?? ""}
                onChange={(event) => update({ country: (event.target.value || undefined) as Country | undefined })}
                className={FIELD_LOOK}
              >
                <option value="">Not set</option>
                {COUNTRIES.map((country) => (
                  <option key={country} value={country}>
                    {COUNTRY_NAMES[country]}
                  </option>
                ))}
              </select>
            </label>
            {PREFILL_FIELDS.map((field) => (
              <PrefillField
                key={field.name}
                {...field}
                value={choices[field.name]}
                onChange={(value) => update({ [field.name]: value })}
              />
            ))}
          </fieldset>
        </div>
      </Disclosure>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? "Starting…" : "Continue to the gateway"}
        </button>
        <p className="text-sm text-slate-600">You will sign in on the Identity Gateway's page, then come back here.</p>
      </div>
    </form>
  );
}

const FIELD_LOOK = "rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900";

/** A free-text prefill: empty means "not set". */
/** The prefill fields the gateway's forms take: a personal code and a Mobile-ID phone number. */
const PREFILL_FIELDS = [
  { label: "Personal code", name: "code", inputMode: "numeric", placeholder: "e.g. 40404040009" },
  { label: "Phone (Mobile-ID)", name: "phone", type: "tel", placeholder: "e.g. +37200000766" },
] as const;

function PrefillField({
  label,
  name,
  value,
  onChange,
  ...input
}: {
  label: string;
  name: "code" | "phone";
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  placeholder: string;
  type?: "tel";
  inputMode?: "numeric";
}) {
  return (
    <label className="flex flex-col gap-1 text-sm text-slate-800">
      {label}
      <input
        {...input}
        name={name}
        autoComplete="off"
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value || undefined)}
        className={FIELD_LOOK}
      />
    </label>
  );
}

function hasExtras(choices: SignInChoices): boolean {
  return Boolean(choices.methods || choices.country || choices.code || choices.phone);
}
