import type { ReactNode } from "react";

/**
 * A phone-shaped frame on wide screens; on a real phone the frame falls away and the app fills the screen.
 */
export function PhoneFrame({
  title,
  lang,
  badge,
  children,
}: {
  title: string;
  /** The language of the screen's text. */
  lang: string;
  /** Marks the screen as a demo, in the screen's language. */
  badge: string;
  children: ReactNode;
}) {
  return (
    <div lang={lang} className="flex min-h-dvh items-start justify-center bg-slate-200 sm:items-center sm:py-8">
      <div className="flex min-h-dvh w-full flex-col bg-white sm:min-h-0 sm:h-[760px] sm:w-[380px] sm:overflow-hidden sm:rounded-[2.5rem] sm:border-[10px] sm:border-slate-900 sm:shadow-2xl">
        <div className="hidden h-6 items-center justify-center bg-slate-900 sm:flex" aria-hidden="true">
          <div className="h-1.5 w-20 rounded-full bg-slate-700" />
        </div>
        <header className="flex items-center gap-2 bg-brand-700 px-4 py-3 text-white">
          <span
            aria-hidden="true"
            className="grid h-7 w-7 place-items-center rounded-full bg-white text-xs font-bold text-brand-700"
          >
            ID
          </span>
          <span className="font-semibold">{title}</span>
          <span className="ml-auto rounded bg-emulator-100 px-1.5 py-0.5 text-xs font-semibold text-emulator-900">
            {badge}
          </span>
        </header>
        <div className="flex flex-1 flex-col overflow-y-auto">{children}</div>
      </div>
    </div>
  );
}
