import { z } from "zod";

/**
 * JSON between the virtual Smart-ID app (a browser page) and the emulator's Smart-ID service. Pure, shared by the
 * client component and the route handlers.
 */

/** A device link as the app received it: the whole URL, untouched (its exact text is what the authCode signs). */
const deviceLinkText = z.string().min(1).max(4096);

export const deviceLinkCheckSchema = z.object({ link: deviceLinkText });

/** Smart-ID PIN1: 4 to 12 digits. */
export const pinSchema = z.string().regex(/^\d{4,12}$/, { error: "The PIN has 4 to 12 digits." });

export const deviceLinkAnswerSchema = z.discriminatedUnion("decision", [
  z.object({
    link: deviceLinkText,
    decision: z.literal("confirm"),
    identityKey: z.string().min(1).max(64),
    pin: pinSchema,
  }),
  z.object({ link: deviceLinkText, decision: z.literal("refuse") }),
]);

export type DeviceLinkAnswer = z.infer<typeof deviceLinkAnswerSchema>;

export interface AppIdentity {
  key: string;
  /** Name, country and personal code. */
  label: string;
  /** What a failure account does, e.g. "refuses the request in the Smart-ID app"; none for accounts that approve. */
  detail?: string;
}

export type DeviceLinkCheckResult =
  | {
      ok: true;
      request: {
        flowType: "QR" | "Web2App" | "App2App";
        relyingPartyName: string;
        brokeredRpName: string;
        identities: AppIdentity[];
      };
    }
  | { ok: false; check: string; reason: string };

/** How the request ended in the app, as the app shows it. */
export type AppOutcome =
  | { outcome: "confirmed" }
  | { outcome: "refused" }
  /** A demo account that always ends the same way (SK's refusal and time-out accounts). */
  | { outcome: "ended"; endResult: string }
  /** The integrator's `supported_residencies` do not admit this person's country (upper case). */
  | { outcome: "not-resident"; country: string };

export type DeviceLinkAnswerResult =
  /** `callbackUrl`: on a same-device link the app then opens it, whatever the outcome (smart-id-v3.md). */
  { ok: true; next: AppOutcome & { callbackUrl?: string } } | { ok: false; reason: string };

export const phoneAnswerSchema = z.discriminatedUnion("decision", [
  z.object({
    requestId: z.string().min(1).max(64),
    decision: z.literal("confirm"),
    code: z.string().regex(/^\d{4}$/, { error: "Choose one of the three codes." }),
    pin: pinSchema,
  }),
  z.object({ requestId: z.string().min(1).max(64), decision: z.literal("refuse") }),
]);

export type PhoneAnswer = z.infer<typeof phoneAnswerSchema>;

export const phoneAccountSchema = z.string().min(1).max(80);

/**
 * The virtual phone a request appears on: a Smart-ID account's (`smartid:PNOEE-40404040009`) or a Mobile-ID
 * number's (`mobile:+37200000766`).
 */
export function phoneAccountOf(request: { method: "smartid" | "mobile"; identityKey: string; phone?: string }): string {
  return request.method === "mobile" ? `mobile:${request.phone ?? ""}` : `smartid:${request.identityKey}`;
}

export interface PhoneRequestView {
  id: string;
  method: "smartid" | "mobile";
  relyingPartyName: string;
  codes: string[];
  secondsLeft: number;
}

export type PhoneAnswerResult =
  | { ok: true; outcome: "confirmed" | "refused" | "wrong-code" }
  | { ok: false; reason: string };
