import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { MainNav } from "./components/main-nav";
import { LogOutButton } from "./components/log-out-button";
import "./globals.css";
import "./styles/study.css";
import "./styles/decks.css";
import "./styles/classes.css";
import "./styles/dashboard.css";

export const metadata: Metadata = {
  title: { default: "Recall", template: "%s · Recall" },
  description: "Spaced-repetition quizzes generated from technology reviews.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#12131a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                R
              </span>
              Recall
            </Link>
            {user ? <MainNav /> : null}
            <div className="header-user">
              {user ? (
                <>
                  <span>
                    Signed in as <strong>{user.name}</strong>
                  </span>
                  <Link href="/settings">Settings</Link>
                  <LogOutButton />
                </>
              ) : (
                <>
                  <Link href="/login">Log in</Link>
                  <Link href="/signup" className="button">
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
