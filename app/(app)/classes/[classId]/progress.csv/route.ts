// The progress table as a CSV download, for the class's instructors only.
import { getCurrentUser } from "@/lib/auth/session";
import { classProgress } from "@/lib/classes/progress";
import { progressCsv, progressCsvFilename } from "@/lib/classes/csv";
import { classIdSchema } from "@/lib/classes/forms";
import { NotFoundError, PermissionError } from "@/lib/permissions/errors";

export const dynamic = "force-dynamic";

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ classId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Log in to download class progress.");
  const parsed = classIdSchema.safeParse((await params).classId);
  if (!parsed.success) return refuse(404, "That class does not exist or you are not a member of it.");
  try {
    const now = new Date();
    const progress = await classProgress(user.id, parsed.data, now);
    return new Response(progressCsv(progress), {
      status: 200,
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${progressCsvFilename(progress.className, now)}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // Students get the same answer as strangers: progress is not theirs to see.
    if (error instanceof NotFoundError || error instanceof PermissionError) return refuse(404, "That class does not exist or you are not a member of it.");
    throw error;
  }
}
