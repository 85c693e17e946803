import type { GatewayKind } from "@/lib/env";

const LABELS: Record<GatewayKind, { text: string; className: string; title: string }> = {
  emulator: {
    text: "Emulator",
    className: "bg-emulator-100 text-emulator-900 ring-emulator-300",
    title: "The embedded gateway emulator: no real identities, no network",
  },
  sandbox: {
    text: "Sandbox",
    className: "bg-sky-100 text-sky-900 ring-sky-300",
    title: "Dokobit's sandbox: Smart-ID demo accounts only",
  },
  production: {
    text: "Production",
    className: "bg-rose-100 text-rose-900 ring-rose-300",
    title: "Dokobit's production gateway: real identities",
  },
  custom: {
    text: "Custom gateway",
    className: "bg-slate-100 text-slate-900 ring-slate-300",
    title: "A gateway at a custom address",
  },
};

/** Which gateway the portal talks to, so a demo never mistakes the emulator for the real thing. */
export function GatewayBadge({ kind }: { kind: GatewayKind }) {
  const label = LABELS[kind];
  return (
    <span
      title={label.title}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${label.className}`}
    >
      {label.text}
    </span>
  );
}
