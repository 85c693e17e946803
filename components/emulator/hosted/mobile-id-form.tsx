"use client";

import { type FormEvent, useState } from "react";
import { type HostedActionAnswer, mobilePhoneSchema } from "@/lib/emulator/hosted/protocol";
import type { Messages } from "@/lib/emulator/i18n";
import { isPersonalCode, PersonalCodeAndContinue } from "./personal-code-and-continue";

/** Mobile-ID: phone number and personal code; the page then shows the verification code. */
export function MobileIdForm({
  messages,
  defaultPhone,
  defaultCode,
  submit,
}: {
  messages: Messages;
  defaultPhone?: string;
  defaultCode?: string;
  submit: (phone: string, personalCode: string) => Promise<HostedActionAnswer | undefined>;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const phone = mobilePhoneSchema.safeParse(String(data.get("phone") ?? ""));
    const personalCode = String(data.get("personalCode") ?? "").trim();
    if (!phone.success) {
      setError(messages.phoneInvalid);
      return;
    }
    if (!isPersonalCode(personalCode)) {
      setError(messages.personalCodeInvalid);
      return;
    }
    setBusy(true);
    setError(undefined);
    const answer = await submit(phone.data, personalCode);
    setBusy(false);
    if (!answer) setError(messages.connectionLost);
    else if (!answer.ok) setError(messages[answer.error]);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-labelledby="mobile-heading">
      <h2 id="mobile-heading" className="text-lg font-semibold">
        {messages.mobileHeading}
      </h2>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {messages.phoneLabel}
        <input
          name="phone"
          type="tel"
          autoComplete="off"
          defaultValue={defaultPhone}
          aria-describedby="mobile-hint mobile-error"
          aria-invalid={error ? true : undefined}
          className="rounded-md border border-slate-400 px-3 py-2 text-base"
        />
        <span id="mobile-hint" className="text-xs font-normal text-slate-600">
          {messages.phoneHint}
        </span>
      </label>
      <PersonalCodeAndContinue
        messages={messages}
        errorId="mobile-error"
        error={error}
        busy={busy}
        defaultCode={defaultCode}
      />
    </form>
  );
}
