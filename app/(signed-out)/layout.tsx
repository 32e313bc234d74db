import { MainContent, SiteHeader } from "@/app/components/site-header";

/**
 * The landing, log-in and sign-up pages: the same for every visitor, so they are prerendered
 * at build time. A signed-in visitor never sees them: proxy.ts sends requests that carry a
 * session cookie to app/api/session-return, which forwards them into the app.
 */
export default function SignedOutLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader visitor="signed-out" />
      <MainContent>{children}</MainContent>
    </>
  );
}
