"use client";

import { type FormEvent, useEffect, useState } from "react";
import type { PhoneAnswer, PhoneAnswerResult, PhoneRequestView } from "@/lib/emulator/devices/protocol";
import { type DeviceMessages, fill } from "@/lib/emulator/i18n";
import { callEmulator } from "../shared/call-emulator";
import { FieldError } from "../shared/field-error";
import { AnswerButtons } from "./answer-buttons";
import { readConfirmForm } from "./confirm-form";
import { PinField } from "./pin-field";

const POLL_MS = 1500;

type PhoneOutcome = Extract<PhoneAnswerResult, { ok: true }>["outcome"];

const OUTCOME_TEXT: Record<PhoneOutcome, "phoneConfirmed" | "phoneRefused" | "phoneWrongCode"> = {
  confirmed: "phoneConfirmed",
  refused: "phoneRefused",
  "wrong-code": "phoneWrongCode",
};

/**
 * The virtual phone for the classic Smart-ID and Mobile-ID flows. It is opened for one request — the hosted page's
 * link carries its secret id — and shows that request while it waits. Opened any other way, it stays empty.
 */
export function VirtualPhone({ requestId, messages }: { requestId?: string; messages: DeviceMessages }) {
  const [requests, setRequests] = useState<PhoneRequestView[]>([]);
  const [offline, setOffline] = useState(false);
  const [last, setLast] = useState<string>();

  useEffect(() => {
    if (!requestId) return;
    let cancelled = false;
    const load = async () => {
      const body = await callEmulator<{ requests?: PhoneRequestView[] }>(
        `/emulator/phone/requests?request=${encodeURIComponent(requestId)}`,
      );
      if (cancelled) return;
      setOffline(body === undefined);
      if (body) setRequests(body.requests ?? []);
    };
    void load();
    const poll = setInterval(load, POLL_MS);
    return () => {
      cancelled = true;
      clearInterval(poll);
    };
  }, [requestId]);

  const request = requests[0];

  return (
    <div className="flex flex-1 flex-col gap-4 p-5">
      {request ? (
        <p className="text-sm text-slate-700">{fill(messages.phoneHolder, { holder: request.holder })}</p>
      ) : null}
      {offline ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {messages.phoneOffline}
        </p>
      ) : null}
      {last ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {last}
        </p>
      ) : null}

      {!requestId ? (
        <p className="text-sm text-slate-700">{messages.phoneOpenFromPage}</p>
      ) : request ? (
        <RequestCard key={request.id} request={request} messages={messages} onDone={setLast} />
      ) : (
        <p role="status" className="text-sm text-slate-700">
          {messages.phoneNoRequests}
        </p>
      )}
    </div>
  );
}

function RequestCard({
  request,
  messages,
  onDone,
}: {
  request: PhoneRequestView;
  messages: DeviceMessages;
  onDone: (text: string) => void;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(body: PhoneAnswer) {
    setBusy(true);
    setError(undefined);
    const result = await callEmulator<PhoneAnswerResult>("/emulator/phone/respond", body);
    setBusy(false);
    if (!result) setError(messages.phoneUnreachable);
    else if (result.ok) onDone(messages[OUTCOME_TEXT[result.outcome]]);
    else setError(result.reason);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = readConfirmForm(event, "code");
    if (!form.ok) return setError(form.missing === "choice" ? messages.phoneChooseCode : messages.pinInvalid);
    void send({ requestId: request.id, decision: "confirm", code: form.choice, pin: form.pin });
  }

  const service = request.method === "smartid" ? "Smart-ID" : "Mobile-ID";
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-4 rounded-xl border border-slate-300 p-4"
      aria-labelledby="phone-request-heading"
    >
      <div className="flex flex-col gap-1">
        <h1 id="phone-request-heading" className="text-lg font-semibold leading-snug">
          {fill(messages.phoneRequestHeading, { service, rp: request.relyingPartyName })}
        </h1>
        <p className="text-sm text-slate-700">{fill(messages.phoneAnswerWithin, { seconds: request.secondsLeft })}</p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{messages.phoneWhichCode}</legend>
        <div className="grid grid-cols-3 gap-2">
          {request.codes.map((code) => (
            <label
              key={code}
              className="flex cursor-pointer items-center justify-center gap-2 rounded-md border border-slate-400 py-3 font-mono text-lg has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
            >
              <input type="radio" name="code" value={code} className="sr-only" />
              {code}
            </label>
          ))}
        </div>
      </fieldset>
      <PinField id="phone-pin" describedBy="phone-error" label={messages.pinLabel} hint={messages.pinHint} />
      <FieldError id="phone-error" text={error} />
      <AnswerButtons
        messages={messages}
        busy={busy}
        onRefuse={() => void send({ requestId: request.id, decision: "refuse" })}
      />
    </form>
  );
}
