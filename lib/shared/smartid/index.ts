/**
 * Smart-ID RP API v3 primitives (smart-id-v3.md in this folder): pure functions on `node:crypto`, shared by the
 * emulator (which plays the relying party, the Smart-ID service and the app) and the tests. No secrets are stored
 * here; callers keep sessionSecret on the server.
 */
import "server-only";

export * from "./callback";
export * from "./device-link";
export * from "./encoding";
export * from "./lang";
export * from "./session";
export * from "./verification-code";
