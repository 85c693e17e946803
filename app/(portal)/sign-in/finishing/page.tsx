import type { Metadata } from "next";
import { z } from "zod";
import { AutoContinue } from "@/components/auto-continue";
import { secondaryButton } from "@/components/button-styles";
import { NoSignIn } from "@/components/no-sign-in";
import { returnPath } from "@/lib/auth/paths";
import { MAX_RETURN_ATTEMPTS } from "@/lib/auth/waiting";
import { sessionTokenSchema } from "@/lib/gateway/schemas";

export const metadata: Metadata = { title: "Finishing sign-in" };

const querySchema = z.object({
  session_token: sessionTokenSchema,
  attempt: z.coerce.number().int().min(2).max(MAX_RETURN_ATTEMPTS),
});

/** The gateway said "waiting": ask again shortly, a few times, before giving up on the error page. */
export default async function FinishingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = querySchema.safeParse(await searchParams);
  if (!query.success) {
    return <NoSignIn title="Nothing to finish" text="This address does not belong to a sign-in in progress." />;
  }
  const next = returnPath(query.data.session_token, query.data.attempt);
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="size-6 shrink-0 animate-spin rounded-full border-4 border-brand-200 border-t-brand-700 motion-reduce:animate-none"
        />
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Finishing sign-in…</h1>
      </div>
      <p className="text-slate-700">
        The gateway has not confirmed your sign-in yet, so the portal asks it again shortly (try {query.data.attempt} of{" "}
        {MAX_RETURN_ATTEMPTS}). You do not need to do anything.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <a href={next} className={secondaryButton}>
          Check now
        </a>
        <AutoContinue href={next} delayMs={1500} label="Checking again" />
      </div>
    </div>
  );
}
