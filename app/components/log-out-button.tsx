"use client";

import { signOut } from "next-auth/react";
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
        await signOut({ callbackUrl: "/" });
      }}
    >
      Log out
    </button>
  );
}
