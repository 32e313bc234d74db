"use client";

import { useSearchParams } from "next/navigation";

// Fixed texts by key: the page never repeats text taken from its address.
const NOTICES: Record<string, string> = {
  "logged-out-everywhere": "You have been logged out in every browser.",
  "account-deleted": "Your account and your study data have been deleted.",
};

/** Why the visitor landed on the log-in page (?notice=…), when the app sent them here. */
export function LogInNotice() {
  const notice = useSearchParams().get("notice");
  const message = notice !== null && Object.hasOwn(NOTICES, notice) ? NOTICES[notice] : null;
  if (!message) return null;
  return (
    <p className="notice" role="status">
      {message}
    </p>
  );
}
