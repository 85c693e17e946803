"use client";

import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import type {
  DeviceLinkAnswer,
  DeviceLinkAnswerResult,
  DeviceLinkCheckResult,
} from "@/lib/emulator/device-app-protocol";
import { FieldError } from "./FieldError";
import { PinField } from "./PinField";

type Screen =
  | { kind: "checking" }
  | { kind: "refused-link"; check: string; reason: string }
  | { kind: "request"; request: Extract<DeviceLinkCheckResult, { ok: true }>["request"] }
  | { kind: "returning"; url: string }
  | { kind: "done"; outcome: "confirmed" | "refused" }
  | { kind: "ended"; endResult: string }
  | { kind: "unreachable" };

async function post<T>(path: string, body: unknown): Promise<T | undefined> {
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    if (!response.headers.get("content-type")?.includes("application/json")) return undefined;
    return (await response.json()) as T;
  } catch {
    return undefined;
  }
}

/**
 * The virtual Smart-ID app receiving a device link. Like the real app it hands the link, exactly as received, to the
 * Smart-ID service, which checks it before anything is shown; then the person picks a demo identity, enters a PIN and
 * confirms or refuses.
 */
export function DeviceLinkApp() {
  const [screen, setScreen] = useState<Screen>({ kind: "checking" });
  const [link, setLink] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const received = window.location.href;
    setLink(received);
    void post<DeviceLinkCheckResult>("/emulator/device-link/check", { link: received }).then((result) => {
      if (!result) setScreen({ kind: "unreachable" });
      else if (result.ok) setScreen({ kind: "request", request: result.request });
      else setScreen({ kind: "refused-link", check: result.check, reason: result.reason });
    });
  }, []);

  async function answer(body: DeviceLinkAnswer) {
    setBusy(true);
    setError(undefined);
    const result = await post<DeviceLinkAnswerResult>("/emulator/device-link/respond", body);
    setBusy(false);
    if (!result) return setError("The Smart-ID service cannot be reached. Try again.");
    if (!result.ok) return setError(result.reason);
    if (result.next.kind === "callback") {
      setScreen({ kind: "returning", url: result.next.url });
      window.location.assign(result.next.url);
    } else if (result.next.outcome === "ended") {
      setScreen({ kind: "ended", endResult: result.next.endResult });
    } else {
      setScreen({ kind: "done", outcome: result.next.outcome });
    }
  }

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const identityKey = String(data.get("identity") ?? "");
    const pin = String(data.get("pin") ?? "");
    if (!identityKey) return setError("Choose whose account to use.");
    if (!/^\d{4,12}$/.test(pin)) return setError("The PIN has 4 to 12 digits.");
    void answer({ link, decision: "confirm", identityKey, pin });
  }

  switch (screen.kind) {
    case "checking":
      return <Message title="Opening the request…" role="status" />;
    case "unreachable":
      return (
        <Message title="No connection" text="The Smart-ID service cannot be reached. Open the link again to retry." />
      );
    case "refused-link":
      return (
        <div className="flex flex-col gap-3 p-5" data-testid="link-refused" data-check={screen.check}>
          <h1 className="text-xl font-semibold text-red-800">This link cannot be used</h1>
          <p>
            The Smart-ID service refused the link: <strong>{screen.reason}</strong>.
          </p>
          <p className="text-sm text-slate-700">
            Failed check: <code className="rounded bg-slate-100 px-1">{screen.check}</code>
          </p>
          <p className="text-sm text-slate-700">
            {screen.check === "elapsedSeconds"
              ? "QR codes are valid for a few seconds only. Scan the code on the screen again."
              : "Start again from the sign-in page."}
          </p>
        </div>
      );
    case "returning":
      return (
        <Message title="Confirmed" role="status" text="Returning you to the service…">
          <a href={screen.url} className="font-medium text-brand-700 underline">
            Continue
          </a>
        </Message>
      );
    case "done":
      return screen.outcome === "confirmed" ? (
        <Message title="Confirmed" role="status" text="You are signed in. Continue on the screen you scanned from." />
      ) : (
        <Message title="Refused" role="status" text="You refused the request. Nothing was shared." />
      );
    case "ended":
      return (
        <Message
          title="Request ended"
          role="status"
          text={`This demo account always ends with ${screen.endResult}. The sign-in page shows what happened.`}
        />
      );
    case "request": {
      const { request } = screen;
      return (
        <form onSubmit={onConfirm} className="flex flex-col gap-4 p-5" aria-labelledby="request-heading">
          <div>
            <h1 id="request-heading" className="text-xl font-semibold">
              Log in to {request.brokeredRpName || request.relyingPartyName}
            </h1>
            <p className="text-sm text-slate-700">
              {request.brokeredRpName ? (
                <>
                  Requested by <strong>{request.brokeredRpName}</strong> through{" "}
                  <strong>{request.relyingPartyName}</strong>.
                </>
              ) : (
                <>
                  Requested by <strong>{request.relyingPartyName}</strong>.
                </>
              )}{" "}
              <span className="text-slate-600">({request.flowType === "QR" ? "QR code" : "this device"})</span>
            </p>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Demo account</legend>
            {request.identities.map((identity, index) => (
              <label
                key={identity.key}
                className="flex items-center gap-3 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="identity" value={identity.key} defaultChecked={index === 0} />
                <span>{identity.label}</span>
              </label>
            ))}
          </fieldset>
          <PinField id="device-pin" describedBy="device-error" />
          <FieldError id="device-error" text={error} />
          <div className="grid grid-cols-2 gap-3">
            <button
              type="button"
              disabled={busy}
              onClick={() => void answer({ link, decision: "refuse" })}
              className="rounded-md border border-slate-400 px-4 py-2.5 font-medium text-slate-800 disabled:opacity-60"
            >
              Refuse
            </button>
            <button
              type="submit"
              disabled={busy}
              className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white disabled:opacity-60"
            >
              Confirm
            </button>
          </div>
        </form>
      );
    }
  }
}

function Message({
  title,
  text,
  role,
  children,
}: {
  title: string;
  text?: string;
  role?: "status";
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-3 p-5" role={role}>
      <h1 className="text-xl font-semibold">{title}</h1>
      {text ? <p className="text-slate-700">{text}</p> : null}
      {children}
    </div>
  );
}
