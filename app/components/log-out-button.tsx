"use client";

import { useState } from "react";

export function LogOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        // Loaded on the click: next-auth's browser client is 12 KB (gzip) every signed-in page
        // would otherwise load first (issue #12).
        const { signOut } = await import("next-auth/react");
        await signOut({ callbackUrl: "/" });
      }}
    >
      Log out
    </button>
  );
}
