/** The PIN1 entry of the virtual phone. Any 4–12 digits work: the emulator has no real PINs. */
export function PinField({
  id,
  describedBy,
  label,
  hint,
}: {
  id: string;
  describedBy?: string;
  label: string;
  hint: string;
}) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <input
        id={id}
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        aria-describedby={describedBy}
        className="rounded-md border border-slate-400 px-3 py-2 text-center font-mono text-xl tracking-[0.4em]"
      />
      <span className="text-xs font-normal text-slate-600">{hint}</span>
    </label>
  );
}
