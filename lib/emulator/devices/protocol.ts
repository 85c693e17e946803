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

/** A person's answer on a device about one `subject`: confirm with a PIN (and what else the screen asks), or refuse. */
function answerSchema<S extends z.ZodRawShape, C extends z.ZodRawShape>(subject: S, confirm: C) {
  return z.discriminatedUnion("decision", [
    z.object({ ...subject, decision: z.literal("confirm"), ...confirm, pin: pinSchema }),
    z.object({ ...subject, decision: z.literal("refuse") }),
  ]);
}

export const deviceLinkAnswerSchema = answerSchema(
  { link: deviceLinkText },
  { identityKey: z.string().min(1).max(64) },
);

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

/** The secret id of a phone request, as the hosted page's link to the virtual phone carries it. */
export const phoneRequestIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: "open the phone from the sign-in page" });

export const phoneAnswerSchema = answerSchema(
  { requestId: phoneRequestIdSchema },
  { code: z.string().regex(/^\d{4}$/, { error: "Choose one of the three codes." }) },
);

export type PhoneAnswer = z.infer<typeof phoneAnswerSchema>;

export interface PhoneRequestView {
  id: string;
  /** Whose phone this is: the person's name and code (Smart-ID) or the Mobile-ID number. */
  holder: string;
  method: "smartid" | "mobile";
  relyingPartyName: string;
  codes: string[];
  secondsLeft: number;
}

export type PhoneAnswerResult =
  | { ok: true; outcome: "confirmed" | "refused" | "wrong-code" }
  | { ok: false; reason: string };
