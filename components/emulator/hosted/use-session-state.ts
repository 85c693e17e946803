"use client";

import { useCallback, useEffect, useState } from "react";
import type { HostedState } from "@/lib/emulator/hosted/state";
import { fetchState } from "./hosted-api";

/** How often the page asks for the state when no push is coming through (SK's demo pace). */
const POLL_MS = 1500;

/**
 * The session's state as the hosted page shows it. The emulator pushes every change as it happens (Server-Sent
 * Events from `/emulator/auth/{token}/events`), so the page moves on the moment the app confirms; while that
 * connection is down — blocked by a proxy, dropped, or not yet open — the page polls instead, so it always gets there.
 * A session leaves `waiting` once: a late answer never takes the page back.
 */
export function useSessionState(token: string, initial: HostedState, onConnection: (lost: boolean) => void) {
  const [state, setState] = useState<HostedState>(initial);
  const [pushed, setPushed] = useState(false);
  const waiting = state.state === "waiting";

  const accept = useCallback(
    (next: HostedState) => setState((current) => (current.state === "waiting" ? next : current)),
    [],
  );

  useEffect(() => {
    if (!waiting || typeof EventSource === "undefined") return;
    const source = new EventSource(`/emulator/auth/${token}/events`);
    source.onopen = () => setPushed(true);
    source.onmessage = (event) => {
      setPushed(true);
      try {
        accept(JSON.parse(event.data) as HostedState);
      } catch {
        // A broken message is ignored; the next one, or polling, brings the state.
      }
    };
    // The browser reconnects by itself; until it does, polling covers.
    source.onerror = () => setPushed(false);
    return () => source.close();
  }, [token, waiting, accept]);

  useEffect(() => {
    if (!waiting || pushed) return;
    let cancelled = false;
    const poll = setInterval(async () => {
      const next = await fetchState(token);
      if (cancelled) return;
      onConnection(next === undefined);
      if (next) accept(next);
    }, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(poll);
    };
  }, [token, waiting, pushed, onConnection, accept]);

  return [state, accept] as const;
}
