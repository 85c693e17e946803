"use client";

import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import {
  type DeviceLinkAnswer,
  type DeviceLinkAnswerResult,
  type DeviceLinkCheckResult,
  pinSchema,
} from "@/lib/emulator/devices/protocol";
import { type DeviceMessages, fill } from "@/lib/emulator/i18n";
import { callEmulator } from "../shared/call-emulator";
import { FieldError } from "../shared/field-error";
import { fillNodes } from "../shared/fill-nodes";
import { AccountOption } from "./account-option";
import { AnswerButtons } from "./answer-buttons";
import { PinField } from "./pin-field";

type Screen =
  | { kind: "checking" }
  | { kind: "refused-link"; check: string; reason: string }
  | { kind: "request"; request: Extract<DeviceLinkCheckResult, { ok: true }>["request"] }
  | { kind: "returning"; url: string }
  | { kind: "done"; outcome: "confirmed" | "refused" }
  | { kind: "ended"; endResult: string }
  | { kind: "unreachable" };

/**
 * The virtual Smart-ID app receiving a device link. Like the real app it hands the link, exactly as received, to the
 * Smart-ID service, which checks it before anything is shown; then the person picks a demo identity, enters a PIN and
 * confirms or refuses.
 */
export function DeviceLinkApp({ messages }: { messages: DeviceMessages }) {
  const [screen, setScreen] = useState<Screen>({ kind: "checking" });
  const [link, setLink] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const received = window.location.href;
    setLink(received);
    void callEmulator<DeviceLinkCheckResult>("/emulator/device-link/check", { link: received }).then((result) => {
      if (!result) setScreen({ kind: "unreachable" });
      else if (result.ok) setScreen({ kind: "request", request: result.request });
      else setScreen({ kind: "refused-link", check: result.check, reason: result.reason });
    });
  }, []);

  async function answer(body: DeviceLinkAnswer) {
    setBusy(true);
    setError(undefined);
    const result = await callEmulator<DeviceLinkAnswerResult>("/emulator/device-link/respond", body);
    setBusy(false);
    if (!result) return setError(messages.appUnreachable);
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
    if (!identityKey) return setError(messages.appChooseAccount);
    if (!pinSchema.safeParse(pin).success) return setError(messages.pinInvalid);
    void answer({ link, decision: "confirm", identityKey, pin });
  }

  switch (screen.kind) {
    case "checking":
      return <Message title={messages.appOpening} role="status" />;
    case "unreachable":
      return <Message title={messages.appNoConnectionHeading} text={messages.appNoConnectionText} />;
    case "refused-link":
      return (
        <div className="flex flex-col gap-3 p-5" data-testid="link-refused" data-check={screen.check}>
          <h1 className="text-xl font-semibold text-red-800">{messages.appLinkRefusedHeading}</h1>
          <p>
            {fillNodes(messages.appLinkRefusedText, { reason: <span className="font-medium">{screen.reason}</span> })}
          </p>
          <p className="text-sm text-slate-700">
            {fillNodes(messages.appFailedCheck, {
              check: <code className="rounded bg-slate-100 px-1">{screen.check}</code>,
            })}
          </p>
          <p className="text-sm text-slate-700">
            {screen.check === "elapsedSeconds" ? messages.appQrTooOld : messages.appStartAgain}
          </p>
        </div>
      );
    case "returning":
      return (
        <Message title={messages.appConfirmedHeading} role="status" text={messages.appReturning}>
          <a href={screen.url} className="font-medium text-brand-700 underline">
            {messages.appContinue}
          </a>
        </Message>
      );
    case "done":
      return screen.outcome === "confirmed" ? (
        <Message title={messages.appConfirmedHeading} role="status" text={messages.appSignedIn} />
      ) : (
        <Message title={messages.appRefusedHeading} role="status" text={messages.appRefusedText} />
      );
    case "ended":
      return (
        <Message
          title={messages.appEndedHeading}
          role="status"
          text={fill(messages.appEndedText, { endResult: screen.endResult })}
        />
      );
    case "request": {
      const { request } = screen;
      return (
        <form onSubmit={onConfirm} className="flex flex-col gap-4 p-5" aria-labelledby="request-heading">
          <div className="flex flex-col gap-2">
            <p className="self-start rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-700">
              {request.flowType === "QR" ? messages.appViaQr : messages.appViaThisDevice}
            </p>
            <h1 id="request-heading" className="text-xl font-semibold leading-snug">
              {fill(messages.appLogIn, { rp: request.brokeredRpName || request.relyingPartyName })}
            </h1>
            <p className="text-sm text-slate-700">
              {request.brokeredRpName
                ? fillNodes(messages.appRequestedByThrough, {
                    rp: <strong className="font-semibold">{request.brokeredRpName}</strong>,
                    gateway: <strong className="font-semibold">{request.relyingPartyName}</strong>,
                  })
                : fillNodes(messages.appRequestedBy, {
                    rp: <strong className="font-semibold">{request.relyingPartyName}</strong>,
                  })}
            </p>
          </div>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{messages.appAccountLegend}</legend>
            {request.identities.map((identity, index) => (
              <AccountOption
                key={identity.key}
                name="identity"
                value={identity.key}
                label={identity.label}
                detail={identity.detail}
                defaultChecked={index === 0}
              />
            ))}
          </fieldset>
          <PinField id="device-pin" describedBy="device-error" label={messages.pinLabel} hint={messages.pinHint} />
          <FieldError id="device-error" text={error} />
          <AnswerButtons messages={messages} busy={busy} onRefuse={() => void answer({ link, decision: "refuse" })} />
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
