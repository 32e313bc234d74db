// Shows the answer to a card: records the answer that counts and explains it (lib/study/session).
import { jsonRoute } from "@/lib/http/json-route";
import { revealInputSchema } from "@/lib/study/inputs";
import { revealAnswer } from "@/lib/study/session";

export const POST = jsonRoute(revealInputSchema, (data, { user }) => revealAnswer(user, data.questionId, data.response, { practice: data.practice }));
