import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/auth/return-path";
import { LogInForm } from "./log-in-form";

export const metadata: Metadata = { title: "Log in" };

export default async function LogInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="page page-narrow">
      <h1>Log in</h1>
      <p className="lede">Welcome back. Your due cards are waiting.</p>
      <LogInForm returnTo={returnTo} />
    </div>
  );
}
