import type { Messages } from "@/lib/emulator/i18n";
import { FieldError } from "../shared/field-error";

/** A personal code as the Baltic countries write it: six digits, then four or five (Latvia's with a hyphen). */
export function isPersonalCode(text: string): boolean {
  return /^\d{6}-?\d{4,5}$/.test(text);
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
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {busy ? messages.starting : messages.continue}
      </button>
    </>
  );
}
