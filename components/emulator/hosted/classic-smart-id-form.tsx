"use client";

import { type FormEvent, useState } from "react";
import type { HostedActionAnswer } from "@/lib/emulator/hosted/protocol";
import type { Messages } from "@/lib/emulator/i18n";
import { isPersonalCode, PersonalCodeAndContinue } from "./personal-code-and-continue";

export interface CountryOption {
  code: string;
  name: string;
}

/** Classic Smart-ID: country and personal code; the page then shows the verification code. */
export function ClassicSmartIdForm({
  messages,
  countries,
  defaultCountry,
  defaultCode,
  submit,
}: {
  messages: Messages;
  countries: CountryOption[];
  defaultCountry?: string;
  defaultCode?: string;
  submit: (country: string, personalCode: string) => Promise<HostedActionAnswer | undefined>;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const personalCode = String(data.get("personalCode") ?? "").trim();
    if (!isPersonalCode(personalCode)) {
      setError(messages.personalCodeInvalid);
      return;
    }
    setBusy(true);
    setError(undefined);
    const answer = await submit(String(data.get("country") ?? ""), personalCode);
    setBusy(false);
    if (!answer) setError(messages.connectionLost);
    else if (!answer.ok) setError(messages[answer.error]);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="classic-heading">
      <h2 id="classic-heading" className="text-lg font-semibold">
        {messages.classicHeading}
      </h2>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {messages.countryLabel}
        <select
          name="country"
          defaultValue={(defaultCountry ?? countries[0]?.code ?? "").toUpperCase()}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code.toUpperCase()}>
              {country.name}
            </option>
          ))}
        </select>
      </label>
      <PersonalCodeAndContinue
        messages={messages}
        errorId="classic-error"
        error={error}
        busy={busy}
        defaultCode={defaultCode}
      />
    </form>
  );
}
