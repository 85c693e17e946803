/** A form's error message, announced to screen readers as it appears. */
export function FieldError({ id, text }: { id: string; text?: string }) {
  return (
    <p id={id} role="alert" className="min-h-5 text-sm font-medium text-red-700">
      {text ?? ""}
    </p>
  );
}
