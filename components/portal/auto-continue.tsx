"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * Goes to `href` by itself after `delayMs`, showing the countdown in the page's language.
 * Used by the redirect page (on to the gateway) and the finishing page (ask again).
 */
export function AutoContinue({
  href,
  delayMs,
  label,
}: {
  href: string;
  delayMs: number;
  label: "continuing" | "checking";
}) {
  const t = useTranslations("countdown");
  const format = useFormatter();
  const [remaining, setRemaining] = useState(delayMs);

  useEffect(() => {
    const started = Date.now();
    const tick = window.setInterval(() => {
      setRemaining(Math.max(0, delayMs - (Date.now() - started)));
    }, 100);
    const go = window.setTimeout(() => window.location.assign(href), delayMs);
    return () => {
      window.clearInterval(tick);
      window.clearTimeout(go);
    };
  }, [href, delayMs]);

  const seconds = format.number(remaining / 1000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" role="timer" data-testid="countdown">
      {t(label, { seconds })}
    </p>
  );
}
