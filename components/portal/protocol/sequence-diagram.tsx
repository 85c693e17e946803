"use client";

import { type CSSProperties, useId, useState } from "react";
import type { Lane, StepState } from "@/lib/portal/auth/protocol-steps";

/**
 * The sequence diagram itself: four lanes, one row per step, each arrow drawn in SVG between its lanes (on a phone
 * the words of a row take the whole width above its arrow, so nothing needs scrolling sideways). The label
 * of a recorded exchange is a real button that opens its payload just below the arrow (a disclosure: aria-expanded,
 * aria-controls); unseen and pending steps are plain text. The rows form an ordered list whose text — label, "from …
 * to …", timing, note — is the diagram's text alternative, so the SVG itself is hidden from assistive technology.
 * Everything arrives translated and redacted from the server (components/portal/protocol/protocol-view.tsx).
 */

export interface DiagramRow {
  id: string;
  from: Lane;
  to: Lane;
  state: StepState;
  title: string;
  /** e.g. `POST /api/authentication/create → 200`. */
  summary?: string;
  /** e.g. `+12 ms · took 45 ms`. */
  timing?: string;
  /** What happens there, for steps out of the portal's sight; or the state ("pending"). */
  note?: string;
  /** For the screen reader: "from Portal to Gateway". */
  direction: string;
  payload?: {
    facts: Array<[string, string]>;
    sections: Array<{ label: string; json: string }>;
    remark?: string;
  };
}

export interface DiagramTexts {
  lanes: Record<Lane, string>;
  caption: string;
  scrollLabel: string;
}

const LANE_X: Record<Lane, number> = { browser: 12.5, portal: 37.5, gateway: 62.5, app: 87.5 };
const LANE_COLUMN: Record<Lane, number> = { browser: 1, portal: 2, gateway: 3, app: 4 };

const STROKE: Record<StepState, string> = {
  seen: "text-brand-700 dark:text-brand-300",
  unseen: "text-slate-500 dark:text-slate-400",
  pending: "text-slate-400 dark:text-slate-500",
  "not-recorded": "text-slate-400 dark:text-slate-500",
};
const DASH: Record<StepState, string | undefined> = {
  seen: undefined,
  unseen: "6 5",
  pending: "2 5",
  "not-recorded": "2 5",
};

/** The four lifelines, behind a row. */
function Lifelines() {
  return (
    <svg aria-hidden="true" className="absolute inset-0 h-full w-full text-slate-300 dark:text-slate-600">
      {Object.values(LANE_X).map((x) => (
        <line key={x} x1={`${x}%`} x2={`${x}%`} y1="0" y2="100%" stroke="currentColor" strokeWidth="2" />
      ))}
    </svg>
  );
}

function Arrow({ row, markerId }: { row: DiagramRow; markerId: string }) {
  return (
    <svg aria-hidden="true" className={`relative block h-4 w-full ${STROKE[row.state]}`} data-arrow={row.state}>
      <defs>
        <marker
          id={markerId}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      <line
        x1={`${LANE_X[row.from]}%`}
        x2={`${LANE_X[row.to]}%`}
        y1="8"
        y2="8"
        stroke="currentColor"
        strokeWidth="2"
        strokeDasharray={DASH[row.state]}
        markerEnd={`url(#${markerId})`}
      />
    </svg>
  );
}

function Payload({ row, id }: { row: DiagramRow; id: string }) {
  if (!row.payload) return null;
  return (
    <div
      id={id}
      className="relative mx-1 mb-3 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-3 text-left shadow-sm dark:border-slate-700 dark:bg-slate-900"
      data-testid={`payload-${row.id}`}
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {row.payload.facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="font-mono text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
      {row.payload.sections.map((section) => (
        <div key={section.label} className="flex flex-col gap-1">
          <p className="text-sm font-semibold text-slate-700 dark:text-slate-300">{section.label}</p>
          <pre
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard must be able to scroll long lines sideways
            tabIndex={0}
            className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100 dark:bg-slate-950 dark:ring-1 dark:ring-slate-700"
          >
            {section.json}
          </pre>
        </div>
      ))}
      {row.payload.remark ? <p className="text-sm text-slate-600 dark:text-slate-400">{row.payload.remark}</p> : null}
    </div>
  );
}

function Row({ row, prefix }: { row: DiagramRow; prefix: string }) {
  const [open, setOpen] = useState(false);
  const panelId = `${prefix}-payload-${row.id}`;
  const low = Math.min(LANE_COLUMN[row.from], LANE_COLUMN[row.to]);
  const high = Math.max(LANE_COLUMN[row.from], LANE_COLUMN[row.to]);
  const direction = <span className="sr-only"> ({row.direction})</span>;
  return (
    <li className="relative" data-step={row.id} data-state={row.state}>
      <Lifelines />
      <div className="relative grid grid-cols-4 pt-3">
        {/* On a phone the words take the whole width above the arrow; from `sm` up they sit between its lanes. */}
        <div
          className="col-span-full flex flex-col items-center gap-0.5 px-2 text-center [overflow-wrap:anywhere] sm:[grid-column:var(--span)]"
          style={{ "--span": `${low} / ${high + 1}` } as CSSProperties}
        >
          {row.payload ? (
            <button
              type="button"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((was) => !was)}
              className="rounded-md bg-white px-2 py-0.5 text-sm font-semibold text-brand-800 underline decoration-dotted underline-offset-4 hover:bg-brand-50 dark:bg-slate-900 dark:text-brand-300 dark:hover:bg-slate-800"
            >
              {row.title}
              {direction}
            </button>
          ) : (
            <span
              className={`rounded-md bg-white px-2 py-0.5 text-sm font-semibold dark:bg-slate-900 ${row.state === "unseen" ? "text-slate-700 italic dark:text-slate-300" : "text-slate-600 dark:text-slate-400"}`}
            >
              {row.title}
              {direction}
            </span>
          )}
          {row.summary ? (
            <span className="bg-white px-1 font-mono text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-300">
              {row.summary}
            </span>
          ) : null}
          {row.timing ? (
            <span className="bg-white px-1 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
              {row.timing}
            </span>
          ) : null}
          {row.note ? (
            <span className="max-w-prose bg-white px-1 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
              {row.note}
            </span>
          ) : null}
        </div>
      </div>
      <Arrow row={row} markerId={`${prefix}-arrow-${row.id}`} />
      {open ? <Payload row={row} id={panelId} /> : null}
    </li>
  );
}

export function SequenceDiagram({ rows, texts }: { rows: DiagramRow[]; texts: DiagramTexts }) {
  const prefix = useId().replace(/:/g, "");
  const lanes = Object.keys(LANE_X) as Lane[];
  return (
    <figure className="flex flex-col gap-3">
      <figcaption className="text-sm text-slate-700 dark:text-slate-300">{texts.caption}</figcaption>
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the diagram scrolls sideways, also by keyboard
        tabIndex={0}
        aria-label={texts.scrollLabel}
        className="max-w-full overflow-x-auto rounded-lg"
        data-testid="protocol-diagram"
      >
        <div className="pb-2 sm:min-w-[34rem]">
          <div aria-hidden="true" className="grid grid-cols-4 gap-1 pb-1 sm:gap-2">
            {lanes.map((lane) => (
              <div
                key={lane}
                className="mx-auto rounded-md border border-slate-300 bg-slate-50 px-1 py-1 text-center text-xs font-semibold text-slate-800 sm:px-3 sm:text-sm dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              >
                {texts.lanes[lane]}
              </div>
            ))}
          </div>
          <ol className="flex flex-col">
            {rows.map((row) => (
              <Row key={row.id} row={row} prefix={prefix} />
            ))}
          </ol>
        </div>
      </section>
    </figure>
  );
}
