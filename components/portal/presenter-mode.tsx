"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { type PresenterMode as Mode, PRESENTER_COOKIE } from "@/lib/portal/preferences/presenter";

/**
 * Every portal page renders this with its presenter mode (lib/portal/preferences/presenter.ts). When the page's address
 * switched the mode, the browser remembers it in a session cookie (a page cannot set one while it renders), so the
 * next pages — the sign-in's own redirects included — stay in the same mode. While on, it marks the page for the
 * larger type (app/globals.css) and offers the way out.
 */
export function PresenterMode({ mode }: { mode: Mode }) {
  const t = useTranslations("presenter");
  const pathname = usePathname();
  const query = useSearchParams();

  useEffect(() => {
    if (mode.switched === undefined) return;
    const secure = window.location.protocol === "https:" ? "; Secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed, unescaped value; the Cookie Store API is not in every browser yet
    document.cookie =
      mode.switched === "1"
        ? `${PRESENTER_COOKIE}=1; Path=/; SameSite=Lax${secure}`
        : `${PRESENTER_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0${secure}`;
  }, [mode.switched]);

  if (!mode.on) return null;
  const off = new URLSearchParams(query);
  off.set("present", "0");
  return (
    <p
      data-presenter
      className="flex w-fit items-center gap-3 rounded-full bg-brand-50 px-4 py-1.5 text-sm font-medium text-brand-900 ring-1 ring-brand-200 dark:bg-brand-900 dark:text-brand-50 dark:ring-brand-700"
    >
      <span>{t("on")}</span>
      <Link
        href={`${pathname}?${off}`}
        className="underline underline-offset-4 hover:no-underline"
        data-testid="presenter-off"
      >
        {t("turnOff")}
      </Link>
    </p>
  );
}
