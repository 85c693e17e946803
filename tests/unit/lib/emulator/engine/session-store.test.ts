import { describe, expect, it } from "vitest";
import type { EmulatorSession } from "@/lib/emulator/engine/model";
import { createSession } from "@/lib/emulator/engine/sessions";
import { authenticate, cancel, fail } from "@/lib/emulator/engine/transitions";
import { statusAnswer } from "@/lib/emulator/gateway/status";
import { clockedStore, newSession, portalRequest, storeWith, T0 } from "../fixtures";

describe("reading sessions", () => {
  it("finds a live session and refuses malformed, unknown and expired tokens", async () => {
    const session = newSession({}, T0, 60);
    const { store, clock } = await storeWith([session]);
    clock.now = T0 + 1000;
    expect(await store.read(session.token, T0 + 1000)).toEqual(session);
    expect(await store.read(session.token.toUpperCase(), T0)).toBeUndefined();
    expect(await store.read("../../etc/passwd", T0)).toBeUndefined();
    expect(await store.read("0".repeat(64), T0)).toBeUndefined();
    clock.now = T0 + 60_000;
    expect(await store.read(session.token, T0 + 60_000)).toBeUndefined();
    // Gone for good: reading it at an earlier time does not bring it back.
    expect(await store.read(session.token, T0)).toBeUndefined();
  });

  it("ends a phone request past its deadline with TIMEOUT, for every reader", async () => {
    const session = newSession({ authentication_methods: ["mobile"] });
    session.phoneRequest = {
      id: "request-id-0123456789",
      codes: ["1234", "5678", "9012"],
      method: "mobile",
      identityKey: "PNOEE-60001019906",
      phone: "+37200000766",
      verificationCode: "1234",
      startedAt: T0,
      deadline: T0 + 90_000,
    };
    const { store, clock } = await storeWith([session]);
    clock.now = T0 + 89_999;
    expect((await store.read(session.token, clock.now))?.state).toEqual({ kind: "waiting" });
    clock.now = T0 + 90_000;
    const timedOut = await store.read(session.token, clock.now);
    expect(timedOut?.state).toEqual({ kind: "failed", endResult: "TIMEOUT", method: "mobile" });
    expect(timedOut?.phoneRequest).toBeUndefined();
    // Stored, not just computed: an update sees the ended session.
    const late = await store.update(session.token, clock.now, (live) => cancel(live));
    expect(late).toMatchObject({ found: true, result: false });
  });
});

describe("every session shape is plain JSON", () => {
  it("round-trips through JSON.stringify/JSON.parse unchanged, in every state", () => {
    const shapes: EmulatorSession[] = [];
    const waiting = newSession({ app2app_url: "https://rp.example/app2app", supported_residencies: ["ee"] });
    waiting.approval = { identityKey: "PNOEE-40404040009", flowType: "App2App" };
    waiting.smartId.userChallengeVerifier = "v".repeat(43);
    waiting.smartId.acceptedLink = { link: "https://x.example/device-link?deviceLinkType=App2App", type: "App2App" };
    shapes.push(waiting);
    const phone = newSession({ smartid_qr_flow: false });
    phone.phoneRequest = {
      id: "request-id-0123456789",
      codes: ["0001", "1234", "9999"],
      method: "smartid",
      identityKey: "PNOEE-40404040009",
      verificationCode: "1234",
      startedAt: T0,
      deadline: T0 + 90_000,
    };
    shapes.push(phone);
    const authenticated = newSession();
    authenticate(authenticated, {
      identityKey: "PNOEE-60001019906",
      method: "mobile",
      flowType: "MobileID",
      phone: "+37200000766",
      authenticatedAt: T0 + 1,
    });
    shapes.push(authenticated);
    const failed = newSession();
    fail(failed, "WRONG_VC", "smartid");
    shapes.push(failed);
    const cancelled = newSession();
    cancel(cancelled);
    shapes.push(cancelled);
    for (const shape of shapes) {
      expect(JSON.parse(JSON.stringify(shape))).toEqual(shape);
    }
  });
});

describe("racing endings", () => {
  it("of confirm, cancel and a wrong code racing on one session, exactly one is kept", async () => {
    const session = newSession();
    const { store } = await storeWith([session]);
    const results = await Promise.all([
      store.update(session.token, T0, (live) =>
        authenticate(live, {
          identityKey: "PNOEE-40404040009",
          method: "smartid",
          flowType: "QR",
          authenticatedAt: T0,
        }),
      ),
      store.update(session.token, T0, (live) => cancel(live)),
      store.update(session.token, T0, (live) => fail(live, "WRONG_VC", "smartid")),
    ]);
    expect(results.filter((result) => result.found && result.result)).toHaveLength(1);
  });
});

describe("expiry and the bound on memory", () => {
  it("reads a session past its TTL as closed", async () => {
    const session = newSession({}, T0, 60);
    const { store, clock } = await storeWith([session]);
    clock.now = T0 + 59_999;
    expect(statusAnswer(await store.read(session.token, clock.now)).body).toMatchObject({ code: 1003 });
    clock.now = T0 + 60_000;
    expect(statusAnswer(await store.read(session.token, clock.now))).toEqual({
      httpStatus: 400,
      body: { status: "error", message: "Session closed", code: 1005 },
    });
    expect(await store.liveCount()).toBe(0);
  });

  it("counts a session expired by test control out at once", async () => {
    const session = newSession();
    const { store } = await storeWith([session], 1);
    await store.remove(session.token);
    expect(await store.read(session.token, T0)).toBeUndefined();
    expect(await store.add(newSession(), T0)).toBe(true);
  });

  it("at its cap refuses new sessions and never drops a live one, across 100,000 attempts", async () => {
    const cap = 10_000;
    const { store, clock } = clockedStore(cap);
    const request = portalRequest();
    const kept: EmulatorSession[] = [];
    let refused = 0;
    for (let i = 0; i < 100_000; i++) {
      clock.now = T0 + i;
      const session = createSession(request, { now: clock.now, ttlSeconds: 3600, brokeredRpName: "Demo" });
      if (await store.add(session, clock.now)) kept.push(session);
      else refused++;
    }
    expect(kept).toHaveLength(cap);
    expect(refused).toBe(90_000);
    expect(await store.liveCount()).toBe(cap);
    // The first sign-in ever started is still there: a flood cannot end it.
    expect((await store.read(kept[0]?.token ?? "", clock.now))?.state.kind).toBe("waiting");
    // Once sessions expire, new ones are taken again.
    clock.now = T0 + 3600 * 1000 + 100_000;
    expect(await store.add(newSession({}, clock.now), clock.now)).toBe(true);
  }, 120_000);
});
