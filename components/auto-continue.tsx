"use client";

import { useEffect, useState } from "react";

/**
 * Goes to `href` by itself after `delayMs`, showing the countdown; `children` is the link that goes at once.
 * Used by the redirect page (on to the gateway) and the finishing page (ask again).
 */
export function AutoContinue({ href, delayMs, label }: { href: string; delayMs: number; label: string }) {
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

  return (
    <p className="text-sm text-slate-600" role="timer" data-testid="countdown">
      {label} in {(remaining / 1000).toFixed(1)} s
    </p>
  );
}
