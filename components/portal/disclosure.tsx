import type { ReactNode } from "react";

/** A card that opens on demand (native <details>: works from the keyboard and without JavaScript). */
export function Disclosure({ summary, open, children }: { summary: ReactNode; open?: boolean; children: ReactNode }) {
  return (
    <details
      className="group rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900"
      open={open}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-xl p-4 font-semibold group-open:rounded-b-none text-slate-900 hover:bg-slate-50 sm:px-5 dark:text-slate-100 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden">
        <span
          aria-hidden="true"
          className="text-brand-700 transition-transform group-open:rotate-90 dark:text-brand-300"
        >
          ▸
        </span>
        {summary}
      </summary>
      <div className="px-4 pb-4 sm:px-5 sm:pb-5">{children}</div>
    </details>
  );
}
