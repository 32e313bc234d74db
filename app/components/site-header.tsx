import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { MainNav } from "./main-nav";
import { LogOutButton } from "./log-out-button";

/**
 * Who the banner is for: the signed-in user (app/(app)/layout), a signed-out visitor (the
 * prerendered app/(signed-out) pages), or nobody in particular (the static page for an address
 * that matches nothing, which shows the brand alone).
 */
export type Visitor = Pick<CurrentUser, "name"> | "signed-out" | "anyone";

export function SiteHeader({ visitor }: { visitor: Visitor }) {
  const user = typeof visitor === "object" ? visitor : null;
  return (
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
          ) : visitor === "signed-out" ? (
            <>
              <Link href="/login">Log in</Link>
              <Link href="/signup" className="button">
                Sign up
              </Link>
            </>
          ) : null}
        </div>
      </div>
    </header>
  );
}

/** The page's own content, where the skip link leads. */
export function MainContent({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  );
}
