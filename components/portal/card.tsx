import type { ReactNode } from "react";

export function Card({ title, id, children }: { title: ReactNode; id: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby={id}
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900 dark:text-slate-100">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Label–value pairs: side by side from `sm` up; on a phone each label sits right above its own value. */
export function Facts({ children }: { children: ReactNode }) {
  return <dl className="grid gap-y-4 sm:grid-cols-[11rem_1fr] sm:gap-x-4 sm:gap-y-2">{children}</dl>;
}

export function Fact({
  label,
  children,
  testId,
  mono = false,
}: {
  label: ReactNode;
  children: ReactNode;
  testId?: string;
  /** Machine values (codes, URLs, fingerprints): monospace, and long runs may wrap anywhere. */
  mono?: boolean;
}) {
  return (
    <div className="flex flex-col gap-0.5 sm:contents">
      <dt className="text-sm font-medium text-slate-600 sm:pt-0.5 dark:text-slate-400">{label}</dt>
      <dd
        className={`text-slate-900 [overflow-wrap:anywhere] dark:text-slate-100 ${mono ? "font-mono text-sm sm:pt-0.5" : ""}`}
        data-testid={testId}
      >
        {children}
      </dd>
    </div>
  );
}
