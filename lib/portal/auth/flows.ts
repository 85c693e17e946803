import { z } from "zod";
import { app2appUrl } from "./paths";

/**
 * The three ways to sign in with Smart-ID through the gateway, and how each maps to the gateway's parameters.
 * Pure: used by the sign-in page (defaults, the URL) and the start route (the create request). Their names and
 * descriptions are in the portal's catalogues (`flows.<flow>`).
 */

export const FLOWS = ["qr", "same-device", "classic"] as const;
export type Flow = (typeof FLOWS)[number];
export const flowSchema = z.enum(FLOWS);

/** Phones and tablets get the same-device flow; everything else the QR flow (a second device scans it). */
export function isMobileUserAgent(userAgent: string | null | undefined): boolean {
  return /Mobi|Android|iPhone|iPad|iPod/i.test(userAgent ?? "");
}

export function defaultFlowFor(userAgent: string | null | undefined): Flow {
  return isMobileUserAgent(userAgent) ? "same-device" : "qr";
}

/** The flow's part of `POST /api/authentication/create`. */
export function flowParameters(flow: Flow, appUrl: string): { smartidQrFlow: boolean; app2appUrl?: string } {
  switch (flow) {
    case "qr":
      return { smartidQrFlow: true };
    case "same-device":
      return { smartidQrFlow: true, app2appUrl: app2appUrl(appUrl) };
    case "classic":
      return { smartidQrFlow: false };
  }
}
