import type { Metadata } from "next";
import { PhoneFrame } from "@/components/emulator/PhoneFrame";
import { VirtualPhone } from "@/components/emulator/VirtualPhone";
import { phoneAccounts } from "@/lib/emulator/phone";

export const metadata: Metadata = {
  title: { absolute: "Virtual phone · Identity Gateway emulator" },
  robots: { index: false },
};

export const dynamic = "force-dynamic";

/** The virtual phone for the classic Smart-ID and Mobile-ID flows. `?account=` opens it as that account's phone. */
export default async function PhonePage(props: PageProps<"/emulator/phone">) {
  const accounts = phoneAccounts();
  const requested = (await props.searchParams).account;
  const initial = accounts.find((account) => account.id === requested)?.id;
  return (
    <PhoneFrame title="Smart-ID · Mobile-ID">
      <main className="flex flex-1 flex-col">
        <VirtualPhone accounts={accounts} initialAccount={initial} />
      </main>
    </PhoneFrame>
  );
}
