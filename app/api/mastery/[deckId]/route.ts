// One deck's mastery per topic for the signed-in student, as the dashboard's "By topic" list
// asks for it when opened: [label, new, learning, young, mature] per topic, in deck order.
import { getCurrentUser } from "@/lib/auth/session";
import { SIGNED_OUT_MESSAGE } from "@/lib/actions/result";
import { loadTopicMastery } from "@/lib/stats/mastery";
import { privateJson } from "@/lib/http/json-route";
import { RECORD_ID } from "@/lib/validation/record-id";

export const dynamic = "force-dynamic";

const NOT_FOUND_MESSAGE = "That deck does not exist or you do not study it.";

export async function GET(_request: Request, { params }: { params: Promise<{ deckId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return privateJson(401, { ok: false, code: "signed_out", error: SIGNED_OUT_MESSAGE });
  const { deckId } = await params;
  // anything but a record id is no deck (a NUL in it was a 500 on PostgreSQL, found by the fuzz test)
  const topics = RECORD_ID.test(deckId) ? await loadTopicMastery(user.id, deckId) : null;
  if (!topics) return privateJson(404, { ok: false, code: "not_found", error: NOT_FOUND_MESSAGE });
  return privateJson(200, { ok: true, value: topics.map((topic) => [topic.label, topic.new, topic.learning, topic.young, topic.mature]) });
}
