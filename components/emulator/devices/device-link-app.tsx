"use client";

import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import type {
  AppOutcome,
  DeviceLinkAnswer,
  DeviceLinkAnswerResult,
  DeviceLinkCheckResult,
} from "@/lib/emulator/devices/protocol";
import { countryName, type DeviceMessages, fill, type GatewayLocale } from "@/lib/emulator/i18n";
import { callEmulator } from "../shared/call-emulator";
import { FieldError } from "../shared/field-error";
import { fillNodes } from "../shared/fill-nodes";
import { AccountOption } from "./account-option";
import { AnswerButtons } from "./answer-buttons";
import { readConfirmForm } from "./confirm-form";
import { PinField } from "./pin-field";

type Screen =
  | { kind: "checking" }
  | { kind: "refused-link"; check: string; reason: string }
  | { kind: "request"; request: AppRequest }
  /** How the request ended; on a same-device link the app then opens `callbackUrl`, whatever the outcome. */
  | { kind: "outcome"; outcome: AppOutcome; rpName: string; callbackUrl?: string }
  | { kind: "unreachable" };

type AppRequest = Extract<DeviceLinkCheckResult, { ok: true }>["request"];

/**
 * The virtual Smart-ID app receiving a device link. Like the real app it hands the link, exactly as received, to the
 * Smart-ID service, which checks it before anything is shown; then the person picks a demo identity, enters a PIN and
 * confirms or refuses.
 */
export function DeviceLinkApp({ messages, lang }: { messages: DeviceMessages; lang: GatewayLocale }) {
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

  async function answer(request: AppRequest, body: DeviceLinkAnswer) {
    setBusy(true);
    setError(undefined);
    const result = await callEmulator<DeviceLinkAnswerResult>("/emulator/device-link/respond", body);
    setBusy(false);
    if (!result) return setError(messages.appUnreachable);
    if (!result.ok) return setError(result.reason);
    const { callbackUrl, ...outcome } = result.next;
    setScreen({ kind: "outcome", outcome, callbackUrl, rpName: request.brokeredRpName || request.relyingPartyName });
    if (callbackUrl) window.location.assign(callbackUrl);
  }

  function onConfirm(request: AppRequest, event: FormEvent<HTMLFormElement>) {
    const form = readConfirmForm(event, "identity");
    if (!form.ok) return setError(form.missing === "choice" ? messages.appChooseAccount : messages.pinInvalid);
    void answer(request, { link, decision: "confirm", identityKey: form.choice, pin: form.pin });
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
    case "outcome":
      return <OutcomeScreen screen={screen} messages={messages} lang={lang} />;
    case "request": {
      const { request } = screen;
      return (
        <form
          onSubmit={(event) => onConfirm(request, event)}
          className="flex flex-col gap-4 p-5"
          aria-labelledby="request-heading"
        >
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
          <AnswerButtons
            messages={messages}
            busy={busy}
            onRefuse={() => void answer(request, { link, decision: "refuse" })}
          />
        </form>
      );
    }
  }
}

/** What the app says once the request has ended, and, on a same-device link, that it is taking the person back. */
function OutcomeScreen({
  screen,
  messages,
  lang,
}: {
  screen: Extract<Screen, { kind: "outcome" }>;
  messages: DeviceMessages;
  lang: GatewayLocale;
}) {
  const { outcome, callbackUrl, rpName } = screen;
  const [title, text] =
    outcome.outcome === "confirmed"
      ? [messages.appConfirmedHeading, callbackUrl ? undefined : messages.appSignedIn]
      : outcome.outcome === "refused"
        ? [messages.appRefusedHeading, messages.appRefusedText]
        : outcome.outcome === "ended"
          ? [messages.appEndedHeading, fill(messages.appEndedText, { endResult: outcome.endResult })]
          : [
              messages.appNotResidentHeading,
              fill(messages.appNotResidentText, { rp: rpName, country: countryName(outcome.country, lang) }),
            ];
  return (
    <Message title={title} role="status" text={text}>
      {callbackUrl ? (
        <>
          <p className="text-slate-700">{messages.appReturning}</p>
          <a href={callbackUrl} className="font-medium text-brand-700 underline">
            {messages.appContinue}
          </a>
        </>
      ) : null}
    </Message>
  );
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
