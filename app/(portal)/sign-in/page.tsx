import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { PresenterMode } from "@/components/portal/presenter-mode";
import { SignInForm } from "@/components/portal/sign-in-form";
import { defaultFlowFor, FLOWS } from "@/lib/portal/auth/flows";
import { COUNTRIES, countryName, parseSignInChoices, type SignInField } from "@/lib/portal/auth/sign-in-request";
import { AUTHENTICATION_METHODS } from "@/lib/portal/gateway/schemas";
import { requestPresenterMode } from "@/lib/portal/preferences/server";
import { env } from "@/lib/shared/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("metadata"))("signIn") };
}

const FIELD_KEYS = {
  flow: "fieldFlow",
  methods: "fieldMethods",
  country: "fieldCountry",
  code: "fieldCode",
  phone: "fieldPhone",
} as const satisfies Record<SignInField, string>;

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const query = await searchParams;
  const userAgent = (await headers()).get("user-agent");
  const [locale, presenter, t, tf, tm] = await Promise.all([
    getLocale(),
    requestPresenterMode(query.present),
    getTranslations("signIn"),
    getTranslations("flows"),
    getTranslations("methods"),
  ]);
  const { choices, invalid } = parseSignInChoices(query, { userAgent, appUrl: env().appUrl });
  const reported = new Set<string>(invalid);
  for (const field of String(query.invalid ?? "").split(",")) if (Object.hasOwn(FIELD_KEYS, field)) reported.add(field);
  const problems = [...reported].map((field) => t(FIELD_KEYS[field as SignInField]));

  return (
    <div className="flex flex-col gap-6">
      <PresenterMode mode={presenter} />
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      {problems.length > 0 ? (
        <div
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {t("invalid", { fields: problems.join(", ") })}
        </div>
      ) : null}
      <SignInForm
        initial={choices}
        flows={FLOWS.map((flow) => ({ flow, label: tf(`${flow}.label`), summary: tf(`${flow}.summary`) }))}
        names={{
          methods: Object.fromEntries(AUTHENTICATION_METHODS.map((method) => [method, tm(method)])) as Record<
            (typeof AUTHENTICATION_METHODS)[number],
            string
          >,
          countries: COUNTRIES.map((code) => ({ code, name: countryName(code, locale) ?? code.toUpperCase() })),
        }}
        optionsOpen={problems.length > 0}
        suggested={defaultFlowFor(userAgent)}
        explain={presenter.on}
      />
    </div>
  );
}
