// Owns fact extraction: each clause becomes (subject, predicate, object) with a typed value,
// its source sentence and citation. Pronouns are resolved to the previous subject, aliases to one
// spelling, dates are typed with precision, and reference-list entries become facts too.
import { parseReference, type Reference } from "./citations";
import { parseClauses, type Clause } from "./clauses";
import { findDates, formatDate, type DateMention, type DateValue } from "./dates";
import { EntityIndex, type EntityType } from "./entities";
import { stableId } from "./ids";
import { keyOf } from "./normalise";
import type { ParsedDocument } from "./parse";
import type { Sentence } from "./sentences";
import { isAux, isNounish, spanText, tokenize, type Token } from "./tokens";
import { lemma, tenseOf } from "./verbs";

export type FactValue =
  | DateValue
  | { kind: "entity"; entityType: EntityType }
  | { kind: "quote" }
  | { kind: "number" }
  | { kind: "phrase" };

export interface Fact {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  /** The source sentence exactly as written (citation included). */
  sentence: string;
  citation?: string;
  value: FactValue;
  /** Normalised relation, e.g. "develop by", "release in". */
  relation: string;
  /** Coarse role used to pick distractors: "time", "agent", "venue", "quote" or the relation. */
  role: string;
  /** A standalone restatement with pronouns resolved and citations removed. */
  statement: string;
  section?: string;
  /** Offsets of the source sentence in the source file. */
  span: { start: number; end: number };
  negated?: boolean;
  /** Other spellings of the object accepted as answers ("Pytorch" for "PyTorch"). */
  objectAliases?: string[];
  /** For facts drawn from the reference list: the full entry. */
  reference?: { text: string; url?: string; title?: string };
}

/** How the fact's clause is built, so question templates can invert it grammatically. */
export interface FactGrammar {
  aux?: string;
  adverbs: string;
  mainVerb: string;
  /** Infinitive chain after the main verb: "to make" in "aimed to make". */
  chain: string;
  lemma: string;
  tense: "past" | "present";
  /** Words between the verb group and the object ("to the public in"). */
  tail: string;
  passive: boolean;
  plural: boolean;
  copula: boolean;
  /** Head noun of the object ("team" in "the Google Brain team"). */
  objectHead?: string;
  objectIsName: boolean;
  /** The clause gives a reason or condition ("because it scales …"): its subject is not contrasted, so never swap it. */
  subordinate?: boolean;
  /** The sentence without citations, pronoun subject replaced by its referent. */
  cloze: string;
  /** Offset of the object inside `cloze`, or -1 when the object is not a span of it. */
  objectStart: number;
  qualifier: string;
}

export interface ExtractedFact {
  fact: Fact;
  grammar: FactGrammar;
}

const PRONOUNS_SINGULAR = new Set(["it", "he", "she"]);
const PRONOUNS_PLURAL = new Set(["they", "both"]);
const POSSESSIVES = new Set(["its", "their", "his", "her"]);
const UNRESOLVABLE = new Set(["this", "that", "these", "those", "there", "here", "which", "who", "what", "such", "we", "you", "i", "one", "having", "each", "all", "some", "many", "most"]);
const PREPOSITIONS = new Set(["in", "on", "at", "by", "for", "with", "from", "to", "into", "as", "after", "during", "since", "until", "over", "under", "about", "through", "between", "within", "without", "via"]);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|this|that|these|those|both|some)\s+/i;
const AGENT_VERBS = new Set(["develop", "create", "build", "found", "write", "design", "invent", "author", "make", "say", "maintain", "publish"]);
const MAX_OBJECT_WORDS = 8;

function relationKey(lemmaWord: string, tail: string): string {
  const preps = tail
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => PREPOSITIONS.has(w));
  const last = preps[preps.length - 1];
  return [lemmaWord, last].filter(Boolean).join(" ");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Referents {
  singular?: string;
  plural?: string;
}

interface Names {
  /** [from, to) token ranges that are names, per sentence */
  spans: Array<[number, number]>;
}

/** Maximal runs of name tokens (compromise tags + document capitalisation). */
function nameSpans(tokens: Token[], index: EntityIndex): Names {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (index.isNameToken(tokens, i)) {
      let j = i + 1;
      while (j < tokens.length && index.isNameToken(tokens, j) && !tokens[j - 1].post.trim() && !/[’']s$/.test(tokens[j - 1].text)) j++;
      spans.push([i, j]);
      i = j;
    } else i++;
  }
  return { spans };
}

function nameText(text: string, tokens: Token[], span: [number, number]): string {
  return spanText(text, tokens, span[0], span[1]).replace(/[’']s$/, "");
}

interface Analysed {
  sentence: Sentence;
  tokens: Token[];
  names: Names;
}

export interface FactExtraction {
  facts: ExtractedFact[];
  entities: EntityIndex;
  references: Reference[];
}

export function extractFacts(doc: ParsedDocument, sentences: Sentence[], slug: string): FactExtraction {
  const entities = new EntityIndex();
  const analysed: Analysed[] = [];
  for (const sentence of sentences) {
    // Skip what is not prose: code, tables of symbols, questions, fragments without a verb.
    if (sentence.clean.length < 12 || sentence.clean.length > 600) continue;
    if (/[{};=<>]|=>|\(\)/.test(sentence.clean.replace(/[“”"][^“”"]*[“”"]/g, ""))) continue;
    if (/\?$/.test(sentence.clean)) continue;
    const tokens = tokenize(sentence.clean);
    if (tokens.length < 3 || tokens.length > 70) continue;
    entities.observe(tokens);
    analysed.push({ sentence, tokens, names: { spans: [] } });
  }
  for (const a of analysed) {
    a.names = nameSpans(a.tokens, entities);
    for (const span of a.names.spans) {
      const name = nameText(a.sentence.clean, a.tokens, span);
      entities.addName(name, entities.typeOf(name, a.tokens.slice(span[0], span[1])));
    }
    if (a.sentence.attribution) {
      entities.addName(a.sentence.attribution, "person");
      entities.setType(a.sentence.attribution, "person");
    }
  }

  const references: Reference[] = [];
  for (const block of doc.blocks) {
    if (block.kind !== "reference") continue;
    const ref = parseReference(block.text.text);
    if (ref) {
      references.push(ref);
      if (ref.author) {
        entities.addName(ref.author, "person");
        entities.setType(ref.author, "person");
      }
      if (ref.publication) entities.addName(ref.publication, "organization");
    }
  }

  const out: ExtractedFact[] = [];
  let referents: Referents = {};
  let lastSection: string | undefined;
  let lastExplicitDate: DateValue | undefined;
  for (const a of analysed) {
    if (a.sentence.section !== lastSection) {
      referents = {}; // a pronoun never reaches across a heading
      lastSection = a.sentence.section;
    }
    const produced = factsFromSentence(a, entities, referents, lastExplicitDate);
    for (const f of produced.facts) out.push(f);
    referents = produced.referents;
    if (produced.lastExplicitDate) lastExplicitDate = produced.lastExplicitDate;
  }
  for (const ref of references) out.push(...factsFromReference(ref, entities));

  // Ids from content; the same fact stated twice is kept once (first occurrence wins).
  const seen = new Set<string>();
  const facts: ExtractedFact[] = [];
  for (const f of out) {
    const key = keyOf(f.fact.subject, f.fact.predicate, f.fact.object);
    if (seen.has(key)) continue;
    seen.add(key);
    f.fact.id = stableId("f", slug, key);
    facts.push(f);
  }
  return { facts, entities, references };
}

interface SentenceResult {
  facts: ExtractedFact[];
  referents: Referents;
  lastExplicitDate?: DateValue;
}

function factsFromSentence(a: Analysed, entities: EntityIndex, referents: Referents, previousDate: DateValue | undefined): SentenceResult {
  const { sentence, tokens } = a;
  const text = sentence.clean;
  const facts: ExtractedFact[] = [];
  const next: Referents = { ...referents };
  // Explicit dates win over relative ones in the same sentence ("one year later in September 2016").
  const explicit = findDates(text).filter((d) => !d.relative);
  const relative = explicit.length ? [] : findDates(text, previousDate).filter((d) => d.relative);
  const dates: DateMention[] = [...explicit, ...relative];
  const lastExplicitDate = explicit.length ? explicit[explicit.length - 1] : undefined;

  // Quote attributed in parentheses: “…” (Sundar Pichai).
  const quote = /[“"]([^”"]{8,})[”"]/.exec(text);
  if (quote && sentence.attribution) {
    const speaker = entities.canonical(sentence.attribution);
    facts.push(
      makeFact(sentence, {
        subject: speaker,
        predicate: "said",
        object: quote[0],
        value: { kind: "quote" },
        relation: "say",
        role: "quote",
        statement: `${speaker} said ${quote[0]}.`,
        grammar: baseGrammar({ mainVerb: "said", lemma: "say", tense: "past", cloze: `${quote[0]} (${speaker})`, objectStart: 0 }),
      }),
    );
    return { facts, referents: { ...next, singular: speaker } };
  }

  for (const clause of parseClauses(tokens)) {
    if (clause.dependent) continue;
    const subjectInfo = resolveSubject(a, clause, entities, next);
    if (!subjectInfo) continue;
    const { subject, plural, pronounSpan } = subjectInfo;
    if (!subjectInfo.compound && subjectInfo.isName) next.singular = subject;
    if (subjectInfo.compound) next.plural = subject;

    const verbTokens = tokens.slice(clause.verb[0], clause.verb[1]);
    const firstVerb = verbTokens.findIndex((t) => t.tags.has("Verb") || isAux(t));
    const hasLaterVerb = verbTokens.slice(firstVerb + 1).some((t) => (t.tags.has("Verb") || /(?:ed|en)$/.test(t.lower)) && !t.tags.has("Adverb") && t.lower !== "not");
    const aux = firstVerb >= 0 && isAux(verbTokens[firstVerb]) && hasLaterVerb ? verbTokens[firstVerb] : undefined;
    const afterAux = aux ? verbTokens.slice(firstVerb + 1) : verbTokens.slice(firstVerb);
    const mainIdx = afterAux.findIndex((t) => t.tags.has("Verb") || isAux(t) || /(?:ed|en)$/.test(t.lower));
    const main = afterAux[mainIdx] ?? verbTokens[firstVerb];
    const adverbs = afterAux.slice(0, Math.max(0, mainIdx)).map((t) => t.text).join(" ");
    const chain = afterAux.slice(mainIdx + 1).map((t) => t.text).join(" ");
    const negated = verbTokens.some((t) => t.lower === "not" || t.lower === "n't" || t.lower === "never");
    const passive = !!aux && /^(?:is|are|was|were|be|been)$/.test(aux.lower) && /(?:ed|en|wn|lt|de)$/.test(main.lower);
    const copula = !aux && lemma(main.lower) === "be";
    const verbText = spanText(text, tokens, clause.verb[0], clause.verb[1]);
    const grammarBase = {
      subordinate: clause.connective !== undefined && /^(?:because|since|so|when|as)$/.test(clause.connective),
      aux: aux?.text,
      adverbs,
      mainVerb: main.text,
      chain,
      lemma: lemma(main.lower),
      tense: tenseOf(aux?.lower ?? main.lower, aux?.tags ?? main.tags),
      passive,
      plural,
      copula,
    };
    const [cFrom, cTo] = clause.complement;
    const complement = cFrom < cTo ? spanText(text, tokens, cFrom, cTo) : "";
    const clozeBase = pronounSpan ? text.slice(0, pronounSpan[0]) + pronounSpan[2] + text.slice(pronounSpan[1]) : text;
    const shift = pronounSpan ? pronounSpan[2].length - (pronounSpan[1] - pronounSpan[0]) : 0;
    const offsetInCloze = (i: number) => (pronounSpan && i >= pronounSpan[1] ? i + shift : i);

    // Date facts: a date inside the clause, or in the sentence's leading adverbial.
    const clauseStart = tokens[clause.verb[0]].start;
    const clauseEnd = tokens[Math.max(cTo, clause.verb[1]) - 1].end;
    const leadStart = clause.leading ? tokens[clause.leading[0]].start : -1;
    const leadEnd = clause.leading ? tokens[clause.leading[1] - 1].end : -1;
    const inClause = dates.find((d) => d.index >= clauseStart && d.index < clauseEnd);
    const inLead = dates.find((d) => d.index >= leadStart && d.index < leadEnd);
    const date = inClause ?? inLead ?? (sentenceLeadDate(a, dates, clause));
    if (date) {
      let tail: string;
      if (inClause && cFrom < cTo) {
        tail = text.slice(tokens[cFrom].start, date.index).trim();
        // drop a relative phrase made redundant by the explicit date ("one year later in")
        tail = tail.replace(/\b(?:one|two|three|four|five|a|\d+)\s+(?:years?|months?|days?|weeks?)\s+(?:later|earlier|after|before)\s*,?\s*/i, "").trim();
        if (!/\b(?:in|on|by|since|during|until|from|of|at)$/i.test(tail)) tail = `${tail} ${date.precision === "day" ? "on" : "in"}`.trim();
      } else {
        tail = `${complement.replace(/[.,;:!?]+$/, "")} ${date.precision === "day" ? "on" : "in"}`.trim();
      }
      const predicate = `${verbText} ${tail}`.trim();
      const value: DateValue = { kind: "date", iso: date.iso, precision: date.precision, text: date.text, ...(date.relative ? { relative: true } : {}) };
      const objectText = date.text;
      facts.push(
        makeFact(sentence, {
          subject,
          predicate,
          object: objectText,
          value,
          relation: relationKey(grammarBase.lemma, tail),
          role: "time",
          statement: `${capitalise(subject)} ${predicate} ${date.relative ? formatDate(date) : objectText}.`,
          negated,
          grammar: {
            ...grammarBase,
            tail,
            objectIsName: false,
            cloze: clozeBase,
            objectStart: offsetInCloze(date.index),
            qualifier: "",
          },
        }),
      );
      continue;
    }

    // Non-date facts: split the complement into predicate tail, object and qualifier.
    if (cFrom >= cTo) continue;
    const split = splitComplement(text, tokens, cFrom, cTo, passive);
    if (!split) continue;
    const { tail, objFrom, objTo, qualifier, secondary } = split;
    let object = spanText(text, tokens, objFrom, objTo).replace(/[.,;:!?]+$/, "");
    const objectStartRaw = tokens[objFrom].start;
    const quoted = /[“"][^”"]{8,}[”"]/.exec(text.slice(tokens[cFrom].start));
    let value: FactValue;
    let objectStart = offsetInCloze(objectStartRaw);
    if (quoted) {
      object = quoted[0];
      value = { kind: "quote" };
      objectStart = offsetInCloze(text.indexOf(quoted[0]));
      if (subjectInfo.isName || /^[A-Z]/.test(subject)) {
        entities.addName(subject, "person");
        entities.setType(subject, "person");
      }
    } else value = classifyObject(object, tokens.slice(objFrom, objTo), entities);
    if (!/[\p{L}\p{N}]/u.test(object)) continue;
    const objectIsName = value.kind === "entity";
    const canonicalObject = objectIsName ? entities.canonicalise(object) : object;
    const predicate = `${verbText}${tail ? ` ${tail}` : ""}`;
    const relation = relationKey(grammarBase.lemma, tail);
    const agentish = (passive && /\bby$/i.test(tail)) || (AGENT_VERBS.has(grammarBase.lemma) && !copula);
    const role =
      value.kind === "quote"
        ? "quote"
        : objectIsName && agentish && (value as { entityType: EntityType }).entityType !== "product"
          ? "agent"
          : relation;
    const objectHead = headNoun(tokens.slice(objFrom, objTo));
    facts.push(
      makeFact(sentence, {
        subject,
        predicate,
        object: canonicalObject,
        value,
        relation,
        role,
        statement: `${capitalise(subject)} ${predicate} ${canonicalObject}${qualifier && value.kind !== "quote" ? `${qualifier.startsWith(", ") ? "" : " "}${qualifier}` : ""}.`,
        negated,
        objectAliases: objectIsName ? entities.aliases(object).filter((x) => x !== canonicalObject) : undefined,
        grammar: {
          ...grammarBase,
          tail,
          objectHead,
          objectIsName,
          cloze: clozeBase,
          objectStart,
          qualifier,
        },
      }),
    );
    // "developed by X as an internal research tool" also says what it was developed as.
    if (secondary) {
      const secObject = spanText(text, tokens, secondary.from, secondary.to).replace(/[.,;:!?]+$/, "");
      const secTail = secondary.prep;
      const secPredicate = `${verbText} ${secTail}`;
      facts.push(
        makeFact(sentence, {
          subject,
          predicate: secPredicate,
          object: secObject,
          value: classifyObject(secObject, tokens.slice(secondary.from, secondary.to), entities),
          relation: relationKey(grammarBase.lemma, secTail),
          role: relationKey(grammarBase.lemma, secTail),
          statement: `${capitalise(subject)} ${secPredicate} ${secObject}.`,
          negated,
          grammar: {
            ...grammarBase,
            tail: secTail,
            objectHead: headNoun(tokens.slice(secondary.from, secondary.to)),
            objectIsName: false,
            cloze: clozeBase,
            objectStart: offsetInCloze(tokens[secondary.from].start),
            qualifier: "",
          },
        }),
      );
    }
  }
  return { facts, referents: next, lastExplicitDate };
}

/** A date in a leading adverbial scopes every clause of its sentence ("Later in October 2019, A and B"). */
function sentenceLeadDate(a: Analysed, dates: DateMention[], clause: Clause): DateMention | undefined {
  if (clause.leading || dates.length === 0) return undefined;
  const firstVerbStart = a.tokens[clause.verb[0]].start;
  const lead = dates.find((d) => d.index < firstVerbStart && a.tokens.slice(0, 6).some((t) => t.post.includes(",") && t.end >= d.index + d.length));
  return clause.connective === "and" ? lead : undefined;
}

interface SubjectInfo {
  subject: string;
  plural: boolean;
  compound: boolean;
  isName: boolean;
  /** [start, end, replacement] of a pronoun subject inside the clean sentence. */
  pronounSpan?: [number, number, string];
}

function resolveSubject(a: Analysed, clause: Clause, entities: EntityIndex, referents: Referents): SubjectInfo | null {
  const { tokens } = a;
  const text = a.sentence.clean;
  let [from, to] = clause.subject;
  // Apposition "another competitor, PyTorch," — keep the comma-separated part that is a name.
  const parts: Array<[number, number]> = [];
  let partStart = from;
  for (let i = from; i < to; i++) {
    if (tokens[i].post.includes(",")) {
      parts.push([partStart, i + 1]);
      partStart = i + 1;
    }
  }
  if (partStart < to) parts.push([partStart, to]);
  if (parts.length > 1) {
    // "Sundar Pichai, the chief executive of Google,": a leading run of capitalised words is the name
    const leadingName = tokens.slice(parts[0][0], parts[0][1]).every((t) => /^[A-Z]/.test(t.text));
    const named = leadingName ? parts[0] : parts.find(([f, t]) => a.names.spans.some(([s, e]) => s >= f && e <= t));
    // with no name, the part next to the verb is the subject ("To chat with others, you can …")
    [from, to] = named ?? parts[parts.length - 1];
  }
  while (from < to && /^(?:and|but|or|so|then|thus|also)$/i.test(tokens[from].lower)) from++;
  while (to > from && /^(?:also|both|all|only|thus|then|still)$/i.test(tokens[to - 1].lower)) to--;
  if (from >= to || to - from > 9) return null;
  const first = tokens[from];
  const raw = spanText(text, tokens, from, to).replace(/[.,;:]+$/, "");
  const words = raw.split(/\s+/);
  if (to - from === 1 && PRONOUNS_SINGULAR.has(first.lower)) {
    if (!referents.singular) return null;
    return { subject: referents.singular, plural: false, compound: false, isName: true, pronounSpan: [first.start, first.end, referents.singular] };
  }
  if (to - from === 1 && PRONOUNS_PLURAL.has(first.lower)) {
    if (!referents.plural) return null;
    return { subject: referents.plural, plural: true, compound: true, isName: false, pronounSpan: [first.start, first.end, referents.plural] };
  }
  if (POSSESSIVES.has(first.lower)) {
    const owner = first.lower === "their" ? referents.plural : referents.singular;
    if (!owner) return null;
    const rest = spanText(text, tokens, from + 1, to);
    const replacement = `${owner}’s`;
    return { subject: `${owner}’s ${rest}`, plural: false, compound: false, isName: false, pronounSpan: [first.start, first.end, replacement] };
  }
  if (UNRESOLVABLE.has(first.lower)) return null;
  // "to enable X …", "for schemas …": a phrase that opens with a preposition is not a subject
  if (first.lower === "to" || (first.tags.has("Preposition") && !/^[A-Z]/.test(first.text))) return null;
  if (!tokens.slice(from, to).some(isNounish)) return null;
  if (tokens.slice(from, to).some((t) => t.tags.has("Pronoun") && !POSSESSIVES.has(t.lower))) return null;
  const canonical = entities.canonicalise(raw);
  // Sentence-initial capitals are not part of a common-noun subject ("Self-driving cars" → "self-driving cars").
  const allCapitalised = tokens.slice(from, to).every((t) => /^[A-Z]/.test(t.text));
  // A lone capitalised word before a verb ("Pytorch arrived") is a name; "Machine learning" is not.
  const keepCase = allCapitalised || to - from === 1 || entities.isNameToken(tokens, from);
  const subject = keepCase ? canonical : canonical.charAt(0).toLowerCase() + canonical.slice(1);
  const compound = /\b(?:and|&)\b/.test(raw) && a.names.spans.filter(([s, e]) => s >= from && e <= to).length >= 2;
  // A lone capitalised singular word as subject ("Pytorch arrived …") is a name even if seen once.
  const loneCapital = to - from === 1 && /^[A-Z]/.test(first.text) && !first.tags.has("Plural");
  const isName = loneCapital || a.names.spans.some(([s, e]) => s === from && e === to) || entities.isKnownName(raw);
  // A bare common noun ("computations", "graphs") is too vague to quiz on.
  if (!isName && !compound && words.length < 2 && !a.names.spans.some(([s, e]) => s >= from && e <= to)) return null;
  const plural = compound || tokens[to - 1].tags.has("Plural");
  return { subject, plural, compound, isName };
}

interface ComplementSplit {
  tail: string;
  objFrom: number;
  objTo: number;
  qualifier: string;
  secondary?: { prep: string; from: number; to: number };
}

/**
 * Complement → tail + object + qualifier: leading prepositions and adjective+preposition
 * ("great for", "particularly popular for") join the predicate; long objects are cut at a
 * preposition so the object is a crisp noun phrase and the rest a qualifier.
 */
function splitComplement(text: string, tokens: Token[], from: number, to: number, passive: boolean): ComplementSplit | null {
  let k = from;
  const tailTokens: Token[] = [];
  // adjective/adverb + preposition: "great for", "particularly popular for", "on the rise" stays object
  let j = k;
  while (j < to && (tokens[j].tags.has("Adjective") || tokens[j].tags.has("Adverb")) && !tokens[j].tags.has("Noun")) j++;
  if (j > k && j < to && tokens[j].tags.has("Preposition") && PREPOSITIONS.has(tokens[j].lower) && j + 1 < to) {
    tailTokens.push(...tokens.slice(k, j + 1));
    k = j + 1;
  } else if (tokens[k].tags.has("Preposition") && PREPOSITIONS.has(tokens[k].lower) && k + 1 < to && tokens[k].lower !== "as") {
    tailTokens.push(tokens[k]);
    k++;
  }
  if (k >= to) return null;
  let objTo = to;
  let secondary: ComplementSplit["secondary"];
  const mustCut = passive && tailTokens.some((t) => t.lower === "by");
  // "because of …" and "due to …" give a reason: never part of the object
  for (let i = k + 1; i < to; i++) {
    if ((tokens[i].lower === "because" && tokens[i + 1]?.lower === "of") || (tokens[i].lower === "due" && tokens[i + 1]?.lower === "to")) {
      objTo = i;
      break;
    }
  }
  if (objTo - k > MAX_OBJECT_WORDS || mustCut) {
    for (let i = k + 1; i < objTo; i++) {
      const t = tokens[i];
      if (tokens[i - 1].post.includes(",")) {
        objTo = i; // "TensorBoard, a tool for …": the apposition is not the object
        break;
      }
      if (i < k + 2) continue;
      if (t.tags.has("Preposition") && PREPOSITIONS.has(t.lower) && t.lower !== "of" && !(t.lower === "as" && tokens[i - 1].lower === "such")) {
        objTo = i;
        if (t.lower === "as" && i + 1 < to && to - (i + 1) <= MAX_OBJECT_WORDS) secondary = { prep: t.lower, from: i + 1, to };
        break;
      }
      if (tokens[i - 1].post.includes(",")) {
        objTo = i;
        break;
      }
    }
  }
  // Trim dangling function words off the object.
  while (objTo > k + 1 && /^(?:and|or|but|the|a|an|of|to|in|for|with)$/i.test(tokens[objTo - 1].lower)) objTo--;
  // keep the comma of an apposition ("TensorBoard, a tool for …") so the restatement still reads well
  const joiner = objTo < to && tokens[objTo - 1].post.includes(",") ? ", " : "";
  const qualifier = objTo < to ? joiner + spanText(text, tokens, objTo, to).replace(/^[,\s]+/, "").replace(/[.,;:!?]+$/, "") : "";
  return {
    tail: tailTokens.map((t) => t.text).join(" "),
    objFrom: k,
    objTo,
    qualifier,
    secondary,
  };
}

function headNoun(tokens: Token[]): string | undefined {
  let last: Token | undefined;
  for (const t of tokens) {
    if (t.tags.has("Preposition") || t.tags.has("Conjunction") || t.tags.has("Verb")) break;
    if (t.tags.has("Noun") && !t.tags.has("Pronoun")) last = t;
  }
  return last?.text.replace(/[.,;:]+$/, "");
}

function classifyObject(object: string, tokens: Token[], entities: EntityIndex): FactValue {
  const bare = object.replace(DETERMINERS, "").replace(/[’']s\b.*$/, (m) => m);
  if (/^\d+(?:[.,]\d+)?%?$/.test(bare)) return { kind: "number" };
  if (entities.isKnownName(bare)) return { kind: "entity", entityType: entities.typeOf(bare) };
  // "the Google Brain team": a name followed by an organisational head noun
  const words = bare.split(/\s+/);
  const head = words[words.length - 1]?.toLowerCase();
  const nameLike = words.slice(0, -1).join(" ");
  if (words.length >= 2 && /^(?:team|company|lab|group|foundation|project|organisation|organization)$/.test(head) && (entities.isKnownName(nameLike) || /^[A-Z]/.test(nameLike))) {
    return { kind: "entity", entityType: "organization" };
  }
  if (tokens.length > 0 && tokens.every((t) => /^[A-Z0-9]/.test(t.text) || /^(?:the|of|and)$/i.test(t.text)) && tokens.some((t) => /^[A-Z]/.test(t.text))) {
    return { kind: "entity", entityType: entities.typeOf(bare, tokens) };
  }
  return { kind: "phrase" };
}

function baseGrammar(over: Partial<FactGrammar> & Pick<FactGrammar, "mainVerb" | "lemma" | "tense" | "cloze" | "objectStart">): FactGrammar {
  return { adverbs: "", chain: "", tail: "", passive: false, plural: false, copula: false, objectIsName: false, qualifier: "", ...over };
}

interface FactDraft {
  subject: string;
  predicate: string;
  object: string;
  value: FactValue;
  relation: string;
  role: string;
  statement: string;
  negated?: boolean;
  objectAliases?: string[];
  grammar: FactGrammar;
  reference?: Fact["reference"];
}

function makeFact(sentence: Sentence | { text: string; start: number; end: number; citations: string[]; section?: string }, d: FactDraft): ExtractedFact {
  const fact: Fact = {
    id: "",
    subject: d.subject,
    predicate: d.predicate,
    object: d.object,
    sentence: sentence.text,
    ...(sentence.citations[0] ? { citation: sentence.citations.join("; ") } : {}),
    value: d.value,
    relation: d.relation,
    role: d.role,
    statement: d.statement.replace(/\s+/g, " ").replace(/\s+([.,;:])/g, "$1"),
    ...(sentence.section ? { section: sentence.section } : {}),
    span: { start: sentence.start, end: sentence.end },
    ...(d.negated ? { negated: true } : {}),
    ...(d.objectAliases && d.objectAliases.length ? { objectAliases: d.objectAliases } : {}),
    ...(d.reference ? { reference: d.reference } : {}),
  };
  return { fact, grammar: d.grammar };
}

/** Reference entries carry facts of their own: who wrote a work, where and when it appeared. */
function factsFromReference(ref: Reference, entities: EntityIndex): ExtractedFact[] {
  if (!ref.title) return [];
  const subject = `“${ref.title}”`;
  const source = { text: ref.text, start: 0, end: 0, citations: [ref.citation], section: "References" };
  const reference = { text: ref.text, ...(ref.url ? { url: ref.url } : {}), title: ref.title };
  const out: ExtractedFact[] = [];
  const cloze = ref.text;
  const at = (s: string | undefined) => (s ? cloze.indexOf(s) : -1);
  if (ref.author) {
    out.push(
      makeFact(source, {
        subject,
        predicate: "was written by",
        object: ref.author,
        value: { kind: "entity", entityType: "person" },
        relation: "write by",
        role: "agent",
        statement: `${subject} was written by ${ref.author}.`,
        reference,
        grammar: baseGrammar({ aux: "was", mainVerb: "written", lemma: "write", tense: "past", passive: true, tail: "by", objectIsName: true, cloze, objectStart: -1 }),
      }),
    );
  }
  if (ref.publication) {
    const dated = !!ref.date;
    out.push(
      makeFact(source, {
        subject,
        predicate: dated ? "was published in" : "was published by",
        object: entities.canonical(ref.publication),
        value: { kind: "entity", entityType: "organization" },
        relation: dated ? "publish in" : "publish by",
        role: "venue",
        statement: `${subject} was published ${dated ? "in" : "by"} ${ref.publication}.`,
        reference,
        grammar: baseGrammar({ aux: "was", mainVerb: "published", lemma: "publish", tense: "past", passive: true, tail: dated ? "in" : "by", objectIsName: true, cloze, objectStart: at(ref.publication) }),
      }),
    );
  }
  if (ref.date) {
    out.push(
      makeFact(source, {
        subject,
        predicate: "was published on",
        object: ref.date.text,
        value: ref.date,
        relation: "publish on",
        role: "time",
        statement: `${subject} was published on ${ref.date.text}.`,
        reference,
        grammar: baseGrammar({ aux: "was", mainVerb: "published", lemma: "publish", tense: "past", passive: true, tail: "on", cloze, objectStart: at(ref.date.text) }),
      }),
    );
  }
  return out;
}
