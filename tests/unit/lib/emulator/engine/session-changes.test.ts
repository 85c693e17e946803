import { afterEach, describe, expect, it, vi } from "vitest";
import { SessionChanges } from "@/lib/emulator/engine/session-changes";
import { cancel } from "@/lib/emulator/engine/transitions";
import { sessionStateEvents } from "@/lib/emulator/hosted/events";
import { newSession, storeWith, T0 } from "../fixtures";

afterEach(() => {
  vi.useRealTimers();
});

describe("waking a session's watchers in this process", () => {
  it("wakes a waiter when its session changes, long before its time is up", async () => {
    vi.useFakeTimers();
    const changes = new SessionChanges();
    let woken = false;
    const waiting = changes.next("a".repeat(64), 60_000).then(() => {
      woken = true;
    });
    changes.notify("b".repeat(64));
    await Promise.resolve();
    expect(woken).toBe(false);
    changes.notify("a".repeat(64));
    await waiting;
    expect(woken).toBe(true);
    expect(changes.watched).toBe(0);
  });

  it("wakes after its time or when the watcher goes away, and keeps nothing behind", async () => {
    vi.useFakeTimers();
    const changes = new SessionChanges();
    const timed = changes.next("a".repeat(64), 100);
    const aborter = new AbortController();
    const aborted = changes.next("a".repeat(64), 60_000, aborter.signal);
    expect(changes.watched).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    await timed;
    aborter.abort();
    await aborted;
    expect(changes.watched).toBe(0);
  });
});

describe("the hosted page's push stream", () => {
  it("sends a change made in this process at once, without waiting for its next look at the store", async () => {
    vi.useFakeTimers({ now: T0 + 1000 });
    const session = newSession();
    const { store, clock } = await storeWith([session]);
    clock.now = T0 + 1000;
    const reader = sessionStateEvents(store, session.token, new AbortController().signal).getReader();
    const readEvent = async () => new TextDecoder().decode((await reader.read()).value);
    expect(await readEvent()).toContain("retry: 500");
    expect(await readEvent()).toContain('"state":"waiting"');

    // No timer runs from here on: only the wake-up can bring the next event.
    const next = readEvent();
    await store.update(session.token, clock.now, (live) => cancel(live));
    expect(await next).toContain('"state":"cancelled"');
    expect(store.changes.watched).toBe(0);
  });
});
