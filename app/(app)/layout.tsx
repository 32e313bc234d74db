import { getCurrentUser } from "@/lib/auth/session";
import { MainContent, SiteHeader } from "@/app/components/site-header";

/** The app's pages: rendered per request, with the signed-in user's banner. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <>
      <SiteHeader visitor={user ?? "signed-out"} />
      <MainContent>{children}</MainContent>
    </>
  );
}
