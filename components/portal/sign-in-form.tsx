"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Flow } from "@/lib/portal/auth/flows";
import { PORTAL_PATHS, signInPath } from "@/lib/portal/auth/paths";
import type { Country, SignInChoices } from "@/lib/portal/auth/sign-in-request";
import { AUTHENTICATION_METHODS, type AuthenticationMethod } from "@/lib/portal/gateway/methods";
import { primaryButton } from "./button-styles";
import { Disclosure } from "./disclosure";
import { FlowExplainer } from "./flow-explainer";

interface FlowOption {
  flow: Flow;
  label: string;
  summary: string;
}

/** Names the server has put in the reader's language (country names from Intl, on the server, so both renders agree). */
export interface SignInNames {
  methods: Record<AuthenticationMethod, string>;
  countries: Array<{ code: Country; name: string }>;
}

/**
 * The sign-in choices as one form posted to /api/gateway/start. Every change is mirrored into the page's URL, so the
 * current demo can be bookmarked or shared; without JavaScript the form still works as plain HTML.
 */
export function SignInForm({
  initial,
  flows,
  names,
  optionsOpen = false,
  suggested,
  explain = false,
}: {
  initial: SignInChoices;
  flows: FlowOption[];
  names: SignInNames;
  /** The flow that suits this device (from its User-Agent), marked as such. */
  suggested: Flow;
  /** Show the options even when none is set (e.g. after a value was refused). */
  optionsOpen?: boolean;
  /** Presenter mode: a panel beside the form explains the flow being chosen. */
  explain?: boolean;
}) {
  const t = useTranslations("signInForm");
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

  const form = (
    <form method="post" action={PORTAL_PATHS.start} onSubmit={() => setBusy(true)} className="flex flex-col gap-8">
      <input type="hidden" name="callbackUrl" value={choices.callbackUrl} />
      <fieldset>
        <legend className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-100">{t("chooseFlow")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {flows.map((option) => {
            const checked = choices.flow === option.flow;
            return (
              <label
                key={option.flow}
                className={`relative flex cursor-pointer flex-col gap-1 rounded-xl border bg-white p-4 shadow-sm transition has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 dark:bg-slate-900 ${
                  checked
                    ? "border-brand-600 ring-2 ring-brand-600 dark:border-brand-400 dark:ring-brand-400"
                    : "border-slate-200 hover:border-slate-300 dark:border-slate-700 dark:hover:border-slate-500"
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
                  <span className="font-semibold text-slate-900 dark:text-slate-100">{option.label}</span>
                  <span
                    aria-hidden="true"
                    className={`grid size-5 shrink-0 place-items-center rounded-full border-2 ${
                      checked
                        ? "border-brand-700 bg-brand-700"
                        : "border-slate-300 bg-white dark:border-slate-500 dark:bg-slate-900"
                    }`}
                  >
                    {checked ? <span className="size-2 rounded-full bg-white" /> : null}
                  </span>
                </span>
                {option.flow === suggested ? (
                  <span className="w-fit rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-800 dark:bg-brand-900 dark:text-brand-100">
                    {t("suggested")}
                  </span>
                ) : null}
                <span className="text-sm text-slate-600 dark:text-slate-400">{option.summary}</span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <Disclosure summary={t("options")} open={optionsOpen || hasExtras(initial)}>
        <div className="grid gap-6 md:grid-cols-2">
          <fieldset>
            <legend className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200">
              {t("methodsLegend")}
            </legend>
            <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("methodsHint")}</p>
            <div className="flex flex-col gap-2">
              {AUTHENTICATION_METHODS.map((method) => (
                <label key={method} className="flex items-center gap-2 text-slate-800 dark:text-slate-200">
                  <input
                    type="checkbox"
                    name="methods"
                    value={method}
                    checked={choices.methods?.includes(method) ?? false}
                    onChange={(event) => toggleMethod(method, event.target.checked)}
                    className="size-4 accent-brand-700"
                  />
                  {names.methods[method]}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-semibold text-slate-800 dark:text-slate-200">
              {t("prefillLegend")}
            </legend>
            <label className={LABEL_LOOK}>
              {t("country")}
              <select
                name="country"
                value={choices.country ?? ""}
                onChange={(event) => update({ country: (event.target.value || undefined) as Country | undefined })}
                className={FIELD_LOOK}
              >
                <option value="">{t("notSet")}</option>
                {names.countries.map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            </label>
            {PREFILL_FIELDS.map(({ example, ...field }) => (
              <PrefillField
                key={field.name}
                {...field}
                label={t(field.name)}
                placeholder={t("example", { value: example })}
                value={choices[field.name]}
                onChange={(value) => update({ [field.name]: value })}
              />
            ))}
          </fieldset>
        </div>
      </Disclosure>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton} disabled={busy}>
          {busy ? t("starting") : t("submit")}
        </button>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("submitHint")}</p>
      </div>
    </form>
  );

  if (!explain) return form;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      {form}
      <FlowExplainer stage="signIn" flow={choices.flow} />
    </div>
  );
}

const LABEL_LOOK = "flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200";
const FIELD_LOOK =
  "rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";

/** The prefill fields the gateway's forms take: a personal code and a Mobile-ID phone number; empty is "not set". */
const PREFILL_FIELDS = [
  { name: "code", inputMode: "numeric", example: "40404040009" },
  { name: "phone", type: "tel", example: "+37200000766" },
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
    <label className={LABEL_LOOK}>
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
