"use client";

import Link from "next/link";

/** Shown instead of a blank page when something fails unexpectedly; nothing the user did is lost. */
export function ErrorPanel({ reset }: { reset: () => void }) {
  return (
    <div className="page page-narrow stack">
      <h1>Something went wrong</h1>
      <p>Recall could not finish that request. Your reviews so far are saved.</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>
        <Link href="/dashboard" className="button button-secondary">
          Go to your dashboard
        </Link>
      </p>
    </div>
  );
}
