// Import uploads: multipart POST of the file and its options. mode=preview reads the file and
// answers what an import would create, writing nothing; mode=import writes the draft deck.
// A route handler rather than a server action: actions share one small body limit (3 MB, for
// reviews), while an Anki package may be larger, and a file over our own limit must get a clear
// JSON answer (checked from Content-Length before the body is read), never a 500.
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { consumeUpload } from "@/lib/decks/upload-throttle";
import { importDeckFile, previewImport } from "@/lib/interop/deck-import";
import { MAPPABLE_FIELDS } from "@/lib/interop/delimited-import";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "@/lib/interop/limits";
import { REFUSAL_STATUS, Refusal } from "@/lib/errors/refusal";
import { IMPORT_FORMATS } from "@/lib/interop/read-import";
import { privateJson } from "@/lib/http/json-route";

export const dynamic = "force-dynamic";

const column = z.coerce.number().int().min(0).max(200);
const optionsSchema = z.object({
  mode: z.enum(["preview", "import"]),
  format: z.enum(IMPORT_FORMATS).default("auto"),
  title: z.string().trim().max(200, "Keep the title under 200 characters.").optional(),
  delimiter: z.enum(["", ",", ";", "\t", "|"]).optional(),
  termSeparator: z.string().max(10).optional(),
  cardSeparator: z.string().max(10).optional(),
  mapping: z.partialRecord(z.enum(MAPPABLE_FIELDS), column).optional(),
});


const refuse = (status: number, error: string) => privateJson(status, { ok: false, error });

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Your session has ended. Log in again.");
  // The multipart envelope adds a little to the file; anything far past the limit is refused unread.
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES + 64 * 1024) return refuse(413, tooLargeMessage("The file", declared));

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refuse(400, "The upload did not arrive whole. Try again.");
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refuse(400, "Choose a file to import.");
  if (file.size > MAX_IMPORT_BYTES) return refuse(413, tooLargeMessage(file.name, file.size));

  let rawOptions: unknown;
  try {
    rawOptions = { mode: form.get("mode"), ...JSON.parse(String(form.get("options") ?? "{}")) };
  } catch {
    return refuse(400, "The import options are not valid JSON.");
  }
  const parsed = optionsSchema.safeParse(rawOptions);
  if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? "Bad import options.");
  const { mode, ...options } = parsed.data;
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    if (mode === "preview") return privateJson(200, { ok: true, preview: previewImport(file.name, bytes, options) });
    await consumeUpload(user.id);
    const summary = await importDeckFile(user.id, file.name, bytes, options);
    return privateJson(200, { ok: true, summary });
  } catch (error) {
    if (error instanceof Refusal) return refuse(REFUSAL_STATUS[error.code], error.message);
    throw error;
  }
}
