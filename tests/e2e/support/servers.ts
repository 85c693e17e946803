/**
 * The two servers every end-to-end run starts (see playwright.config.ts): the portal with the embedded emulator,
 * and a second one with EMULATOR=off. Tests import these instead of repeating ports and secrets.
 */
export const port = Number(process.env.E2E_PORT ?? 3100);
export const offPort = port + 1;

/** The portal as the browser sees it. */
export const portalUrl = `http://localhost:${port}`;
/** The embedded emulator, addressed as a different site, like the real gateway. */
export const gatewayUrl = `http://127.0.0.1:${port}/emulator`;
/** The server started with EMULATOR=off. */
export const offUrl = `http://localhost:${offPort}`;

export const accessToken = "e2e-gateway-access-token-0123456789";
export const authSecret = "e2e-auth-secret-e2e-auth-secret-e2e-auth-secret";
