import { getTranslations } from "next-intl/server";
import { textLink } from "@/components/portal/button-styles";
import { PORTAL_PATHS } from "@/lib/portal/auth/paths";

/** The way from a page of the sign-in in progress to its protocol view ("See this sign-in step by step"). */
export async function ProtocolLink() {
  const t = await getTranslations("protocol");
  return (
    <p>
      <a href={PORTAL_PATHS.protocol} className={textLink}>
        {t("link")}
      </a>
    </p>
  );
}
