"use server";

import { registerUser, type SignUpResult } from "@/lib/auth/accounts";

/** Creates the account; the browser then logs in through next-auth with the same credentials. */
export async function signUpAction(input: { name: string; email: string; password: string; timezone?: string }): Promise<SignUpResult> {
  return registerUser(input);
}
