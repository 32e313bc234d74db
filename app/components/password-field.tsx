// Every password box: masked, required, and filled by the browser's password manager with the
// saved password (current) or a new one it can suggest (new, confirm). A new password says how
// long it must be, the rule the server checks (lib/auth/credentials-schema.ts).
import type { ComponentProps } from "react";
import { PASSWORD_MIN } from "@/lib/auth/credentials-schema";
import { TextField } from "./text-field";

type Props = Omit<ComponentProps<typeof TextField>, "type" | "autoComplete" | "required"> & {
  purpose: "current" | "new" | "confirm";
};

export function PasswordField({ purpose, hint, ...field }: Props) {
  return (
    <TextField
      type="password"
      autoComplete={purpose === "current" ? "current-password" : "new-password"}
      required
      hint={hint ?? (purpose === "new" ? `At least ${PASSWORD_MIN} characters.` : undefined)}
      {...field}
    />
  );
}
