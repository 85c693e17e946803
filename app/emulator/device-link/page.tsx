import type { Metadata } from "next";
import { DeviceLinkApp } from "@/components/emulator/DeviceLinkApp";
import { PhoneFrame } from "@/components/emulator/PhoneFrame";

export const metadata: Metadata = {
  title: { absolute: "Smart-ID (virtual app) · Identity Gateway emulator" },
  robots: { index: false },
};

/**
 * The emulator's `deviceLinkBase`: opening a device link here is the Smart-ID app receiving it. The link is read in
 * the browser, exactly as received, because its text — parameter order included — is what the authCode signs.
 */
export default function DeviceLinkPage() {
  return (
    <PhoneFrame title="Smart-ID">
      <main className="flex flex-1 flex-col">
        <DeviceLinkApp />
      </main>
    </PhoneFrame>
  );
}
