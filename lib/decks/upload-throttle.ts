// Limits how often one author runs deck generation: it runs on the server's only process, and a
// 2 MB review takes seconds of it, so every attempt counts, successful or not. In memory:
// Recall runs as one process.
import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { DeckInputError } from "./deck-editor";

const perAuthor = new RateLimiterMemory({ keyPrefix: "deck-upload", points: 10, duration: 60 * 60 });

export async function consumeUpload(userId: string): Promise<void> {
  try {
    await perAuthor.consume(userId);
  } catch {
    throw new DeckInputError("You have generated 10 decks in the last hour. Try again later.", "document");
  }
}
