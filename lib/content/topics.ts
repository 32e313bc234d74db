// Owns what a section's headings say about its sentences: the subject a heading names ("## Django"
// → Django, so "It is the most popular…" under it is about Django) and the two sides a comparing
// heading sets against each other ("Prometheus vs. Graphite", "Comparison to Spark"), so that a
// comparative without "than" is asked with its other side.
import type { Analysed } from "./analysis";
import type { EntityIndex } from "./entities";
import type { Token } from "./tokens";

export interface Topic {
  /** A short heading that names the section's subject ("Django", "Prometheus vs. InfluxDB"). */
  names: string[];
}

/**
 * Names a heading is about: "Django" → [Django]; "Prometheus vs. InfluxDB" → [Prometheus,
 * InfluxDB]. Only headings made of names the document itself uses as names qualify: "Storage"
 * or "Reasons to choose both" name a topic area, not a subject.
 */
export function headingTopic(title: string | undefined, entities: EntityIndex): Topic | undefined {
  if (!title) return undefined;
  // "Comparing BSD and Linux", "Comparison of Dask and Spark": the names, not the verb before them
  const t = title.replace(/\([^)]*\)/g, "").replace(/^(?:comparing|comparison of|comparisons of|compared)\s+/i, "").replace(/\s+/g, " ").trim();
  const parts = t.split(/\s+(?:vs\.?|versus|and|&)\s+|\s*\/\s*/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return undefined;
  for (const p of parts) {
    const words = p.split(" ");
    if (words.length > 4 || /[.:?!]$/.test(p)) return undefined;
    if (!words.every((w) => /^[\p{Lu}\d@]/u.test(w))) return undefined;
    if (isCommonHeading(p)) return undefined;
    if (!words.some((w) => entities.isKnownName(w) || entities.isKnownName(p) || /[\p{Lu}].*[\p{Lu}]/u.test(w) || entities.capitalisedMidSentence(w))) return undefined;
  }
  return { names: parts };
}

const COMMON_HEADING_WORDS = /^(?:summary|scope|storage|architecture|intro|introduction|conclusion|overview|background|history|data|model|language|ecosystem|scale|apis?|streaming|arrays|performance|features?|usage|design|community|benchmarks?|speed|notes?|examples?|comparison|differences|similarities|security|testing|tooling|documentation|installation|pricing|support|licen[cs]e|age|trust|graphs?|machine|learning|dataframes?|custom|parallelism|internal|networks?|complex|error|diagnostics|quotes|teams?|the|of|and|from|to)$/i;
function isCommonHeading(p: string): boolean {
  return p.split(" ").every((w) => COMMON_HEADING_WORDS.test(w));
}

/** A heading that sets things against each other: "Prometheus vs. Graphite", "Comparison with other tools", "Alternatives" ("vs", "Vs.", "VS." — but not "VS Code"). */
export const COMPARISON_HEADING = /\b(?:[vV]s\.?|VS\.|[vV]ersus|[cC]ompar\w*|(?<!\b[aA]n )[aA]lternatives?)(?:\s|$)/;

const COMPARED_TO = /^(?:comparisons?|compared)\s+(?:to|with)\s+(.+)$/i;

/**
 * The names of the nearest heading that compares: "Prometheus vs. Graphite" → both; "Comparison to
 * Spark" → [Spark]; "Dask and Spark" → both when it is the title or `andCompares` (the document
 * compares elsewhere), since "Sauce Labs and Node.js" in a project's history sets nothing against
 * anything.
 */
export function comparedNames(headingPath: string[], entities: EntityIndex, andCompares = true): string[] | undefined {
  for (let i = headingPath.length - 1; i >= 0; i--) {
    const title = headingPath[i].replace(/\s*\{[^}]*\}\s*$/, "").trim();
    const to = COMPARED_TO.exec(title);
    const topic = headingTopic(to ? to[1] : title, entities);
    // "TensorFlow and PyTorch" as the title is what the document compares
    const pairing = andCompares || i === 0 ? /\s(?:vs\.?|versus|and|&)\s/i : /\s(?:vs\.?|versus)\s/i;
    if (topic && (to ? topic.names.length === 1 : topic.names.length === 2 && pairing.test(title))) return topic.names;
  }
  return undefined;
}

/**
 * "Prometheus offers a richer data model" under "Prometheus vs. Graphite": richer than Graphite.
 * The other name of the heading's pair, when the subject is one of them and the sentence does not
 * name the other; with a heading that names one ("Comparison to Spark"), that one, when the
 * subject is another name.
 */
export function comparandOf(a: Analysed, replacements: Map<number, string>, compared: string[] | undefined, entities: EntityIndex): string | undefined {
  if (!compared || !a.main) return undefined;
  const [from, to] = a.main.subject;
  const words = (range: Token[], at: number) => range.map((t, k) => replacements.get(at + k) ?? t.text).join(" ").toLowerCase();
  const subject = words(a.tokens.slice(from, to), from);
  const sentence = words(a.tokens, 0);
  // the subject is the name itself or something of it ("Dask's internal model", "the storage of
  // Graphite"), never another thing named after it ("TensorFlow 2.0")
  const is = (name: string) => {
    const n = name.toLowerCase();
    return subject === n || (subject.startsWith(n) && /^[’']s /.test(subject.slice(n.length))) || subject.endsWith(` of ${n}`);
  };
  const has = (text: string, name: string) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^\\p{L}\\p{N}])`, "u").test(text);
  if (compared.length === 2) {
    const [x, y] = compared;
    if (is(x) && !has(sentence, y)) return y;
    if (is(y) && !has(sentence, x)) return x;
    return undefined;
  }
  const [only] = compared;
  const named = to > from && a.tokens.slice(from, to).some((_, k) => entities.isNameToken(a.tokens, from + k) || replacements.has(from + k));
  return named && !has(sentence, only) ? only : undefined;
}
