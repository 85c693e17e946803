import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { signInDetails } from "@/lib/portal/auth/details";
import { pemFromDer } from "@/lib/portal/auth/identity";
import { causedByLostStore, RETRY_AFTER_SECONDS } from "@/lib/portal/auth/unavailable";

/** GET /api/me/certificate — the signed-in person's authentication certificate as a PEM file. */
export async function GET() {
  const session = await auth();
  const identity = session?.identity;
  if (!identity) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  let details: Awaited<ReturnType<typeof signInDetails>>;
  try {
    details = await signInDetails(identity.signInId);
  } catch (error) {
    if (!causedByLostStore(error)) throw error;
    return NextResponse.json(
      { error: "The certificate cannot be read right now; try again in a moment." },
      { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
    );
  }
  if (!details) {
    return NextResponse.json(
      { error: "The details of this sign-in are no longer kept; sign in again to download the certificate." },
      { status: 404 },
    );
  }
  if (!details.certificateDer) {
    const error = details.noCertificateReturned
      ? "The gateway returned no certificate with this sign-in, so there is none to download."
      : "The certificate the gateway returned could not be read, so there is none to download.";
    return NextResponse.json({ error }, { status: 404 });
  }
  return new NextResponse(pemFromDer(details.certificateDer), {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="${identity.subject.replace(/[^A-Za-z0-9-]/g, "_")}.pem"`,
      "cache-control": "private, no-store",
    },
  });
}
