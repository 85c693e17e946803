import type { Metadata } from "next";
import { headers } from "next/headers";
import { SignInForm } from "@/components/sign-in-form";
import { defaultFlowFor, FLOW_DESCRIPTIONS, FLOWS } from "@/lib/auth/flows";
import { parseSignInChoices, type SignInField } from "@/lib/auth/sign-in-request";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

const FIELD_NAMES: Record<SignInField, string> = {
  flow: "the flow",
  methods: "the methods",
  country: "the country",
  code: "the personal code",
  phone: "the phone number",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const userAgent = (await headers()).get("user-agent");
  const { choices, invalid } = parseSignInChoices(query, { userAgent, appUrl: env().appUrl });
  const reported = new Set<string>(invalid);
  for (const field of String(query.invalid ?? "").split(",")) if (field in FIELD_NAMES) reported.add(field);
  const problems = [...reported].map((field) => FIELD_NAMES[field as SignInField]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Sign in</h1>
        <p className="text-slate-700">
          Choose a flow. The portal creates a sign-in at the Identity Gateway and sends you to its page.
        </p>
      </div>
      {problems.length > 0 ? (
        <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Some values were not valid and were left out: {problems.join(", ")}. Check them and try again.
        </div>
      ) : null}
      <SignInForm
        initial={choices}
        flows={FLOWS.map((flow) => ({ flow, ...FLOW_DESCRIPTIONS[flow] }))}
        optionsOpen={problems.length > 0}
        suggested={defaultFlowFor(userAgent)}
      />
    </div>
  );
}
