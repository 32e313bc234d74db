// Owns dates that point at the moment of writing: in a post dated 2021, "this year" is 2021, "last
// year" 2020. The publication year comes from the front matter's date, a date that opens the file's
// name ("2021-12-29-yearly-update.md"), or the one year the title names ("The year 2021 for pnpm").
// Without one, such a sentence leans on a moment the student cannot know and yields no question.
import type { Sentence } from "./sentences";

const YEAR_WORDS = /\b([Tt]his|[Ll]ast|[Nn]ext) year(['’]s)?\b/g;
const HAS_YEAR_WORDS = new RegExp(YEAR_WORDS.source);
/** What follows a year that is the sentence's subject: a verb ("saw", "underscored", "is", "has been"). */
const SUBJECT_OF = /^\s+(?:(?:also|again|even|still|already) )?(?:is|was|has|had|saw|sees|brought|brings|marks|marked|showed|shows|will|has been|\p{Ll}+ed)\b/u;

/** The year the document was written, when it says so; undefined otherwise. */
export function publicationYear(frontMatter: Record<string, string>, fileName?: string, title?: string): number | undefined {
  const dated = /^\s*['"]?((?:19|20)\d\d)-\d\d-\d\d/.exec(frontMatter.date ?? "") ?? /(?:^|[\\/])((?:19|20)\d\d)-\d\d-\d\d/.exec(fileName ?? "");
  const inTitle = (title ?? "").match(/\b(?:19|20)\d\d\b/g);
  const titleYear = inTitle && new Set(inTitle).size === 1 ? Number(inTitle[0]) : undefined;
  // "Go Developer Survey 2019 Results", posted in 2020: "this year" may be either (the twelfth
  // blind rating found "the sharpest increase in use in 2020" for a 2019 figure), so it is neither
  if (dated && titleYear !== undefined && titleYear !== Number(dated[1])) return undefined;
  return dated ? Number(dated[1]) : titleYear;
}

/**
 * "This year pnpm added …" → "In 2021 pnpm added …", "this year's GopherCon" → "2021's GopherCon",
 * "last year" → "in 2020". The written year is marked restated: it is the generator's, never asked.
 */
export function withPublicationYear(sentence: Sentence, year: number): Sentence {
  if (!HAS_YEAR_WORDS.test(sentence.clean)) return sentence;
  const restated: Array<[number, number]> = [...(sentence.restated ?? [])];
  let out = "";
  let at = 0;
  for (const m of sentence.clean.matchAll(YEAR_WORDS)) {
    const which = m[1].toLowerCase();
    const value = String(which === "last" ? year - 1 : which === "next" ? year + 1 : year);
    // "milestone for this year" → "for 2022", "the end of last year" → "of 2021": no second preposition
    const afterPreposition = /\b(?:for|of|in|during|since|until|by|from|through|throughout|to|into)\s+$/i.test(sentence.clean.slice(0, m.index));
    // "this year underscored …", "This year saw …": the year is the subject, no "in" before it
    const subject = !afterPreposition && SUBJECT_OF.test(sentence.clean.slice(m.index + m[0].length));
    const phrase = m[2] ? `${value}${m[2]}` : afterPreposition || subject ? value : `${m.index === 0 ? "In" : "in"} ${value}`;
    out += sentence.clean.slice(at, m.index);
    restated.push([out.length, out.length + phrase.length]);
    out += phrase;
    at = m.index + m[0].length;
  }
  return { ...sentence, clean: out + sentence.clean.slice(at), restated };
}
