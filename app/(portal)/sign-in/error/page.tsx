import "server-only";
import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, secondaryButton } from "@/components/button-styles";
import { verifiedDetail } from "@/lib/auth/failure-detail";
import { flowSchema } from "@/lib/auth/flows";
import { isSignInFailureReason, SIGN_IN_FAILURES } from "@/lib/auth/reasons";
import { signInPath } from "@/lib/auth/sign-in-request";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign-in did not finish" };

/**
 * Every failed sign-in lands here: what happened in plain words, the gateway's own words where they help (only when
 * the portal signed them, see lib/auth/failure-detail.ts), and the way to try again with the same flow — unless
 * trying again cannot help, when the page offers only the way home.
 */
export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  // next-auth's own errors arrive as ?error=…; they have no reason code of ours.
  const reason = isSignInFailureReason(query.reason) ? query.reason : "unknown";
  const flow = flowSchema.safeParse(query.flow);
  const failure = SIGN_IN_FAILURES[reason];
  const quote = failure.quoteLabel ? verifiedDetail(reason, query.detail, query.sig, env().authSecret) : undefined;
  const canRetry = failure.retry !== false;
  return (
    <div className="flex max-w-2xl flex-col gap-5" data-reason={reason}>
      <p className="text-sm font-semibold uppercase tracking-wide text-rose-800">Sign-in did not finish</p>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{failure.title}</h1>
      <p className="text-lg text-slate-700">{failure.text}</p>
      {quote ? (
        <figure className="flex flex-col gap-1" data-testid="gateway-quote">
          <figcaption className="text-sm font-semibold text-slate-700">{failure.quoteLabel}:</figcaption>
          <blockquote className="break-words rounded-lg border border-slate-300 bg-slate-50 px-4 py-3 font-mono text-sm text-slate-800">
            {quote}
          </blockquote>
        </figure>
      ) : null}
      <p className="text-sm text-slate-600">
        You are not signed in. Reference: <code>{reason}</code>
      </p>
      <div className="flex flex-wrap gap-3">
        {canRetry ? (
          <Link href={signInPath(flow.success ? { flow: flow.data } : {})} className={primaryButton}>
            Try again
          </Link>
        ) : null}
        <Link href="/" className={canRetry ? secondaryButton : primaryButton}>
          Start page
        </Link>
      </div>
    </div>
  );
}
