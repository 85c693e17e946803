import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmulatorBanner } from "@/components/emulator/shared/emulator-banner";
import { DEMO_IDENTITIES } from "@/lib/emulator/engine/identities";
import { emulatorSettings } from "@/lib/shared/env";

export const metadata: Metadata = {
  title: { absolute: "Identity Gateway emulator" },
  robots: { index: false },
};

export const dynamic = "force-dynamic";

const METHOD_NAMES = { smartid: "Smart-ID", mobile: "Mobile-ID", smartcard: "ID card" } as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The emulator's front door: what it is, where its parts are, and who can sign in. */
export default function EmulatorHome() {
  const emulator = emulatorSettings();
  // Its own language, whatever the portal's visitor chose for the document.
  return (
    <div lang="en" className="min-h-dvh bg-slate-50">
      <EmulatorBanner text="Identity Gateway emulator — not the real service" />
      <main className="mx-auto flex max-w-4xl flex-col gap-8 px-4 py-10">
        <header className="flex flex-col gap-2">
          <h1 className="text-3xl font-semibold">Identity Gateway emulator</h1>
          <p className="max-w-3xl text-slate-700">
            A stand-in for the Dokobit Identity Gateway, the Smart-ID service behind it and the Smart-ID app, so that
            every sign-in flow — Smart-ID+ QR code, same-device app2app, classic Smart-ID, Mobile-ID and ID card — can
            be tried in a browser with no Smart-ID account and no network. It speaks the gateway&apos;s HTTP API; the
            portal reaches it only over HTTP, exactly as it would reach the real service.
          </p>
        </header>

        <section aria-labelledby="try-heading" className="grid gap-4 sm:grid-cols-3">
          <h2 id="try-heading" className="sr-only">
            Try it
          </h2>
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <span className="block font-semibold text-brand-800">The hosted sign-in page</span>
            <span className="mt-1 block text-sm text-slate-700">
              Start a sign-in from the portal, or from any integration with this emulator&apos;s API: it sends you to{" "}
              <code>/emulator/auth/&#123;session_token&#125;</code>.
            </span>
          </div>
          <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <span className="block font-semibold text-brand-800">The virtual phone</span>
            <span className="mt-1 block text-sm text-slate-700">
              Answers classic Smart-ID and Mobile-ID requests. The sign-in page opens it for its own request: pick the
              code shown, enter any PIN, confirm.
            </span>
          </div>
          <div className="rounded-xl border border-dashed border-emulator-500 bg-emulator-50 p-5">
            <span className="block font-semibold text-emulator-900">The virtual Smart-ID app</span>
            <span className="mt-1 block text-sm text-emulator-900">
              Lives at <code>/emulator/device-link</code>. The QR code&apos;s link and the “Open Smart-ID app” button
              open it; it checks the link as the real service does.
            </span>
          </div>
        </section>

        <Section id="identities" title="Demo accounts">
          <p className="text-sm text-slate-700">
            SK ID Solutions&apos; published test accounts. Each always ends the same way; the phone waits{" "}
            {emulator.approvalTimeoutSeconds} s for an answer before a request times out.
          </p>
          <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  {["Identifier", "Name", "Methods", "Phone", "Ends with"].map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DEMO_IDENTITIES.map((identity) => (
                  <tr key={identity.key} className="border-t border-slate-200">
                    <td className="whitespace-nowrap px-3 py-2 font-mono">{identity.key}</td>
                    <td className="px-3 py-2">
                      {identity.givenName} {identity.surname}
                    </td>
                    <td className="px-3 py-2">{identity.methods.map((method) => METHOD_NAMES[method]).join(", ")}</td>
                    <td className="whitespace-nowrap px-3 py-2 font-mono">{identity.phone ?? "—"}</td>
                    <td className="px-3 py-2">
                      <span className="font-mono">{identity.endResult}</span>
                      <span className="block text-xs text-slate-600">{identity.description}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>

        <Section id="api" title="HTTP API">
          <ul className="list-disc pl-6 text-sm text-slate-800 [overflow-wrap:anywhere]">
            <li>
              <code>POST /emulator/api/authentication/create?access_token=…</code> — start a session (JSON or form)
            </li>
            <li>
              <code>GET /emulator/api/authentication/{"{token}"}/status?access_token=…</code> — its result
            </li>
            <li>
              <code>GET /emulator/auth/{"{token}"}</code> — the hosted sign-in page (
              <code>?_locale=en|lt|lv|et|ru</code>)
            </li>
            <li>
              <code>GET /emulator/auth/{"{token}"}/smartid-v3/callback</code> — the same-device Smart-ID callback
            </li>
            <li>
              <code>POST /emulator/test/sessions/{"{token}"}/complete|end|cancel|expire?access_token=…</code> — test
              control
            </li>
          </ul>
        </Section>
      </main>
    </div>
  );
}
