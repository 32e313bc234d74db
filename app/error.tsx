"use client";

import { MainContent } from "./components/site-header";
import { ErrorPanel } from "./components/error-panel";

/** A failure above the pages' own layouts (app/(app)/error.tsx handles the app's pages). */
export default function RootError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <MainContent>
      <ErrorPanel reset={reset} />
    </MainContent>
  );
}
