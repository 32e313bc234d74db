// Grades a card whose answer was shown: records the review once per client review id (lib/study/review).
import { jsonRoute } from "@/lib/http/json-route";
import { reviewInputSchema } from "@/lib/study/inputs";
import { recordReview } from "@/lib/study/review";

export const POST = jsonRoute(reviewInputSchema, (data, { user }) => recordReview(user, data));
