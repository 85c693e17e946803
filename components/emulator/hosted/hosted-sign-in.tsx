"use client";

import { Fragment, type KeyboardEvent, useCallback, useEffect, useRef, useState } from "react";
import type { AuthMethod } from "@/lib/emulator/engine/model";
import type { HostedAction, HostedActionAnswer, SameDeviceLinkView } from "@/lib/emulator/hosted/protocol";
import type { HostedState } from "@/lib/emulator/hosted/state";
import { fill, type Messages, pickLocale } from "@/lib/emulator/i18n";
import { ClassicSmartIdForm, type CountryOption } from "./classic-smart-id-form";
import { postAction } from "./hosted-api";
import { HostedOutcome } from "./hosted-outcome";
import { MobileIdForm } from "./mobile-id-form";
import { PhoneRequestWait } from "./phone-request-wait";
import { SmartCardForm, type TestCard } from "./smart-card-form";
import { SmartIdQrPanel } from "./smart-id-qr-panel";
import { useSessionState } from "./use-session-state";

export interface HostedSignInProps {
  token: string;
  locale: string;
  messages: Messages;
  rpName: string;
  methods: AuthMethod[];
  qrFlow: boolean;
  /** Presenter mode (`present=1`): a QR code to scan from across a room. */
  present: boolean;
  sameDevice?: SameDeviceLinkView;
  prefill: { countryCode?: string; code?: string; phone?: string };
  countries: CountryOption[];
  cards: TestCard[];
  initial: HostedState;
}

const TAB_LABEL: Record<AuthMethod, "tabSmartid" | "tabMobile" | "tabSmartcard"> = {
  smartid: "tabSmartid",
  mobile: "tabMobile",
  smartcard: "tabSmartcard",
};

export function HostedSignIn(props: HostedSignInProps) {
  const { token, locale, messages, rpName, methods, qrFlow, present, prefill, countries, cards } = props;
  const [notice, setNotice] = useState<string>();
  const onConnection = useCallback(
    (lost: boolean) => setNotice(lost ? messages.connectionLost : undefined),
    [messages],
  );
  const [state, setState] = useSessionState(token, props.initial, onConnection);
  const [tab, setTab] = useState<AuthMethod>(
    props.initial.state === "waiting" && props.initial.phoneRequest
      ? props.initial.phoneRequest.method
      : (methods[0] ?? "smartid"),
  );
  const [sameDevice, setSameDevice] = useState(props.sameDevice);
  const tabRefs = useRef<Partial<Record<AuthMethod, HTMLButtonElement | null>>>({});
  const waiting = state.state === "waiting";

  // Once the session ends, go back to the service if it was a success or a cancel.
  useEffect(() => {
    if ((state.state === "authenticated" || state.state === "cancelled") && state.returnTo) {
      window.location.assign(state.returnTo);
    }
  }, [state]);

  const act = useCallback(
    async (action: HostedAction): Promise<HostedActionAnswer | undefined> => {
      const answer = await postAction(token, locale, action);
      if (answer?.ok) setState(answer.state);
      return answer;
    },
    [token, locale, setState],
  );

  const onRenewFailed = useCallback(() => setNotice(messages.somethingWrong), [messages]);

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = methods[(index + step + methods.length) % methods.length];
    if (next) {
      setTab(next);
      tabRefs.current[next]?.focus();
    }
  }

  if (!waiting) {
    return <HostedOutcome outcome={state} messages={messages} rpName={rpName} lang={pickLocale(locale)} />;
  }

  const phoneRequest = state.phoneRequest;
  const panel =
    phoneRequest && phoneRequest.method === tab ? (
      <PhoneRequestWait
        locale={locale}
        messages={messages}
        verificationCode={phoneRequest.verificationCode}
        secondsLeft={phoneRequest.secondsLeft}
        requestId={phoneRequest.requestId}
      />
    ) : tab === "smartid" ? (
      qrFlow && sameDevice ? (
        <SmartIdQrPanel
          token={token}
          locale={locale}
          messages={messages}
          sameDevice={sameDevice}
          large={present}
          active={waiting}
          onSameDeviceChange={setSameDevice}
          onRenewFailed={onRenewFailed}
        />
      ) : (
        <ClassicSmartIdForm
          messages={messages}
          countries={countries}
          defaultCountry={prefill.countryCode}
          defaultCode={prefill.code}
          submit={(country, personalCode) => act({ action: "smartid", country, personalCode })}
        />
      )
    ) : tab === "mobile" ? (
      <MobileIdForm
        messages={messages}
        defaultPhone={prefill.phone}
        defaultCode={prefill.code}
        submit={(phone, personalCode) => act({ action: "mobile", phone, personalCode })}
      />
    ) : (
      <SmartCardForm
        messages={messages}
        cards={cards}
        submit={(identityKey) => act({ action: "smartcard", identityKey })}
      />
    );

  return (
    <div className="flex flex-col gap-5">
      {notice ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {notice}
        </p>
      ) : null}
      {methods.length > 1 ? (
        <div role="tablist" aria-label={messages.methodsLabel} className="flex gap-1 border-b border-slate-200">
          {methods.map((method, index) => (
            <button
              key={method}
              ref={(element) => {
                tabRefs.current[method] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${method}`}
              aria-selected={tab === method}
              aria-controls={`panel-${method}`}
              tabIndex={tab === method ? 0 : -1}
              onClick={() => setTab(method)}
              onKeyDown={(event) => onTabKey(event, index)}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium text-balance sm:px-4 ${
                tab === method
                  ? "border-brand-700 text-brand-800"
                  : "border-transparent text-slate-700 hover:text-slate-900"
              }`}
            >
              <TabLabel text={messages[TAB_LABEL[method]]} />
            </button>
          ))}
        </div>
      ) : null}

      {methods.length > 1 ? (
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {panel}
        </div>
      ) : (
        <div>{panel}</div>
      )}

      <div className="flex flex-col items-start gap-1 border-t border-slate-200 pt-4">
        <button
          type="button"
          onClick={() => act({ action: "cancel" })}
          className="rounded-md border border-slate-400 px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100"
        >
          {messages.cancel}
        </button>
        <p className="text-xs text-slate-600">{fill(messages.cancelConfirmHint, { rp: rpName })}</p>
      </div>
    </div>
  );
}

/** A tab's name that may wrap between its words on a narrow screen, but never inside one such as "Smart-ID". */
function TabLabel({ text }: { text: string }) {
  return text.split(" ").map((word, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the words of one label never move
    <Fragment key={index}>
      {index > 0 ? " " : null}
      <span className="whitespace-nowrap">{word}</span>
    </Fragment>
  ));
}
