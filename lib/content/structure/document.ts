// Owns the document model the rest of the pipeline reads: prose blocks with their heading path
// (the topic context of every sentence), list items with the sentence that introduces their list,
// a header block of metadata lines (author, e-mail, course) and a references section — provenance,
// not quiz material. Input: Markdown, reStructuredText-ish Markdown, or plain text.
import type { MappedText } from "../mapped-text";
import { rewriteDialects } from "./dialects";
import { readMarkdown, type RawBlock, type RawBlockKind } from "./markdown";

export type BlockRole = "body" | "header" | "references";

export interface Block {
  /** Position in document order. */
  id: number;
  kind: RawBlockKind;
  text: MappedText;
  role: BlockRole;
  /** Titles of the headings above the block, outermost first (a heading's own path excludes itself). */
  headingPath: string[];
  level?: number;
  /** List items of one list (or rows of one table) share a group. */
  group?: number;
  /** For list items: the paragraph introducing the list when it ends with a colon ("It has:"). */
  leadIn?: string;
  depth: number;
  /** A bold lead-in naming what the block is about ("1.13 — The Try Operator"). */
  label?: string;
  header?: string[];
  cells?: string[];
  /** The texts of the block's links (what they point at is dropped). */
  links?: string[];
  /** The block's inline code, as written ("panic!()"): a blank takes a piece whole or leaves it. */
  code?: string[];
  /** In a showcase of other people's work ("Community Showcase", "Apps & Sites built with Svelte"): true. */
  showcase?: true;
}

export interface StructuredDocument {
  frontMatter: Record<string, string>;
  title?: string;
  /** Short metadata lines before the first heading (author, e-mail, course). */
  header: string[];
  blocks: Block[];
}

const REFERENCES = /^(?:references|bibliography|works cited|sources|citations|further reading|footnotes)$/i;
/**
 * Who wrote, drew, reviewed or paid for the document: provenance like references, never quiz
 * material ("Who turned the doodles into diagrams?", a RISC-V history's "Funding": award numbers).
 */
const CREDITS = /^(?:(?:our|the)\s+(?:\p{L}+\s+)?)?(?:acknowledge?ments?|credits|thanks|thank you|special thanks|contributors|speakers|panelists|presenters|about the (?:authors?|speakers?)|who worked on this\??|funding|sponsors|disclaimer)$/iu;
const TERMINAL = /[.!?:;"”’)\]]$/;

/** A paragraph that stops mid-sentence ("It provides" before a list of what it provides). */
export function endsMidSentence(text: string): boolean {
  return !TERMINAL.test(text.trimEnd());
}
/**
 * A newsletter's roundup of what others built ("Community Showcase", "Apps & Sites built with
 * Svelte"): one line on each of many apps, which a blind rater called trivia every time (12 of 12
 * questions on three "What's new in Svelte" posts).
 */
const SHOWCASE = /\bshowcase\b|\bbuilt with\b/i;

/**
 * Plain-text exports break paragraphs mid-sentence ("given a\n\nwindow of opportunity."): a
 * paragraph without terminal punctuation followed by one starting in lower case is one paragraph.
 */
function mergeBrokenParagraphs(blocks: RawBlock[], source: string): RawBlock[] {
  const out: RawBlock[] = [];
  // nothing but blank lines between them: "defined as\n\n\tfunc …\n\nand then" has code between, which is the rest of the sentence
  const adjacent = (a: RawBlock, b: RawBlock) => !source.slice(a.text.sourceRange(0, a.text.text.length).end, b.text.sourceRange(0, 0).start).trim();
  for (const b of blocks) {
    const prev = out[out.length - 1];
    // only a paragraph cut after a function word ("given a" / "window of opportunity.") is a break mid-sentence
    if (prev && prev.kind === "paragraph" && b.kind === "paragraph" && !TERMINAL.test(prev.text.text) && /^[a-z]/.test(b.text.text) && /\s(?:a|an|the|of|to|and|or|in|for|with|by|on|at|from|as|that|which|is|are|was|were|be|its|their)$/i.test(prev.text.text) && adjacent(prev, b)) {
      out[out.length - 1] = { ...prev, text: prev.text.concat(b.text) };
      continue;
    }
    out.push(b);
  }
  return out;
}

function cleanHeading(text: string): string {
  // an MDX heading anchor ("## Who worked on this? {/*who-worked-on-this*/}") is no part of its
  // title, nor is a section's number ("### 2.8 GPL vs. BSD" compares GPL and BSD, not "2.8 GPL")
  return text
    .replace(/\s*\{\/\*?[^{}]*?\*?\/\}\s*$/, "")
    // a closing run of "#" stands apart; one glued to a word is the name's ("The history of C#")
    .replace(/^[#\s]+|(?:\s+#+)?\s*$/g, "")
    .replace(/^(?:\d+\.)+\d*\s+(?=\p{Lu})/u, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function structureDocument(source: string): StructuredDocument {
  const original = source.replace(/^\uFEFF/, "");
  const rewritten = rewriteDialects(original);
  const raw = mergeBrokenParagraphs(readMarkdown(rewritten.text, rewritten.map), original);
  const blocks: Block[] = [];
  const header: string[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let inReferences = false;
  let seenHeading = false;
  let lastParagraph: { text: string; id: number } | undefined;
  for (const b of raw) {
    const id = blocks.length;
    if (b.kind === "heading") {
      const title = cleanHeading(b.text.text);
      if (!title) continue;
      const level = b.level ?? 1;
      while (path.length && path[path.length - 1].level >= level) path.pop();
      blocks.push({ id, kind: "heading", text: b.text, role: "body", headingPath: path.map((p) => p.title), level, depth: 0 });
      path.push({ level, title });
      seenHeading = true;
      // a section's subsections are part of it ("## Speakers" then "### Justin Crawford", one each)
      inReferences = path.some((p) => REFERENCES.test(p.title) || CREDITS.test(p.title));
      if (inReferences) blocks[id].role = "references";
      lastParagraph = undefined;
      continue;
    }
    const text = b.text.text;
    const headingPath = path.map((p) => p.title);
    // Before any heading, short unpunctuated lines are a header (name, e-mail, course), not prose.
    const isHeader = !seenHeading && b.kind === "paragraph" && !TERMINAL.test(text) && text.split(/\s+/).length <= 8 && blocks.every((x) => x.role === "header");
    if (isHeader) header.push(text);
    // "* [JIT, a Maze of Twisty Little Traces](…)": an item that is nothing but a link is a talk's or
    // a paper's title to follow up, not a statement of the review (Erlang's road to the JIT)
    const linkOnly = b.kind === "item" && !!b.links?.includes(text.trim().replace(/[.;,]$/, ""));
    const role: BlockRole = isHeader ? "header" : inReferences || linkOnly ? "references" : "body";
    const showcase = headingPath.some((h) => SHOWCASE.test(h));
    const block: Block = { id, kind: b.kind, text: b.text, role, headingPath, depth: b.depth, ...(showcase ? { showcase: true as const } : {}), ...(b.group !== undefined ? { group: b.group } : {}), ...(b.header ? { header: b.header, cells: b.cells } : {}), ...(b.label ? { label: b.label } : {}), ...(b.links ? { links: b.links } : {}), ...(b.code ? { code: b.code } : {}) };
    // the paragraph an item follows leads it in when it announces it ("… as follows:") or stops
    // mid-sentence ("It provides" ⏎ "- better insights for …")
    if (b.kind === "item" && lastParagraph && (/:\s*$/.test(lastParagraph.text) || endsMidSentence(lastParagraph.text))) block.leadIn = lastParagraph.text;
    if (b.kind === "paragraph" || b.kind === "quote") lastParagraph = { text, id };
    blocks.push(block);
  }
  // the first heading is the title when nothing ranks with it: a page that opens with "## Prometheus
  // vs. Graphite" beside "## Prometheus vs. InfluxDB" has sections, not a title
  const headings = blocks.filter((b) => b.kind === "heading" && b.role === "body");
  const firstHeading = headings[0];
  const titled = firstHeading && (firstHeading.level === 1 || !headings.slice(1).some((h) => (h.level ?? 6) <= (firstHeading.level ?? 6)));
  const title = rewritten.frontMatter.title ?? (titled ? cleanHeading(firstHeading.text.text) : undefined);
  return { frontMatter: rewritten.frontMatter, title, header, blocks };
}
