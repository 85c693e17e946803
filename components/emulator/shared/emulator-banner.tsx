/** The amber strip that marks every emulator screen, so a demo never passes for the real service. */
export function EmulatorBanner({ text, detail }: { text: string; detail?: string }) {
  return (
    <div
      role="note"
      className="border-b border-emulator-300 bg-emulator-100 px-4 py-2 text-center text-sm text-emulator-900"
    >
      <strong className="font-semibold">{text}</strong>
      {detail ? <span className="ml-2 hidden sm:inline">{detail}</span> : null}
    </div>
  );
}
