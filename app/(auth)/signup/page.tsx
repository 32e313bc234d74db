import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { HOME_PATH } from "@/lib/auth/return-path";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect(HOME_PATH);
  return (
    <div className="page page-narrow">
      <h1>Create your account</h1>
      <p className="lede">Study the facts that matter, at the moment you are about to forget them.</p>
      <SignUpForm />
    </div>
  );
}
