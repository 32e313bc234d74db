// The export download: an Anki package, Anki text or CSV of a deck the user may export, with
// their own scheduling when asked. A GET, so the export page works as a plain form.
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { DeckSchema } from "@/lib/content/bank-schema";
import { EXPORT_FORMATS, exportDeckFile } from "@/lib/interop/deck-export";
import { REFUSAL_STATUS, Refusal } from "@/lib/errors/refusal";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "Choose Anki package (apkg), Anki text (tsv) or CSV." }),
  scheduling: z.enum(["1", "on", "true"]).optional(),
});

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Log in to export a deck.");
  const url = new URL(request.url);
  const query = querySchema.safeParse({ format: url.searchParams.get("format") ?? undefined, scheduling: url.searchParams.get("scheduling") ?? undefined });
  if (!query.success) return refuse(400, query.error.issues[0]?.message ?? "Bad export request.");
  const slug = DeckSchema.shape.slug.safeParse((await params).slug);
  if (!slug.success) return refuse(404, "That deck does not exist or is not shared with you.");
  try {
    const file = await exportDeckFile(user.id, slug.data, query.data.format, { includeSchedule: query.data.scheduling !== undefined });
    return new Response(Buffer.from(file.body), {
      status: 200,
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // Forbidden answers like not found, so a refusal never confirms that a hidden deck exists.
    if (error instanceof Refusal) return refuse(error.code === "forbidden" ? 404 : REFUSAL_STATUS[error.code], error.message);
    throw error;
  }
}
