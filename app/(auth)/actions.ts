"use server";

import { serverAction } from "@/lib/actions/server-action";
import { registerUser } from "@/lib/auth/accounts";
import { signUpSchema } from "@/lib/auth/credentials-schema";

/** Creates the account; the browser then logs in through next-auth with the same credentials. */
export const signUpAction = serverAction(signUpSchema, async (input) => {
  await registerUser(input);
  return null;
}, { auth: "anyone" });
