"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * A small drop-down in the header (native <details>: opens from the keyboard and without JavaScript). With
 * JavaScript it also closes on Escape, on a click elsewhere, and once a choice inside it is submitted.
 */
export function HeaderMenu({
  label,
  summary,
  testId,
  children,
}: {
  /** The summary's accessible name, e.g. "Language: English". */
  label: string;
  summary: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const close = () => {
      if (ref.current) ref.current.open = false;
    };
    const onPointer = (event: PointerEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) close();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && ref.current?.open) {
        close();
        ref.current.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, []);

  return (
    <details
      ref={ref}
      className="relative"
      data-testid={testId}
      onSubmit={() => {
        if (ref.current) ref.current.open = false;
      }}
    >
      <summary
        aria-label={label}
        title={label}
        className="flex cursor-pointer list-none items-center gap-1 rounded-lg px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden"
      >
        {summary}
      </summary>
      <div className="absolute right-0 z-20 mt-1 min-w-40 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {children}
      </div>
    </details>
  );
}
