import { useLocale, useTranslations } from "next-intl";
import type { Flow } from "@/lib/portal/auth/flows";
import type { ExchangeRecord } from "@/lib/portal/auth/protocol";
import { buildProtocolSteps, type DiagramStep, isUnseenStep, LANES, type Lane } from "@/lib/portal/auth/protocol-steps";
import type { Locale } from "@/lib/portal/preferences/locale";
import { formatDuration } from "../format";
import { type DiagramRow, SequenceDiagram } from "./sequence-diagram";

/**
 * The protocol of one sign-in, drawn: the steps built from the portal's records (lib/portal/auth/protocol-steps.ts), put
 * into words in the reader's language, and handed to the diagram. The records are redacted already; this only
 * formats them.
 */
export function ProtocolView({
  flow,
  records,
  startedAt,
  finished,
}: {
  flow: Flow;
  records: readonly ExchangeRecord[];
  startedAt: number;
  finished: boolean;
}) {
  const t = useTranslations("protocol");
  const locale = useLocale() as Locale;
  const lanes = Object.fromEntries(LANES.map((lane) => [lane, t(`lanes.${lane}`)])) as Record<Lane, string>;
  const steps = buildProtocolSteps({ flow, records, startedAt, finished });
  const rows = steps.map((step) => rowOf(step, { t, locale, lanes }));
  return (
    <div className="flex flex-col gap-3" data-testid="protocol-view">
      <SequenceDiagram rows={rows} texts={{ lanes, caption: t("caption"), scrollLabel: t("scrollLabel") }} />
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        <li className="flex items-center gap-2">
          <LegendLine dash={undefined} className="text-brand-700 dark:text-brand-300" />
          {t("legend.seen")}
        </li>
        <li className="flex items-center gap-2">
          <LegendLine dash="6 5" className="text-slate-500 dark:text-slate-400" />
          {t("legend.unseen")}
        </li>
        <li className="flex items-center gap-2">
          <LegendLine dash="2 5" className="text-slate-400 dark:text-slate-500" />
          {t(finished ? "legend.notRecorded" : "legend.pending")}
        </li>
      </ul>
    </div>
  );
}

function LegendLine({ dash, className }: { dash: string | undefined; className: string }) {
  return (
    <svg aria-hidden="true" width="32" height="8" className={className}>
      <line x1="0" x2="32" y1="4" y2="4" stroke="currentColor" strokeWidth="2" strokeDasharray={dash} />
    </svg>
  );
}

type Translate = ReturnType<typeof useTranslations<"protocol">>;

function rowOf(step: DiagramStep, context: { t: Translate; locale: Locale; lanes: Record<Lane, string> }): DiagramRow {
  const { t, locale, lanes } = context;
  const row: DiagramRow = {
    id: step.id,
    from: step.from,
    to: step.to,
    state: step.state,
    title: t(`steps.${step.name}`),
    direction: t("direction", { from: lanes[step.from], to: lanes[step.to] }),
  };
  if (step.state === "unseen") {
    row.note = isUnseenStep(step.name) ? t(`notes.${step.name}`) : t("notes.app2appUnseen");
  }
  if (step.state === "pending") row.note = t("states.pending");
  if (step.state === "not-recorded") row.note = t("states.notRecorded");
  const record = step.record;
  if (step.state !== "seen" || !record) return row;

  const request = record.request;
  const method = typeof request?.method === "string" ? request.method : undefined;
  const path = typeof request?.path === "string" ? request.path : undefined;
  const status = record.httpStatus !== undefined ? `→ ${record.httpStatus}` : undefined;
  row.summary = [method, path, status].filter(Boolean).join(" ");
  const at = `+${formatDuration(step.atMs ?? 0, locale)}`;
  const took = step.durationMs !== undefined ? formatDuration(step.durationMs, locale) : undefined;
  row.timing = took ? t("timing", { at, took }) : at;
  if (step.name === "return") row.note = t("notes.return");
  if (step.name === "app2app") row.note = t("notes.app2app");

  const facts: Array<[string, string]> = [[t("payload.at"), at]];
  if (took) facts.push([t("payload.took"), took]);
  if (record.httpStatus !== undefined) facts.push([t("payload.httpStatus"), String(record.httpStatus)]);
  if (record.attempts !== undefined) facts.push([t("payload.attempts"), String(record.attempts)]);
  const sections: Array<{ label: string; json: string }> = [];
  if (record.request) sections.push({ label: t("payload.request"), json: JSON.stringify(record.request, null, 2) });
  if (record.answer) sections.push({ label: t("payload.answer"), json: JSON.stringify(record.answer, null, 2) });
  row.payload = {
    facts,
    sections,
    ...(step.name === "create" || step.name === "status" ? { remark: t("payload.tokenKept") } : {}),
  };
  return row;
}
