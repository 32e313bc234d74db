// Owns reading CommonMark (markdown-it, linear on any input) into prose blocks: headings,
// paragraphs, list items, block quotes and table rows, each as clean text mapped back to the
// original file. Code, inline HTML, images, link targets and bare URLs are dropped; link text,
// emphasis and inline code keep their words.
import MarkdownIt from "markdown-it";
type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];
import { MappedText, TextBuilder } from "../mapped-text";

export type RawBlockKind = "heading" | "paragraph" | "item" | "quote" | "row";

export interface RawBlock {
  kind: RawBlockKind;
  text: MappedText;
  /** Heading level (1–6). */
  level?: number;
  /** List items of one list share an id; so do the rows of one table. */
  group?: number;
  /** Nesting depth of lists/quotes around the block. */
  depth: number;
  /** A bold lead-in that labels the block ("**1.13 — The Try Operator:** …"), without its markup. */
  label?: string;
  /** The texts of the block's links to other sites ("[Packer](http://packer.io) is a tool …" → Packer): a linked word is often a name. */
  links?: string[];
  /** The block's inline code ("`panic!()` macro" → panic!()): each is one thing, never cut by a blank. */
  code?: string[];
  /** Table rows: the header cells, and this row's cells. */
  header?: string[];
  cells?: string[];
}

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Source lines of the rewritten text, to place inline content (markdown-it gives lines, not columns). */
class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  line(n: number): { text: string; start: number } {
    const start = this.starts[n] ?? this.text.length;
    const next = this.starts[n + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return { text: this.text.slice(start, end), start };
  }
}

/**
 * Offsets (in the rewritten text) of each character of an inline token's `content`. markdown-it
 * strips a prefix from each line (indentation, "> ", list markers) and trims the whole: each
 * content line is a suffix of its source line, up to trailing spaces.
 */
function contentOffsets(content: string, map: [number, number] | null, lines: Lines): Int32Array {
  const offsets = new Int32Array(content.length);
  if (!map) return offsets.fill(-1);
  let at = 0;
  const parts = content.split("\n");
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const src = lines.line(map[0] + i);
    const trimmed = src.text.trimEnd();
    let k = trimmed.length - part.trimEnd().length;
    if (k < 0 || src.text.slice(k, k + part.length) !== part) {
      const found = src.text.indexOf(part);
      k = found >= 0 ? found : Math.max(0, indentOfLine(src.text));
    }
    for (let j = 0; j < part.length; j++) offsets[at + j] = src.start + Math.min(k + j, Math.max(0, src.text.length - 1));
    at += part.length;
    if (i < parts.length - 1) offsets[at++] = src.start + src.text.length; // the newline
  }
  return offsets;
}

const indentOfLine = (s: string) => s.length - s.trimStart().length;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]{1,500}|\b[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}\b/g;

/** Appends plain text minus bare URLs and e-mail addresses (debris in a question). */
const PREPOSITION_BEFORE = /\b(?:at|from|to|on|in|via|under|of)\s+$/i;

function appendProse(b: TextBuilder, text: string, offsetOf: (i: number) => number): void {
  let last = 0;
  for (const m of text.matchAll(URL)) {
    // "a new service at https://index.crates.io/ for hosting …": the address is the preposition's object, a word of the sentence
    if (PREPOSITION_BEFORE.test(b.tail(12) + text.slice(last, m.index))) continue;
    const [from, to] = withBrackets(text, m.index ?? 0, (m.index ?? 0) + m[0].length);
    appendMapped(b, text.slice(last, from), last, offsetOf);
    last = to;
  }
  appendMapped(b, text.slice(last), last, offsetOf);
}

/**
 * The range a dropped address takes with it: brackets it leaves empty ("S6-RC (http://…)" had
 * read "S6-RC ()") and the separator it leaves dangling ("(Ubuntu; http://…)", "(http://…; defunct)").
 */
function withBrackets(text: string, from: number, to: number): [number, number] {
  // a sentence's own stop or separator is no part of the address ("(http://x.org/c; defunct)")
  to = from + text.slice(from, to).replace(/[.,;:!?]+$/, "").length;
  const before = /\s*(\((?:see|cf\.?)?|[;,])\s*$/i.exec(text.slice(Math.max(0, from - 20), from));
  const after = /^\s*([);,]?)\s*/.exec(text.slice(to, to + 20))!;
  const open = before?.[1].startsWith("(");
  if (before && open && after[1] === ")") return [from - before[0].length, to + after[0].indexOf(")") + 1];
  if (before && !open && after[1] === ")") return [from - before[0].length, to + after[0].indexOf(")")];
  if (open && (after[1] === ";" || after[1] === ",")) return [from, to + after[0].length];
  return [from, to];
}

function appendMapped(b: TextBuilder, piece: string, from: number, offsetOf: (i: number) => number): void {
  for (let i = 0; i < piece.length; i++) b.insert(piece[i], offsetOf(from + i));
}

/**
 * The words of an inline token: each child's text is found in the raw content by a forward
 * search in a bounded window (entities and escapes decode, so a miss keeps the cursor's offset).
 */
/** A bold lead word that labels whatever follows it, even a name written in lower case ("**TL;DR** grpc-dotnet is now …"). */
const LEAD_WORD = /^(?:tl;\s?dr|tldr|update|note|summary|edit)$/i;

/**
 * The children of superscripts that mark a footnote: "client<sup>[9](#f9)</sup> is implemented"
 * read "client9 is implemented" (and a blank "WHATWG Streams18", rated garbled blind). A superscript
 * holding a link or a bracketed number marks one, and so do digits right after a word; "10<sup>6</sup>"
 * is a power and stays.
 */
function footnoteMarks(children: Token[]): Set<number> {
  const marks = new Set<number>();
  for (let i = 0; i < children.length; i++) {
    if (children[i].type !== "html_inline" || !/^<sup\b/i.test(children[i].content)) continue;
    let end = i + 1;
    while (end < children.length && !(children[end].type === "html_inline" && /^<\/sup\s*>/i.test(children[end].content))) end++;
    if (end === children.length) break; // no closing tag ahead: none for a later one either
    const inner = children.slice(i + 1, end);
    const text = inner.map((c) => c.content).join("").trim();
    const before = children[i - 1]?.type === "text" ? children[i - 1].content : "";
    if (inner.some((c) => c.type === "link_open") || /^\[\d+\]$/.test(text) || (/^\d+$/.test(text) && /\p{L}$/u.test(before))) for (let k = i; k <= end; k++) marks.add(k);
    i = end;
  }
  return marks;
}

function inlineText(inline: Token, lines: Lines, fallback: number): { text: MappedText; labelEnd?: number; links: string[]; code: string[] } {
  const content = inline.content;
  const offsets = contentOffsets(content, inline.map as [number, number] | null, lines);
  let cursor = 0;
  const offsetAt = (i: number) => {
    const o = offsets[Math.min(i, offsets.length - 1)] ?? -1;
    return o >= 0 ? o : fallback;
  };
  const locate = (piece: string): number => {
    if (!piece) return cursor;
    const window = content.slice(cursor, cursor + piece.length * 4 + 256);
    const at = window.indexOf(piece);
    return at >= 0 ? cursor + at : -1;
  };
  const b = new TextBuilder();
  let skipDepth = 0; // inside an image, a strikethrough or an autolink
  const linkIsUrl: boolean[] = [];
  const links: string[] = [];
  const code: string[] = [];
  let linkText: string | undefined;
  // a bold run that opens the block is its label
  const children = inline.children ?? [];
  const firstReal = children.findIndex((c) => !(c.type === "text" && !c.content.trim()));
  let labelEnd: number | undefined;
  let inLabel = children[firstReal]?.type === "strong_open";
  const marks = footnoteMarks(children);
  for (const [index, child] of children.entries()) {
    if (marks.has(index)) continue;
    if (inLabel && child.type === "strong_close") {
      inLabel = false;
      labelEnd = b.length;
    }
    switch (child.type) {
      case "text":
      case "code_inline": {
        if (skipDepth > 0) break;
        if (linkIsUrl.at(-1)) break;
        const piece = child.content;
        if (linkText !== undefined) linkText += piece;
        if (child.type === "code_inline" && piece.trim()) code.push(piece.trim());
        const at = locate(piece);
        if (at >= 0) {
          appendProse(b, piece, (i) => offsetAt(at + i));
          cursor = at + piece.length;
        } else {
          const here = offsetAt(cursor);
          appendProse(b, piece, () => here);
        }
        break;
      }
      case "softbreak":
      case "hardbreak":
        b.insert(" ", offsetAt(cursor));
        break;
      case "link_open": {
        // an autolink's text is its URL: no prose (a link's own text is kept, its target dropped)
        linkIsUrl.push(child.markup === "autolink" || child.markup === "linkify");
        // a link to a page of the same site names a page ("[Managing State](/learn/managing-state)
        // teaches …"), not a thing: only a link away tells a name
        if (!linkIsUrl.at(-1)) linkText = /^[a-z][a-z\d+.-]*:/i.test(String(child.attrGet("href") ?? "")) ? "" : undefined;
        break;
      }
      case "link_close":
        if (!linkIsUrl.pop() && linkText?.trim()) links.push(linkText.trim());
        linkText = undefined;
        break;
      case "s_open":
        skipDepth++;
        break;
      case "s_close":
        skipDepth = Math.max(0, skipDepth - 1);
        break;
      case "image":
      case "html_inline":
        break; // images and tags carry no prose (text between tags is kept)
      default:
        break; // emphasis markers
    }
  }
  return { text: b.build(), labelEnd, links, code };
}

/** markdown-it stream → prose blocks. `map` takes rewritten-text offsets to original offsets. */
export function readMarkdown(text: string, map: Int32Array): RawBlock[] {
  const tokens = md.parse(text, {});
  const lines = new Lines(text);
  const blocks: RawBlock[] = [];
  const toOriginal = (m: MappedText): MappedText => remap(m, map);
  let depth = 0;
  let group = 0;
  const listStack: number[] = [];
  let quoteDepth = 0;
  let itemDepth = 0;
  let heading: number | undefined;
  let table: { group: number; header: string[]; cells: string[]; inHead: boolean } | undefined;
  let rowCells: MappedText[] = [];
  // a table cell's inline token has no line map of its own: it is found on its row's line
  let rowLine = 0;
  for (const t of tokens) {
    switch (t.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        listStack.push(++group);
        depth++;
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listStack.pop();
        depth--;
        break;
      case "list_item_open":
        itemDepth++;
        break;
      case "list_item_close":
        itemDepth--;
        break;
      case "blockquote_open":
        quoteDepth++;
        depth++;
        break;
      case "blockquote_close":
        quoteDepth--;
        depth--;
        break;
      case "heading_open":
        heading = Number(t.tag.slice(1));
        break;
      case "heading_close":
        heading = undefined;
        break;
      case "table_open":
        table = { group: ++group, header: [], cells: [], inHead: false };
        break;
      case "table_close":
        table = undefined;
        break;
      case "thead_open":
        if (table) table.inHead = true;
        break;
      case "thead_close":
        if (table) table.inHead = false;
        break;
      case "tr_open":
        rowCells = [];
        rowLine = t.map?.[0] ?? rowLine;
        break;
      case "tr_close":
        if (table) {
          if (table.inHead) table.header = rowCells.map((c) => c.text);
          else if (rowCells.some((c) => c.text)) {
            const first = rowCells.find((c) => c.text) ?? rowCells[0];
            blocks.push({ kind: "row", text: toOriginal(first), group: table.group, depth, header: table.header, cells: rowCells.map((c) => c.text) });
          }
        }
        break;
      case "inline": {
        const lineStart = t.map ? lines.line(t.map[0]).start : 0;
        const fallbackLine = t.map?.[0] ?? (table ? rowLine : 0);
        const read = inlineText(t, lines, t.map ? lineStart : lines.line(fallbackLine).start);
        let inline = read.text;
        let label: string | undefined;
        if (read.labelEnd !== undefined && heading === undefined && !table) {
          const head = inline.text.slice(0, read.labelEnd).replace(/[\s:—–-]+$/, "").trim();
          const rest = inline.slice(read.labelEnd);
          const cut = rest.text.length - rest.text.replace(/^[\s:—–.-]+/, "").length;
          // a label is set off from what follows ("**X:** …", "**X** — …", "**X** A new …"); "**X** is …" is the sentence's subject
          const setOff = cut > 0 && /[:—–.-]/.test(rest.text.slice(0, cut)) || /^[:—–.]/.test(inline.text.slice(read.labelEnd - 1, read.labelEnd)) || /^\s*\p{Lu}/u.test(rest.text) || LEAD_WORD.test(head);
          if (head && head.length <= 80 && rest.text.slice(cut).trim() && setOff) {
            label = head;
            inline = rest.slice(cut).trim();
          }
        }
        if (table) {
          rowCells.push(inline);
          break;
        }
        if (!inline.text) break;
        if (heading !== undefined) {
          blocks.push({ kind: "heading", text: toOriginal(inline), level: heading, depth });
          break;
        }
        const kind: RawBlockKind = itemDepth > 0 ? "item" : quoteDepth > 0 ? "quote" : "paragraph";
        blocks.push({ kind, text: toOriginal(inline), depth, ...(kind === "item" ? { group: listStack.at(-1) } : {}), ...(label ? { label } : {}), ...(read.links.length ? { links: read.links } : {}), ...(read.code.length ? { code: read.code } : {}) });
        break;
      }
      default:
        break; // fences, code blocks, html blocks, rules: not prose
    }
  }
  return blocks;
}

/** Re-maps a MappedText built over the rewritten text onto offsets of the original file. */
function remap(m: MappedText, map: Int32Array): MappedText {
  const text = m.text;
  const offsets = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const o = m.sourceOffset(i);
    offsets[i] = map[Math.min(Math.max(0, o), map.length - 1)] ?? 0;
  }
  return new MappedText(text, offsets);
}
