import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { primaryButton, secondaryButton } from "@/components/portal/button-styles";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { verifiedDetail } from "@/lib/portal/auth/failure-detail";
import { flowSchema } from "@/lib/portal/auth/flows";
import { signInPath } from "@/lib/portal/auth/paths";
import { isSignInFailureReason, quotesGateway, SIGN_IN_FAILURES, type SignInFailure } from "@/lib/portal/auth/reasons";
import { requestPresenterMode } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("error") };
}

/**
 * Every failed sign-in lands here: what happened in plain words (in the visitor's language, from the catalogue's
 * `reasons.<reason>`), the gateway's own words where they help (only when the portal signed them, see
 * lib/portal/auth/failure-detail.ts), and the way to try again with the same flow — unless trying again cannot help, when
 * the page offers only the way home.
 */
export default async function SignInErrorPage({ searchParams }: PageProps<"/sign-in/error">) {
  const query = await searchParams;
  const [presenter, t, reasons] = await Promise.all([
    requestPresenterMode(query.present),
    getTranslations("errorPage"),
    getTranslations("reasons"),
  ]);
  // next-auth's own errors arrive as ?error=…; they have no reason code of ours.
  const reason = isSignInFailureReason(query.reason) ? query.reason : "unknown";
  const flow = flowSchema.safeParse(query.flow);
  const quoting = quotesGateway(reason) ? reason : undefined;
  const quote = quoting ? verifiedDetail(quoting, query.detail, query.sig, env().authSecret) : undefined;
  const canRetry = (SIGN_IN_FAILURES[reason] as SignInFailure).retry !== false;
  return (
    <div className="flex max-w-2xl flex-col gap-5" data-reason={reason}>
      <PresenterMode mode={presenter} />
      <p className="text-sm font-semibold uppercase tracking-wide text-rose-800 dark:text-rose-300">{t("kicker")}</p>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">
        {reasons(`${reason}.title`)}
      </h1>
      <p className="text-lg text-slate-700 dark:text-slate-300">{reasons(`${reason}.text`)}</p>
      {quoting && quote ? (
        <figure className="flex flex-col gap-1" data-testid="gateway-quote">
          <figcaption className="text-sm font-semibold text-slate-700 dark:text-slate-300">
            {reasons(`${quoting}.quoteLabel`)}:
          </figcaption>
          <blockquote className="break-words rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 font-mono text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200">
            {quote}
          </blockquote>
        </figure>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t.rich("notSignedIn", { reason, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <div className="flex flex-wrap gap-3">
        {canRetry ? (
          <Link href={signInPath(flow.success ? { flow: flow.data } : {})} className={primaryButton}>
            {t("tryAgain")}
          </Link>
        ) : null}
        <Link href="/" className={canRetry ? secondaryButton : primaryButton}>
          {t("startPage")}
        </Link>
      </div>
    </div>
  );
}
