import { MainContent, SiteHeader } from "./components/site-header";
import { NotFoundMessage } from "./components/not-found-message";

/**
 * An address that matches no page. Static: React renders this boundary as part of every
 * page's tree, so reading the session here would make every page dynamic. A page of the app
 * that finds nothing shows app/(app)/not-found.tsx instead, under the user's own banner.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader visitor="anyone" />
      <MainContent>
        <NotFoundMessage />
      </MainContent>
    </>
  );
}
