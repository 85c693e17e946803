import Link from "next/link";
import { primaryButton } from "./button-styles";

/** A sign-in page reached with no sign-in to go on with: say so, and offer a fresh start. */
export function NoSignIn({ title, text }: { title: string; text: string }) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="text-slate-700">{text}</p>
      <p>
        <Link href="/sign-in" className={primaryButton}>
          Start signing in
        </Link>
      </p>
    </div>
  );
}
