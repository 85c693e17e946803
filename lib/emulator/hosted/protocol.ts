import { z } from "zod";
import type { MessageKey } from "../i18n";
import type { HostedState } from "./state";

/**
 * The JSON the hosted page's browser code exchanges with the emulator: the action body (validated with zod on the
 * server) and the answers. Pure, so the page's client components and the route handlers share one definition.
 */

/** Personal codes as the gateway's countries write them: digits, Latvian codes with a hyphen (040404-10003). */
export const personalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}-?\d{4,5}$|^\d{11}$/);

/** A Mobile-ID number in international form; spaces and dashes are ignored. */
export const mobilePhoneSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^\+?\d{7,15}$/));

export const hostedActionSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("smartid"),
    country: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((value) => value.toUpperCase()),
    personalCode: personalCodeSchema,
  }),
  z.object({
    action: z.literal("mobile"),
    phone: mobilePhoneSchema,
    personalCode: personalCodeSchema,
  }),
  z.object({ action: z.literal("smartcard"), identityKey: z.string().min(1).max(64) }),
  z.object({ action: z.literal("cancel") }),
  z.object({ action: z.literal("renew-qr") }),
]);

export type HostedAction = z.infer<typeof hostedActionSchema>;

export interface SameDeviceLinkView {
  type: "Web2App" | "App2App";
  link: string;
}

export type HostedActionAnswer =
  | { ok: true; state: HostedState; sameDevice?: SameDeviceLinkView }
  | { ok: false; error: MessageKey; field?: string };

export type QrAnswer =
  | { status: "ok"; link: string; elapsedSeconds: number; remainingSeconds: number }
  | { status: "expired" }
  | { status: "closed" };
