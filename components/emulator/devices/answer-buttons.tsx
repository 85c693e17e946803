import type { DeviceMessages } from "@/lib/emulator/i18n";
import { emulatorButton } from "../shared/button-styles";

/** Refuse and Confirm side by side, as both virtual devices end a request; Confirm submits the surrounding form. */
export function AnswerButtons({
  messages,
  busy,
  onRefuse,
}: {
  messages: DeviceMessages;
  busy: boolean;
  onRefuse: () => void;
}) {
  return (
    <div className="grid grid-cols-2 gap-3">
      <button
        type="button"
        disabled={busy}
        onClick={onRefuse}
        className="rounded-md border border-slate-400 px-4 py-2.5 font-medium text-slate-800 disabled:opacity-60"
      >
        {messages.refuse}
      </button>
      <button type="submit" disabled={busy} className={emulatorButton}>
        {messages.confirm}
      </button>
    </div>
  );
}
