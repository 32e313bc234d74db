// Writes an Anki package (.apkg): a zip of `collection.anki2` (an SQLite file in Anki's schema 11,
// built in memory) and a `media` map (empty: Recall's questions are text). With a schedule, the
// cards carry the user's SM-2 state and the revlog their reviews, so Anki continues where Recall
// left off; without one, every card is new.
import Database from "better-sqlite3";
import { zipSync } from "fflate";
import { tzOffset } from "@date-fns/tz";
import { studyDayKey, studyDayKeyToStart } from "@/lib/calendar/study-day";
import { fieldChecksum, noteGuid, stableAnkiId } from "./anki-ids";
import {
  BASIC_MODEL_ID, CARD_QUEUE, CARD_TYPE, CLOZE_MODEL_ID, FIELD_SEPARATOR, REVLOG_TYPE, SCHEMA11_DDL,
  collectionConfigJson, deckConfigJson, decksJson, modelsJson,
} from "./anki-schema";
import { htmlToText, textToHtml } from "./html";
import type { PortableDeck, PortableQuestion, PortableReview, PortableSchedule } from "./model";
import { backHtml, clozeExtraHtml, clozeText, frontHtml } from "./question-html";

export type ApkgOptions = {
  /** The exporting user's scheduling; omitted, every card is new. */
  schedule?: PortableSchedule;
  now?: Date;
};

/** Anki tags cannot hold spaces; "::" nests them. */
export function ankiTag(text: string): string {
  return text.trim().replace(/[\s"]+/g, "_");
}

export function questionTags(deck: PortableDeck, question: PortableQuestion): string[] {
  const tags = [ankiTag(`recall::${deck.slug}`)];
  if (question.topic) tags.push(ankiTag(`topic::${question.topic}`));
  if (question.factKey) tags.push(ankiTag(`fact::${question.factKey}`));
  return tags;
}

/** The fields of the note a question becomes, and its note type. */
export function noteFieldsFor(question: PortableQuestion): { modelId: number; fields: string[] } {
  const source = textToHtml(question.sourceSentence);
  const citation = textToHtml(question.sourceCitation ?? "");
  const cloze = clozeText(question);
  if (cloze !== null) return { modelId: CLOZE_MODEL_ID, fields: [cloze, clozeExtraHtml(question), source, citation] };
  return { modelId: BASIC_MODEL_ID, fields: [frontHtml(question), backHtml(question), source, citation] };
}

const DAY_MS = 86_400_000;
const dayNumber = (key: string) => Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10)) / DAY_MS;

/** Recall's SM-2 grade (0–5) as Anki's answer buttons (1 Again … 4 Easy). */
export function ankiEase(grade: number): number {
  if (grade < 3) return 1;
  if (grade === 3) return 2;
  if (grade === 4) return 3;
  return 4;
}

function revlogType(kind: string): number {
  switch (kind) {
    case "NEW":
      return REVLOG_TYPE.learn;
    case "REDRILL":
      return REVLOG_TYPE.relearn;
    case "PRACTICE":
      return REVLOG_TYPE.filtered;
    default:
      return REVLOG_TYPE.review;
  }
}

export function writeApkg(deck: PortableDeck, questions: PortableQuestion[], options: ApkgOptions = {}): Uint8Array {
  const now = options.now ?? new Date();
  const nowSecs = Math.floor(now.getTime() / 1000);
  const schedule = options.schedule;
  const timezone = schedule?.timezone ?? "UTC";
  const dayStartsAtHour = schedule?.dayStartsAtHour ?? 4;
  const deckId = stableAnkiId("deck", deck.slug);

  // The collection is "created" at the start of the study day of the earliest review (or today),
  // so review cards' due days count the user's own study days from there.
  const earliest = Math.min(now.getTime(), ...(schedule?.reviews ?? []).map((r) => r.reviewedAt.getTime()));
  const crtKey = studyDayKey(new Date(earliest), timezone, dayStartsAtHour);
  const crt = studyDayKeyToStart(crtKey, timezone, dayStartsAtHour);
  const minutesWest = -tzOffset(timezone, crt);

  const sqlite = new Database(":memory:");
  try {
    sqlite.exec(SCHEMA11_DDL);
    const mod = nowSecs;
    sqlite
      .prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")
      .run(
        Math.floor(crt.getTime() / 1000),
        now.getTime(),
        now.getTime(),
        JSON.stringify(collectionConfigJson(deckId, questions.length + 1, dayStartsAtHour, minutesWest)),
        JSON.stringify(modelsJson(deckId, mod)),
        JSON.stringify(decksJson(deckId, deck.title, deck.description ?? "", mod)),
        JSON.stringify(deckConfigJson(mod)),
      );

    const insertNote = sqlite.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = sqlite.prepare("INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, '')");
    const insertRevlog = sqlite.prepare("INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)");

    const states = new Map((schedule?.cards ?? []).map((card) => [card.questionId, card]));
    const reviewsByQuestion = new Map<string, PortableReview[]>();
    for (const review of schedule?.reviews ?? []) {
      const list = reviewsByQuestion.get(review.questionId) ?? [];
      list.push(review);
      reviewsByQuestion.set(review.questionId, list);
    }
    const usedRevlogIds = new Set<number>();

    const writeAll = sqlite.transaction(() => {
      for (const [position, question] of questions.entries()) {
        // Like Anki's own, ids are creation times in milliseconds, so notes keep the deck's order;
        // the GUID, not the id, is what Anki matches on when the deck is imported again.
        const noteId = now.getTime() + position;
        const cardId = now.getTime() + position;
        const { modelId, fields } = noteFieldsFor(question);
        const sortField = htmlToText(fields[0]).text;
        const tags = ` ${questionTags(deck, question).join(" ")} `;
        insertNote.run(noteId, noteGuid(question.id), modelId, mod, tags, fields.join(FIELD_SEPARATOR), sortField, fieldChecksum(sortField));

        const state = states.get(question.id);
        const reviews = (reviewsByQuestion.get(question.id) ?? []).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
        if (!state || !state.lastReviewedAt) {
          // A new card: due is its position in the new queue.
          insertCard.run(cardId, noteId, deckId, mod, CARD_TYPE.new, CARD_QUEUE.new, position + 1, 0, 0, 0, 0);
        } else if (state.intervalDays >= 1) {
          const due = dayNumber(studyDayKey(state.dueAt, timezone, dayStartsAtHour)) - dayNumber(crtKey);
          const factor = Math.round(state.easeFactor * 1000);
          insertCard.run(cardId, noteId, deckId, mod, CARD_TYPE.review, CARD_QUEUE.review, due, state.intervalDays, factor, reviews.length, state.lapses);
        } else {
          // Failed and due again the same day: relearning, due at a timestamp.
          const factor = Math.round(state.easeFactor * 1000);
          const due = Math.floor(state.dueAt.getTime() / 1000);
          insertCard.run(cardId, noteId, deckId, mod, CARD_TYPE.relearning, CARD_QUEUE.learning, due, 1, factor, reviews.length, state.lapses);
        }
        for (const review of reviews) {
          let id = review.reviewedAt.getTime();
          while (usedRevlogIds.has(id)) id++;
          usedRevlogIds.add(id);
          insertRevlog.run(
            id,
            cardId,
            ankiEase(review.grade),
            review.intervalAfter,
            review.intervalBefore ?? 0,
            Math.round(review.easeAfter * 1000),
            Math.min(Math.max(0, Math.round(review.durationMs)), 60_000),
            revlogType(review.kind),
          );
        }
      }
    });
    writeAll();
    const collection = sqlite.serialize();
    return zipSync({ "collection.anki2": new Uint8Array(collection), media: new TextEncoder().encode("{}") }, { level: 6 });
  } finally {
    sqlite.close();
  }
}

