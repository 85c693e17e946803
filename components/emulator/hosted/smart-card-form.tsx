"use client";

import { type FormEvent, useState } from "react";
import type { HostedActionAnswer } from "@/lib/emulator/hosted/protocol";
import type { Messages } from "@/lib/emulator/i18n";
import { AccountOption } from "../devices/account-option";
import { emulatorButton } from "../shared/button-styles";
import { FieldError } from "../shared/field-error";

export interface TestCard {
  identityKey: string;
  label: string;
}

/** ID card: pick a test card "in the reader"; there is no approval step, so the session completes at once. */
export function SmartCardForm({
  messages,
  cards,
  submit,
}: {
  messages: Messages;
  cards: TestCard[];
  submit: (identityKey: string) => Promise<HostedActionAnswer | undefined>;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const identityKey = String(new FormData(event.currentTarget).get("card") ?? "");
    setBusy(true);
    setError(undefined);
    const answer = await submit(identityKey);
    setBusy(false);
    if (!answer) setError(messages.connectionLost);
    else if (!answer.ok) setError(messages[answer.error]);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-labelledby="smartcard-heading">
      <h2 id="smartcard-heading" className="text-lg font-semibold">
        {messages.smartcardHeading}
      </h2>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm text-slate-700">{messages.smartcardSteps}</legend>
        {cards.map((card, index) => (
          <AccountOption
            key={card.identityKey}
            name="card"
            value={card.identityKey}
            label={card.label}
            defaultChecked={index === 0}
          />
        ))}
      </fieldset>
      <FieldError id="smartcard-error" text={error} />
      <button type="submit" disabled={busy || cards.length === 0} className={emulatorButton}>
        {messages.smartcardSignIn}
      </button>
    </form>
  );
}
