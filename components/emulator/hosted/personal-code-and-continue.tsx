import { personalCodeSchema } from "@/lib/emulator/hosted/protocol";
import type { Messages } from "@/lib/emulator/i18n";
import { emulatorButton } from "../shared/button-styles";
import { FieldError } from "../shared/field-error";

/** A personal code as the hosted page's server takes it (the same schema checks it there). */
export function isPersonalCode(text: string): boolean {
  return personalCodeSchema.safeParse(text).success;
}

/**
 * How the classic Smart-ID and Mobile-ID forms end: the personal code, the form's error and Continue, which reads
 * "Sending the request…" while the gateway is asked.
 */
export function PersonalCodeAndContinue({
  messages,
  errorId,
  error,
  busy,
  defaultCode,
}: {
  messages: Messages;
  errorId: string;
  error?: string;
  busy: boolean;
  defaultCode?: string;
}) {
  return (
    <>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {messages.personalCodeLabel}
        <input
          name="personalCode"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={defaultCode}
          aria-describedby={errorId}
          aria-invalid={error ? true : undefined}
          className="rounded-md border border-slate-400 px-3 py-2 text-base"
        />
      </label>
      <FieldError id={errorId} text={error} />
      <button type="submit" disabled={busy} className={emulatorButton}>
        {busy ? messages.starting : messages.continue}
      </button>
    </>
  );
}
