import type { FormEvent } from "react";
import { pinSchema } from "@/lib/emulator/devices/protocol";

export type ConfirmForm = { ok: true; choice: string; pin: string } | { ok: false; missing: "choice" | "pin" };

/**
 * What a device's Confirm form holds: the one choice it asks for (an account in the app, a code on the phone) and a
 * PIN of 4 to 12 digits. Stops the browser's own submission; the device sends the answer itself.
 */
export function readConfirmForm(event: FormEvent<HTMLFormElement>, choiceField: string): ConfirmForm {
  event.preventDefault();
  const data = new FormData(event.currentTarget);
  const choice = String(data.get(choiceField) ?? "");
  const pin = String(data.get("pin") ?? "");
  if (!choice) return { ok: false, missing: "choice" };
  if (!pinSchema.safeParse(pin).success) return { ok: false, missing: "pin" };
  return { ok: true, choice, pin };
}
