"use server";

import { headers } from "next/headers";
import { serverAction } from "@/lib/actions/server-action";
import { registerUser } from "@/lib/auth/accounts";
import { signUpSchema } from "@/lib/auth/credentials-schema";
import { consumeSignUp } from "@/lib/auth/sign-up-throttle";
import { clientAddress } from "@/lib/throttle/client-address";

/** Creates the account; the browser then logs in through next-auth with the same credentials. */
export const signUpAction = serverAction(signUpSchema, async (input) => {
  await consumeSignUp(clientAddress(await headers()));
  await registerUser(input);
  return null;
}, { auth: "anyone" });
