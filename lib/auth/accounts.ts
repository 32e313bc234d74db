// Creating accounts and checking credentials against the stored argon2id hashes.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { firstFieldErrors, type FieldErrors } from "@/lib/forms/field-errors";
import { signUpSchema, logInSchema, type SignUpInput } from "./credentials-schema";
import { hashPassword, verifyPassword, verifyAgainstDummy } from "./password";

export type SignUpResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; fieldErrors: FieldErrors<SignUpInput> };

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Log in instead.";

export async function registerUser(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: firstFieldErrors(parsed.error) };
  const { name, email, password, timezone } = parsed.data;

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE } };
  }
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash, timezone },
      select: { id: true, email: true, name: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups for one email at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: { email: DUPLICATE_EMAIL_MESSAGE } };
    }
    throw error;
  }
}

/** The user for valid credentials, or null — without revealing which part was wrong. */
export async function authenticate(input: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = logInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return verifyAgainstDummy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}
