import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LogInForm } from "./log-in-form";

export const metadata: Metadata = { title: "Log in" };

// Fixed texts by key: the page never repeats text taken from its address.
const NOTICES: Record<string, string> = {
  "logged-out-everywhere": "You have been logged out in every browser.",
  "account-deleted": "Your account and your study data have been deleted.",
};

type SearchParams = { callbackUrl?: string | string[]; notice?: string | string[] };

export default async function LogInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { callbackUrl, notice } = await searchParams;
  const returnTo = safeReturnPath(callbackUrl, process.env.NEXTAUTH_URL);
  if (await getCurrentUser()) redirect(returnTo);
  const message = typeof notice === "string" && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : null;
  return (
    <div className="page page-narrow">
      <h1>Log in</h1>
      {message ? (
        <p className="notice" role="status">
          {message}
        </p>
      ) : null}
      <p className="lede">Welcome back. Your due cards are waiting.</p>
      <LogInForm returnTo={returnTo} />
    </div>
  );
}
