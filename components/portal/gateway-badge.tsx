import { useTranslations } from "next-intl";
import type { GatewayKind } from "@/lib/shared/env";

const LOOKS: Record<GatewayKind, string> = {
  emulator:
    "bg-emulator-100 text-emulator-900 ring-emulator-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700",
  sandbox: "bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700",
  production: "bg-rose-100 text-rose-900 ring-rose-300 dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-700",
  custom: "bg-slate-100 text-slate-900 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600",
};

/** Which gateway the portal talks to, so a demo never mistakes the emulator for the real thing. */
export function GatewayBadge({ kind }: { kind: GatewayKind }) {
  const t = useTranslations("gatewayKind");
  return (
    <span
      title={t(`${kind}Title`)}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${LOOKS[kind]}`}
    >
      {t(kind)}
    </span>
  );
}
