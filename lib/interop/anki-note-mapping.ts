// Owns turning Anki notes into Recall questions, whatever note type wrote them. A card's
// template says which fields it asks (the question side) and which it reveals (the answer), so
// Basic, Basic (and reversed card), Basic (optional reversed card), Basic (type in the answer)
// and home-made variants map without a list of names; Cloze notes give one cloze question per
// deletion number. Notes Recall exported come back exactly (see question-html).
import { htmlToText, tidyText } from "./html";
import { SkipTally, answerText, type PortableQuestion } from "./model";
import { BLANK, CLOZE_PROMPT_PREFIX, readBackExtras, readStructuredQuestion } from "./question-html";

export type AnkiNoteType = {
  id: string;
  name: string;
  kind: "normal" | "cloze";
  fields: string[];
  templates: { ord: number; name: string; qfmt: string; afmt: string }[];
};

export type AnkiNote = { id: string; noteTypeId: string; fields: string[]; tags: string[]; cardOrds: number[] };

/** Fields that hold where a fact came from, not what is asked or answered. */
const SOURCE_FIELD = /^source$/i;
const CITATION_FIELD = /^citation$/i;
/** Template references that are not fields. */
const SPECIAL_REFS = new Set(["FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"]);

/** The fields a template shows, in order, ignoring conditionals, comments and special names. */
export function templateFields(format: string): { shown: string[]; typed: string[]; cloze: string[] } {
  const shown: string[] = [];
  const typed: string[] = [];
  const cloze: string[] = [];
  for (const match of format.matchAll(/\{\{([^{}]+)\}\}/g)) {
    const ref = match[1].trim();
    if (/^[#^/!]/.test(ref)) continue;
    const parts = ref.split(":");
    const name = parts.at(-1)!.trim();
    const filters = parts.slice(0, -1).map((f) => f.trim());
    if (SPECIAL_REFS.has(name)) continue;
    if (filters.includes("type")) typed.push(name);
    else if (filters.includes("cloze")) cloze.push(name);
    else shown.push(name);
  }
  return { shown, typed, cloze };
}

const CLOZE_DELETION = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** One cloze card's question: its deletions blanked, every other deletion shown. */
export function clozeCard(textHtml: string, ordinal: number): { prompt: string; answer: string; sentence: string } | "several" | null {
  const wanted = ordinal + 1;
  const answers: string[] = [];
  const blanked = textHtml.replace(CLOZE_DELETION, (_m, n: string, content: string, hint?: string) => {
    if (Number(n) !== wanted) return content;
    answers.push(content);
    return hint ? `${BLANK} (${hint})` : BLANK;
  });
  if (answers.length === 0) return null;
  if (answers.length > 1) return "several";
  const revealed = textHtml.replace(CLOZE_DELETION, (_m, _n, content: string) => content);
  return {
    prompt: CLOZE_PROMPT_PREFIX + htmlToText(blanked).text,
    answer: htmlToText(answers[0]).text,
    sentence: htmlToText(revealed).text,
  };
}

export type MappedNotes = { questions: PortableQuestion[]; skips: SkipTally; media: number };

/** Maps notes to questions; what cannot become one is tallied in `skips` with its reason. */
export function mapAnkiNotes(noteTypes: Map<string, AnkiNoteType>, notes: AnkiNote[], skips = new SkipTally()): MappedNotes {
  const questions: PortableQuestion[] = [];
  let media = 0;
  for (const note of notes) {
    const type = noteTypes.get(note.noteTypeId);
    const first = htmlToText(note.fields[0] ?? "").text;
    if (!type) {
      skips.add("Notes whose note type is missing from the package", first);
      continue;
    }
    const fieldHtml = (name: string) => note.fields[type.fields.findIndex((f) => f.toLowerCase() === name.toLowerCase())] ?? "";
    const fieldText = (name: string) => {
      const { text, media: m } = htmlToText(fieldHtml(name));
      media += m;
      return text;
    };
    const sourceName = type.fields.find((f) => SOURCE_FIELD.test(f));
    const citationName = type.fields.find((f) => CITATION_FIELD.test(f));
    const source = sourceName ? htmlToText(fieldHtml(sourceName)).text : "";
    const citation = citationName ? htmlToText(fieldHtml(citationName)).text : "";
    const topic = note.tags.find((t) => t.startsWith("topic::"))?.slice("topic::".length).replace(/_/g, " ");
    const factKey = note.tags.find((t) => t.startsWith("fact::"))?.slice("fact::".length) ?? `note-${note.id}`;
    const common = { topic, factKey, sourceCitation: citation || undefined };
    const ords = note.cardOrds.length ? [...new Set(note.cardOrds)].sort((a, b) => a - b) : [0];

    if (type.kind === "cloze") {
      const template = type.templates[0];
      const clozeField = template ? templateFields(template.qfmt).cloze[0] : undefined;
      const textHtml = fieldHtml(clozeField ?? type.fields[0]);
      if (/\{\{c\d+::image-occlusion:/.test(textHtml)) {
        skips.add(`Image occlusion notes (note type "${type.name}"): Recall has no picture questions`, first);
        continue;
      }
      media += htmlToText(textHtml).media;
      const extraNames = type.fields.filter((f) => f !== (clozeField ?? type.fields[0]) && f !== sourceName && f !== citationName);
      const extraHtml = extraNames.map(fieldHtml).join("<br>");
      const extras = readBackExtras(extraHtml);
      const extraText = extraNames.map(fieldText).filter(Boolean).join("\n");
      for (const ord of ords) {
        const card = clozeCard(textHtml, ord);
        if (card === null) {
          skips.add("Cloze notes without a deletion for one of their cards", first);
          continue;
        }
        if (card === "several") {
          skips.add("Cloze cards that hide the same number twice (c1 … c1): Recall asks one blank at a time", first);
          continue;
        }
        if (!card.answer) {
          skips.add("Cloze deletions that hide only a picture or sound", first);
          continue;
        }
        questions.push({
          id: `${note.id}:${ord}`,
          type: "cloze",
          prompt: card.prompt,
          answer: card.answer,
          acceptedAnswers: extras.acceptedAnswers,
          explanation: extras.explanation ?? (extraText || card.sentence),
          sourceSentence: source || card.sentence,
          ...common,
        });
      }
      continue;
    }

    for (const ord of ords) {
      const template = type.templates.find((t) => t.ord === ord) ?? (type.templates.length === 1 ? type.templates[0] : undefined);
      if (!template) {
        skips.add(`Cards whose template is missing (note type "${type.name}")`, first);
        continue;
      }
      const front = templateFields(template.qfmt);
      const back = templateFields(template.afmt);
      const isMeta = (name: string) => name === sourceName || name === citationName;
      const asked = front.shown.filter((name) => !isMeta(name));
      const answered = [...front.typed, ...back.shown.filter((name) => !asked.includes(name) && !isMeta(name)), ...back.typed].filter(
        (name, i, all) => all.indexOf(name) === i && !asked.includes(name),
      );
      if (asked.length === 0 || answered.length === 0) {
        skips.add(`Notes of note type "${type.name}": its cards do not show a question field and an answer field`, first);
        continue;
      }
      const structured = asked.length === 1 && answered.length === 1 ? readStructuredQuestion(fieldHtml(asked[0]), fieldHtml(answered[0])) : null;
      if (structured) {
        questions.push({ id: `${note.id}:${ord}`, ...structured, explanation: structured.explanation || answerText(structured.answer, "\n"), sourceSentence: source || structured.prompt, ...common });
        continue;
      }
      const prompt = tidyText(asked.map(fieldText).filter(Boolean).join("\n"));
      const answer = tidyText(answered.map(fieldText).filter(Boolean).join("\n"));
      if (!prompt || !answer) {
        skips.add(prompt ? "Cards with an empty answer" : "Cards with an empty question (a picture or sound only?)", first || answer);
        continue;
      }
      questions.push({
        id: `${note.id}:${ord}`,
        type: "short_answer",
        prompt,
        answer,
        explanation: answer,
        sourceSentence: source || `${prompt} — ${answer}`,
        ...common,
      });
    }
  }
  return { questions, skips, media };
}
