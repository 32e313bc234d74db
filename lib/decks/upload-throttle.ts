// Limits how often one author runs deck generation: a 2 MB review takes seconds of the server's
// time, so every attempt counts, successful or not. Counted in the database (lib/throttle), so
// the limit holds across app instances.
import "server-only";
import { consume, defineLimit, describeWait } from "@/lib/throttle/limit";
import { DeckInputError } from "./deck-editor";

export const UPLOADS_PER_HOUR = 10;

const perAuthor = defineLimit("deck-upload", [{ points: UPLOADS_PER_HOUR, seconds: 60 * 60 }]);

export async function consumeUpload(userId: string): Promise<void> {
  const wait = await consume([{ limit: perAuthor, key: userId }]);
  if (wait !== null) {
    throw new DeckInputError(`You have generated ${UPLOADS_PER_HOUR} decks in the last hour. Try again in ${describeWait(wait)}.`, "document");
  }
}
