// Hosted: the session's state pushed to the hosted page as Server-Sent Events.
import "server-only";
import type { SessionStore } from "../engine/session-store";
import { hostedState } from "./state";

/**
 * How often the stream looks at the session at the latest: a change made on another instance shows within this. A
 * change made in this process is seen at once (SessionStore.changes).
 */
const LOOK_EVERY_MS = 100;
/** A stream ends after this and the browser opens a new one, so no connection is held for ever. */
const STREAM_LIFETIME_MS = 55_000;

/**
 * Sends the hosted page's state whenever it changes, until the session has ended (the last event says how), the
 * browser goes away, or the stream's lifetime is over. It looks at the session in the state store rather than
 * waiting for a signal, so it works the same on one instance or several; a lost store ends the stream, and the
 * page falls back to polling.
 */
export function sessionStateEvents(
  store: SessionStore,
  token: string,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      let last = "";
      const until = Date.now() + STREAM_LIFETIME_MS;
      // Tell the browser to come back soon after the stream ends, not after its default three seconds.
      controller.enqueue(encoder.encode("retry: 500\n\n"));
      try {
        while (!signal.aborted && Date.now() < until) {
          const now = Date.now();
          const state = hostedState(await store.read(token, now), now);
          const text = JSON.stringify(state);
          if (text !== last) {
            controller.enqueue(encoder.encode(`data: ${text}\n\n`));
            last = text;
          }
          if (state.state !== "waiting") break;
          await store.changes.next(token, LOOK_EVERY_MS, signal);
        }
      } catch {
        // The store is gone for now: the page polls until it is back.
      }
      controller.close();
    },
  });
}
