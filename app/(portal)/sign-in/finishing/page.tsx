import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { AutoContinue } from "@/components/portal/auto-continue";
import { secondaryButton } from "@/components/portal/button-styles";
import { NoSignIn } from "@/components/portal/no-sign-in";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { ProtocolLink } from "@/components/portal/protocol/protocol-link";
import { returnPath } from "@/lib/portal/auth/paths";
import { MAX_RETURN_ATTEMPTS } from "@/lib/portal/auth/waiting";
import { sessionTokenSchema } from "@/lib/portal/gateway/schemas";
import { requestPresenterMode } from "@/lib/portal/preferences/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("finishing") };
}

const querySchema = z.object({
  session_token: sessionTokenSchema,
  attempt: z.coerce.number().int().min(2).max(MAX_RETURN_ATTEMPTS),
});

/** The gateway said "waiting": ask again shortly, a few times, before giving up on the error page. */
export default async function FinishingPage({ searchParams }: PageProps<"/sign-in/finishing">) {
  const raw = await searchParams;
  const [presenter, t] = await Promise.all([requestPresenterMode(raw.present), getTranslations("finishing")]);
  const query = querySchema.safeParse(raw);
  if (!query.success) {
    return (
      <div className="flex flex-col gap-6">
        <PresenterMode mode={presenter} />
        <NoSignIn title={t("nothingTitle")} text={t("nothingText")} />
      </div>
    );
  }
  const next = returnPath(query.data.session_token, query.data.attempt);
  return (
    <div className="flex max-w-2xl flex-col gap-5">
      <PresenterMode mode={presenter} />
      <div className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="size-6 shrink-0 animate-spin rounded-full border-4 border-brand-200 border-t-brand-700 motion-reduce:animate-none dark:border-brand-900 dark:border-t-brand-400"
        />
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">{t("title")}</h1>
      </div>
      <p className="text-slate-700 dark:text-slate-300">
        {t("text", { attempt: query.data.attempt, max: MAX_RETURN_ATTEMPTS })}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <a href={next} className={secondaryButton}>
          {t("checkNow")}
        </a>
        <AutoContinue href={next} delayMs={1500} label="checking" />
      </div>
      <ProtocolLink />
    </div>
  );
}
