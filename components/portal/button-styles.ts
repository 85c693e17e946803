/** Shared button looks; brand-700 and darker keep white text above WCAG AA contrast, in both themes. */
export const primaryButton =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800 disabled:opacity-60";
export const secondaryButton =
  "inline-flex items-center justify-center gap-2 rounded-lg bg-white px-5 py-2.5 font-semibold text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600 dark:hover:bg-slate-700";
/** A text link in the brand's colour. */
export const textLink = "font-medium text-brand-800 underline-offset-4 hover:underline dark:text-brand-300";
