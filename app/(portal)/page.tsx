export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-3xl flex-col justify-center gap-4 p-6">
      <h1 className="text-3xl font-semibold">Smart-ID+ sign-in demo portal</h1>
      <p className="text-slate-600">
        Sign in through the Dokobit Identity Gateway with Smart-ID+ QR, same-device and classic flows.
      </p>
    </main>
  );
}
