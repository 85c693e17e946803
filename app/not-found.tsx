import Link from "next/link";
import { primaryButton } from "@/components/button-styles";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">Page not found</h1>
      <p className="text-slate-600">There is nothing at this address.</p>
      <p>
        <Link href="/" className={primaryButton}>
          Go to the start page
        </Link>
      </p>
    </main>
  );
}
