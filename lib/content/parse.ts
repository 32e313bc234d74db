// Owns turning a markdown or plain-text review into blocks (headings, paragraphs, reference
// entries, a leading header block) with clean text that still maps to source offsets.
import { MappedText } from "./mapped-text";

export type BlockKind = "heading" | "paragraph" | "reference" | "header";

export interface Block {
  kind: BlockKind;
  text: MappedText;
  /** Heading level for headings (1–6). */
  level?: number;
  /** Text of the nearest heading above the block. */
  section?: string;
}

export interface ParsedDocument {
  frontMatter: Record<string, string>;
  /** Short lines before the first heading (author, e-mail, course) — metadata, not prose. */
  header: string[];
  title?: string;
  blocks: Block[];
}

const REFERENCES_HEADING = /^(?:references|bibliography|works cited|sources|citations|further reading)$/i;
const TERMINAL = /[.!?:;"”’)\]>]$/;
const URL_ONLY = /^<?https?:\/\/\S+>?\.?$/;

/** Inline markdown/HTML clean-up; every step is a deletion or substitution so offsets survive. */
function cleanInline(line: MappedText): MappedText {
  return line
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images carry no prose
    .replace(/\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)/g, "") // badges
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, "$1") // links keep their text
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1") // autolinks keep the URL (references need it)
    .replace(/<\/?[a-zA-Z][^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/g, (_, pre: string, inner: string) => `${pre}${inner}`)
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function parseFrontMatter(source: string): { data: Record<string, string>; end: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!m) return { data: {}, end: 0 };
  const data: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (kv) data[kv[1].toLowerCase()] = kv[2].replace(/^["']|["']$/g, "").trim();
  }
  return { data, end: m[0].length };
}

interface RawBlock {
  kind: "heading" | "paragraph";
  text: MappedText;
  level?: number;
}

/** Line scanner: fences, tables and list items are structural, everything else is prose. */
function scanBlocks(source: string, from: number): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: MappedText | null = null;
  let inFence = false;
  const flush = () => {
    if (current) {
      const cleaned = cleanInline(current);
      if (cleaned.text) blocks.push({ kind: "paragraph", text: cleaned });
    }
    current = null;
  };
  let offset = from;
  const lines = source.slice(from).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, "");
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (/^\s*$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^(\s{0,3}#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const htmlHeading = /^\s*<h([1-6])[^>]*>(.*?)<\/h\1>\s*$/i.exec(line);
    if (heading || htmlHeading) {
      flush();
      const level = heading ? heading[1].trim().length : Number(htmlHeading![1]);
      const text = cleanInline(MappedText.from(line, lineStart));
      const withoutHashes = text.replace(/^#+\s*/, "").replace(/\s*#+$/, "").trim();
      if (withoutHashes.text) blocks.push({ kind: "heading", text: withoutHashes, level });
      continue;
    }
    // Setext heading: a line of === or --- under a single prose line.
    if (/^\s*(=+|-+)\s*$/.test(line) && current && !current.text.includes("\n")) {
      const text = cleanInline(current);
      current = null;
      if (text.text) blocks.push({ kind: "heading", text, level: line.includes("=") ? 1 : 2 });
      continue;
    }
    if (/^\s*\|/.test(line) || /^\s*[-*_]{3,}\s*$/.test(line)) {
      flush(); // tables and rules are not sentences
      continue;
    }
    if (/^\s{0,3}(?:[-*+]|\d+[.)])\s+/.test(line) || /^\s*>/.test(line)) {
      flush(); // each list item / quote line is its own block
      const body = MappedText.from(line, lineStart).replace(/^\s*(?:[-*+]|\d+[.)]|>+)\s*/, "");
      current = body;
      continue;
    }
    const piece = MappedText.from(line, lineStart);
    current = current ? current.concat(piece, "\n") : piece;
  }
  flush();
  return blocks;
}

/**
 * Plain-text exports break paragraphs mid-sentence ("given a\n\nwindow of opportunity."):
 * a paragraph without terminal punctuation followed by one starting in lower case is one paragraph.
 */
function repairBrokenParagraphs(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === "paragraph" &&
      b.kind === "paragraph" &&
      !TERMINAL.test(prev.text.text) &&
      /^[a-z]/.test(b.text.text)
    ) {
      prev.text = prev.text.concat(b.text);
      continue;
    }
    out.push(b);
  }
  return out;
}

export function parseDocument(source: string): ParsedDocument {
  const normalised = source.replace(/^\uFEFF/, "");
  const { data, end } = parseFrontMatter(normalised);
  const raw = repairBrokenParagraphs(scanBlocks(normalised, end));

  const blocks: Block[] = [];
  const header: string[] = [];
  let section: string | undefined;
  let inReferences = false;
  let seenHeading = false;
  for (const b of raw) {
    if (b.kind === "heading") {
      seenHeading = true;
      section = b.text.text;
      inReferences = REFERENCES_HEADING.test(section);
      blocks.push({ kind: "heading", text: b.text, level: b.level, section });
      continue;
    }
    const text = b.text.text;
    // Header lines: short, unpunctuated, before any heading (name, e-mail, course).
    if (!seenHeading && !TERMINAL.test(text) && text.split(/\s+/).length <= 8) {
      header.push(text);
      blocks.push({ kind: "header", text: b.text });
      continue;
    }
    if (inReferences) {
      const prev = blocks[blocks.length - 1];
      // A URL on its own line belongs to the entry above it.
      if (prev && prev.kind === "reference" && URL_ONLY.test(text)) {
        prev.text = prev.text.concat(b.text);
        continue;
      }
      blocks.push({ kind: "reference", text: b.text, section });
      continue;
    }
    blocks.push({ kind: "paragraph", text: b.text, section });
  }
  const firstHeading = blocks.find((b) => b.kind === "heading" && !REFERENCES_HEADING.test(b.text.text));
  return { frontMatter: data, header, title: data.title ?? firstHeading?.text.text, blocks };
}
