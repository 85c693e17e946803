import Link from "next/link";
import { useTranslations } from "next-intl";
import { primaryButton } from "@/components/button-styles";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="text-slate-600">{t("text")}</p>
      <p>
        <Link href="/" className={primaryButton}>
          {t("home")}
        </Link>
      </p>
    </main>
  );
}
