// One sign-in as a browser makes it, hop by hop over HTTP: start → continue → (the gateway completes) → return.
import { ACCESS_TOKEN } from "./lib.mjs";

/** `name=value` of each cookie a response sets (chunks of one cookie included). */
export function cookiesFrom(response) {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .filter((pair) => !pair.endsWith("="));
}

export async function startHop(server) {
  return fetch(`${server.base}/api/gateway/start`, {
    method: "POST",
    headers: { origin: server.base, "content-type": "application/x-www-form-urlencoded" },
    body: "flow=qr",
    redirect: "manual",
  });
}

/** Start and continue: the gateway session's token and the browser's binding cookie. */
export async function begin(server) {
  const start = await startHop(server);
  const binding = cookiesFrom(start).find((pair) => pair.startsWith("portal.sign-in="));
  if (!binding) throw new Error(`start did not bind (${start.status} ${start.headers.get("location")})`);
  const onward = await fetch(`${server.base}/api/gateway/continue`, {
    headers: { cookie: binding },
    redirect: "manual",
  });
  const token = /\/auth\/([0-9a-f]{64})/.exec(onward.headers.get("location") ?? "")?.[1];
  if (!token) throw new Error("continue did not lead to the gateway");
  return { token, binding: cookiesFrom(onward).find((pair) => pair.startsWith("portal.sign-in=")) ?? binding };
}

export async function completeAtGateway(server, token) {
  const response = await fetch(`${server.emulator}/test/sessions/${token}/complete?access_token=${ACCESS_TOKEN}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identity: "PNOEE-40404040009" }),
  });
  if (!response.ok) throw new Error(`complete answered ${response.status}`);
}

export async function returnHop(server, token, binding) {
  return fetch(`${server.base}/api/gateway/return?session_token=${token}`, {
    headers: { cookie: binding },
    redirect: "manual",
  });
}

/** A whole sign-in; resolves to the session cookie(s). */
export async function signIn(server) {
  const { token, binding } = await begin(server);
  await completeAtGateway(server, token);
  const back = await returnHop(server, token, binding);
  const session = cookiesFrom(back).filter((pair) => pair.includes("session-token"));
  if (!(back.headers.get("location") ?? "").endsWith("/dashboard") || session.length === 0) {
    throw new Error(`return did not sign in (${back.status} ${back.headers.get("location")})`);
  }
  return session.join("; ");
}
