import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 p-6">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">There is nothing at this address.</p>
      <p>
        <Link href="/" className="font-medium text-brand-700 underline">
          Go to the start page
        </Link>
      </p>
    </main>
  );
}
