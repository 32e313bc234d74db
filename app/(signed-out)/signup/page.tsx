import type { Metadata } from "next";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

// Prerendered; a signed-in visitor is sent on before reaching it (proxy.ts).
export default function SignUpPage() {
  return (
    <div className="page page-narrow">
      <h1>Create your account</h1>
      <p className="lede">Study the facts that matter, at the moment you are about to forget them.</p>
      <SignUpForm />
    </div>
  );
}
