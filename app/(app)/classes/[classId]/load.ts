// Turns permission refusals from lib/classes into the friendly "not found" page.
import { notFound } from "next/navigation";
import { NotFoundError, PermissionError } from "@/lib/permissions/errors";

/** Students asking for instructor-only pages get the same "not found" as strangers. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof PermissionError) notFound();
    throw error;
  }
}
