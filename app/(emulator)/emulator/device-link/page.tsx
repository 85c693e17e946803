import type { Metadata } from "next";
import { DeviceLinkApp } from "@/components/emulator/devices/device-link-app";
import { PhoneFrame } from "@/components/emulator/devices/phone-frame";
import { deviceLinkLocale, deviceMessagesFor } from "@/lib/emulator/i18n";

export const metadata: Metadata = {
  title: { absolute: "Smart-ID (virtual app) · Identity Gateway emulator" },
  robots: { index: false },
};

/**
 * The emulator's `deviceLinkBase`: opening a device link here is the Smart-ID app receiving it. The link is read in
 * the browser, exactly as received, because its text — parameter order included — is what the authCode signs. Only
 * the app's language is taken from the link here: its `lang`, as the real app would honour it.
 */
export default async function DeviceLinkPage(props: PageProps<"/emulator/device-link">) {
  const { lang } = await props.searchParams;
  const locale = deviceLinkLocale(Array.isArray(lang) ? lang[0] : lang);
  const messages = deviceMessagesFor(locale);
  return (
    <PhoneFrame title="Smart-ID" lang={locale} badge={messages.demoBadge}>
      <main className="flex flex-1 flex-col">
        <DeviceLinkApp messages={messages} lang={locale} />
      </main>
    </PhoneFrame>
  );
}
