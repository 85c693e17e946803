import Link from "next/link";
import { useTranslations } from "next-intl";
import { primaryButton } from "./button-styles";

/** A sign-in page reached with no sign-in to go on with: say so, and offer a fresh start. */
export function NoSignIn({ title, text }: { title: string; text: string }) {
  const t = useTranslations("noSignIn");
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 dark:text-slate-100">{title}</h1>
      <p className="text-slate-700 dark:text-slate-300">{text}</p>
      <p>
        <Link href="/sign-in" className={primaryButton}>
          {t("start")}
        </Link>
      </p>
    </div>
  );
}
