import type { Metadata } from "next";
import { PhoneFrame } from "@/components/emulator/devices/phone-frame";
import { VirtualPhone } from "@/components/emulator/devices/virtual-phone";
import { phoneAccounts } from "@/lib/emulator/devices/phone";
import { deviceMessagesFor, pickLocale, textLanguage } from "@/lib/emulator/i18n";

export const metadata: Metadata = {
  title: { absolute: "Virtual phone · Identity Gateway emulator" },
  robots: { index: false },
};

export const dynamic = "force-dynamic";

/**
 * The virtual phone for the classic Smart-ID and Mobile-ID flows. `?account=` opens it as that account's phone;
 * `?_locale=` picks its language as on the hosted page.
 */
export default async function PhonePage(props: PageProps<"/emulator/phone">) {
  const accounts = phoneAccounts();
  const searchParams = await props.searchParams;
  const initial = accounts.find((account) => account.id === searchParams.account)?.id;
  const locale = pickLocale(searchParams._locale);
  const messages = deviceMessagesFor(locale);
  return (
    <PhoneFrame title="Smart-ID · Mobile-ID" lang={textLanguage(locale)} badge={messages.demoBadge}>
      <main className="flex flex-1 flex-col">
        <VirtualPhone accounts={accounts} initialAccount={initial} messages={messages} />
      </main>
    </PhoneFrame>
  );
}
