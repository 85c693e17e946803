import type { Metadata } from "next";
import { PhoneFrame } from "@/components/emulator/devices/phone-frame";
import { VirtualPhone } from "@/components/emulator/devices/virtual-phone";
import { phoneRequestIdSchema } from "@/lib/emulator/devices/protocol";
import { deviceMessagesFor, pickLocale } from "@/lib/emulator/i18n";

export const metadata: Metadata = {
  title: { absolute: "Virtual phone · Identity Gateway emulator" },
  robots: { index: false },
};

/**
 * The virtual phone for the classic Smart-ID and Mobile-ID flows, opened from the hosted page for one request:
 * `?request=` is that request's secret id; `?_locale=` picks the phone's language as on the hosted page.
 */
export default async function PhonePage(props: PageProps<"/emulator/phone">) {
  const searchParams = await props.searchParams;
  const requestId = phoneRequestIdSchema.safeParse(searchParams.request);
  const locale = pickLocale(searchParams._locale);
  const messages = deviceMessagesFor(locale);
  return (
    <PhoneFrame title="Smart-ID · Mobile-ID" lang={locale} badge={messages.demoBadge}>
      <main className="flex flex-1 flex-col">
        <VirtualPhone requestId={requestId.success ? requestId.data : undefined} messages={messages} />
      </main>
    </PhoneFrame>
  );
}
