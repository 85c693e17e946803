import type { Metadata } from "next";
import Link from "next/link";
import { primaryButton, secondaryButton } from "@/components/button-styles";
import { flowSchema } from "@/lib/auth/flows";
import { isSignInFailureReason, SIGN_IN_FAILURES } from "@/lib/auth/reasons";
import { signInPath } from "@/lib/auth/sign-in-request";

export const metadata: Metadata = { title: "Sign-in did not finish" };

/** Every failed sign-in lands here: what happened in plain words, and the way to try again with the same flow. */
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
  return (
    <div className="flex max-w-2xl flex-col gap-5" data-reason={reason}>
      <p className="text-sm font-semibold uppercase tracking-wide text-rose-800">Sign-in did not finish</p>
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{failure.title}</h1>
      <p className="text-lg text-slate-700">{failure.text}</p>
      <p className="text-sm text-slate-600">
        You are not signed in. Reference: <code>{reason}</code>
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href={signInPath(flow.success ? { flow: flow.data } : {})} className={primaryButton}>
          Try again
        </Link>
        <Link href="/" className={secondaryButton}>
          Start page
        </Link>
      </div>
    </div>
  );
}
