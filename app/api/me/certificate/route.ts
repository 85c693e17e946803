import { NextResponse } from "next/server";
import { auth } from "@/auth";
import { pemFromDer } from "@/lib/auth/identity";

/** GET /api/me/certificate — the signed-in person's authentication certificate as a PEM file. */
export async function GET() {
  const session = await auth();
  const identity = session?.identity;
  if (!identity) return NextResponse.json({ error: "Sign in first." }, { status: 401 });
  if (!identity.certificateDer) {
    const error = identity.noCertificateReturned
      ? "The gateway returned no certificate with this sign-in, so there is none to download."
      : "The certificate the gateway returned could not be read, so there is none to download.";
    return NextResponse.json({ error }, { status: 404 });
  }
  return new NextResponse(pemFromDer(identity.certificateDer), {
    headers: {
      "content-type": "application/x-pem-file",
      "content-disposition": `attachment; filename="${identity.subject.replace(/[^A-Za-z0-9-]/g, "_")}.pem"`,
      "cache-control": "private, no-store",
    },
  });
}
