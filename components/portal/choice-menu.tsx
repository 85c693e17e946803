"use client";

import { type ReactNode, useActionState } from "react";
import type { PreferenceState } from "@/lib/portal/preferences/actions";
import { HeaderMenu } from "./header-menu";

export interface Choice {
  value: string;
  label: ReactNode;
  /** The language the label is written in, where it differs from the page's. */
  lang?: string;
}

const NOTHING_REFUSED: PreferenceState = { refused: false };

/**
 * A header menu of choices posted to a server action (lib/portal/preferences/actions.ts) as `name=value`; works without
 * JavaScript as a plain form. A value the action refuses shows a message beside the menu.
 */
export function ChoiceMenu({
  testId,
  label,
  summary,
  heading,
  name,
  choices,
  current,
  action,
  refusedText,
}: {
  testId: string;
  label: string;
  summary: ReactNode;
  heading: string;
  name: string;
  choices: Choice[];
  current: string;
  action: (previous: PreferenceState, form: FormData) => Promise<PreferenceState>;
  refusedText: string;
}) {
  const [state, submit, pending] = useActionState(action, NOTHING_REFUSED);
  return (
    <div className="relative">
      <HeaderMenu testId={testId} label={label} summary={summary}>
        <form action={submit}>
          <p className="px-3 pt-1 pb-2 text-xs font-semibold text-slate-600 dark:text-slate-400">{heading}</p>
          {choices.map((choice) => (
            <button
              key={choice.value}
              type="submit"
              name={name}
              value={choice.value}
              lang={choice.lang}
              disabled={pending}
              aria-current={choice.value === current ? "true" : undefined}
              className="flex w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60 aria-[current=true]:font-semibold dark:text-slate-100 dark:hover:bg-slate-800"
            >
              {choice.label}
              {choice.value === current ? <span aria-hidden="true">✓</span> : null}
            </button>
          ))}
        </form>
      </HeaderMenu>
      {state.refused ? (
        <p
          role="alert"
          className="absolute top-full right-0 z-20 mt-1 w-64 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-700 dark:bg-rose-950 dark:text-rose-100"
        >
          {refusedText}
        </p>
      ) : null}
    </div>
  );
}
