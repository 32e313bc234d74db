"use client";

import { ErrorPanel } from "@/app/components/error-panel";

/** A page of the app failed: the message replaces the page, under the signed-in user's banner. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPanel reset={reset} />;
}
