"use client";

import { QRCodeSVG } from "qrcode.react";
import { useCallback, useEffect, useState } from "react";
import type { SameDeviceLinkView } from "@/lib/emulator/hosted/protocol";
import type { Messages } from "@/lib/emulator/i18n";
import { emulatorButton } from "../shared/button-styles";
import { fetchQr, postAction } from "./hosted-api";

/** The server makes a fresh link every second; the page asks for one at the same pace. */
const REFRESH_MS = 1000;
/**
 * A link is hidden once it is this old by the browser's clock. Counting from receipt (not from creation) leaves
 * half a second of margin for the round trip, so what is on screen is never older than the spec's 3 s.
 */
const HIDE_AFTER_MS = 2500;
/** About 7 px per module for the version-11 code our links need, inside the 6–10 px the spec asks for. */
const QR_SIZE_PX = 483;
/**
 * Presenter mode: as large as the screen allows, up to 880 px (about 13 px per module). On a projector the spec's
 * 6–10 px per desktop module is too small to scan from the back of a room; the code itself is the same.
 */
const LARGE_QR_SIZE_PX = 880;

interface Props {
  token: string;
  locale: string;
  messages: Messages;
  sameDevice: SameDeviceLinkView;
  /** Presenter mode: the largest code the screen allows. */
  large: boolean;
  /** False once the session has ended: polling stops. */
  active: boolean;
  onSameDeviceChange: (link: SameDeviceLinkView) => void;
  onRenewFailed: () => void;
}

export function SmartIdQrPanel({
  token,
  locale,
  messages,
  sameDevice,
  large,
  active,
  onSameDeviceChange,
  onRenewFailed,
}: Props) {
  const [current, setCurrent] = useState<{ link: string; receivedAt: number } | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const [expired, setExpired] = useState(false);
  const [renewing, setRenewing] = useState(false);

  useEffect(() => {
    if (!active || expired) return;
    let cancelled = false;
    const refresh = async () => {
      const answer = await fetchQr(token, locale);
      if (cancelled || !answer) return;
      if (answer.status === "ok") setCurrent({ link: answer.link, receivedAt: Date.now() });
      else if (answer.status === "expired") {
        setExpired(true);
        setCurrent(undefined);
      }
    };
    void refresh();
    const poll = setInterval(refresh, REFRESH_MS);
    const clock = setInterval(() => setNow(Date.now()), 250);
    return () => {
      cancelled = true;
      clearInterval(poll);
      clearInterval(clock);
    };
  }, [token, locale, active, expired]);

  const renew = useCallback(async () => {
    setRenewing(true);
    const answer = await postAction(token, locale, { action: "renew-qr" });
    setRenewing(false);
    if (answer?.ok && answer.sameDevice) {
      onSameDeviceChange(answer.sameDevice);
      setCurrent(undefined);
      setExpired(false);
    } else {
      onRenewFailed();
    }
  }, [token, locale, onSameDeviceChange, onRenewFailed]);

  const fresh = current && now - current.receivedAt <= HIDE_AFTER_MS ? current : undefined;

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="qr-heading" className="flex flex-col items-center gap-3">
        <h2 id="qr-heading" className="text-lg font-semibold">
          {messages.qrHeading}
        </h2>
        <p className="max-w-md text-center text-sm text-slate-700">{messages.qrSteps}</p>
        <div
          className={`grid w-full place-items-center rounded-lg border border-slate-200 bg-white ${
            large ? "max-w-[min(880px,88dvh)]" : "max-w-[483px]"
          }`}
          style={{ aspectRatio: "1 / 1" }}
          data-testid="qr-area"
        >
          {expired ? (
            <div className="flex flex-col items-center gap-3 p-6 text-center">
              <p className="font-medium">{messages.qrExpired}</p>
              <button type="button" onClick={renew} disabled={renewing} className={emulatorButton}>
                {messages.qrNewCode}
              </button>
            </div>
          ) : fresh ? (
            <QRCodeSVG
              value={fresh.link}
              level="M"
              marginSize={4}
              size={large ? LARGE_QR_SIZE_PX : QR_SIZE_PX}
              role="img"
              aria-label={messages.qrAlt}
              data-testid="smartid-qr"
              className={large ? "h-auto w-full" : "h-auto max-w-full"}
            />
          ) : (
            <p role="status" className="p-6 text-center text-sm text-slate-700">
              {messages.qrReconnecting}
            </p>
          )}
        </div>
        {!expired ? <p className="text-xs text-slate-600">{messages.qrRefreshNote}</p> : null}
        <div className="flex w-full max-w-md flex-col items-center gap-1 rounded-md border border-dashed border-emulator-500 bg-emulator-50 p-3 text-center">
          <button
            type="button"
            disabled={!fresh}
            onClick={() => fresh && window.open(fresh.link, "_blank", "noopener")}
            className="text-sm font-medium text-emulator-900 underline disabled:no-underline disabled:opacity-60"
          >
            {messages.qrOpenInVirtualApp}
          </button>
          <p className="text-xs text-emulator-900">{messages.qrVirtualAppHint}</p>
        </div>
      </section>

      <section
        aria-labelledby="same-device-heading"
        className="flex flex-col items-center gap-2 border-t border-slate-200 pt-5"
      >
        <h2 id="same-device-heading" className="font-semibold">
          {messages.sameDeviceHeading}
        </h2>
        <a href={sameDevice.link} data-link-type={sameDevice.type} className={emulatorButton}>
          {messages.openApp}
        </a>
        <p className="text-sm text-slate-700">{messages.sameDeviceHint}</p>
      </section>
    </div>
  );
}
