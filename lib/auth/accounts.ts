// Creating accounts and checking credentials against the stored argon2id hashes.
import "server-only";
import { db, Prisma } from "@/lib/db";
import { Refusal } from "@/lib/errors/refusal";
import { logInSchema, type SignUpInput } from "./credentials-schema";
import { hashPassword, verifyPassword, verifyAgainstDummy } from "./password";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Log in instead.";

/** Creates the account; refuses an email that already has one. */
export async function registerUser({ name, email, password, timezone }: SignUpInput): Promise<{ id: string; email: string; name: string }> {
  const duplicate = () => new Refusal("conflict", DUPLICATE_EMAIL_MESSAGE, "email");
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate();
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({
      data: { name, email, passwordHash, timezone },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    // Two sign-ups for one email at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
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
