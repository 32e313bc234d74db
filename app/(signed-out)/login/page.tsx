import type { Metadata } from "next";
import { Suspense } from "react";
import { LogInForm } from "./log-in-form";
import { LogInNotice } from "./log-in-notice";

export const metadata: Metadata = { title: "Log in" };

// Prerendered: the address's ?notice= and ?callbackUrl= are read in the browser (LogInNotice,
// LogInForm), and a signed-in visitor is sent on before reaching it (proxy.ts).
export default function LogInPage() {
  return (
    <div className="page page-narrow">
      <h1>Log in</h1>
      <Suspense fallback={null}>
        <LogInNotice />
      </Suspense>
      <p className="lede">Welcome back. Your due cards are waiting.</p>
      <LogInForm />
    </div>
  );
}
