// Owns the line-level rewrite of a review into plain CommonMark before it is parsed: front matter
// read and removed, reStructuredText (underlined headings, directives, roles, `link <url>`_),
// AsciiDoc ("= Title" and "== Section" headings, `link:url[text]`, attribute lines, listing blocks),
// MkDocs/pymdown (`{ #id }` heading attributes, `///` and `!!!` admonitions) and template
// shortcodes (`{{ … }}`, `{% … %}`). Every output character keeps the offset it had in the
// original file. Each line is scanned a bounded number of times: linear in the input.

export interface Rewritten {
  text: string;
  /** map[i] = offset in the original file of text[i] */
  map: Int32Array;
  frontMatter: Record<string, string>;
}

class LayoutBuilder {
  private readonly chunks: string[] = [];
  private readonly maps: Int32Array[] = [];
  private size = 0;

  append(text: string, start: number): void {
    const m = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) m[i] = start + i;
    this.push(text, m);
  }

  insert(text: string, at: number): void {
    this.push(text, new Int32Array(text.length).fill(at));
  }

  private push(text: string, m: Int32Array): void {
    if (!text) return;
    this.chunks.push(text);
    this.maps.push(m);
    this.size += text.length;
  }

  build(): { text: string; map: Int32Array } {
    const map = new Int32Array(this.size);
    let at = 0;
    for (const m of this.maps) {
      map.set(m, at);
      at += m.length;
    }
    return { text: this.chunks.join(""), map };
  }
}

interface Line {
  text: string;
  start: number;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf("\n", start);
    const end = nl < 0 ? source.length : nl;
    lines.push({ text: source.slice(start, end).replace(/\r$/, ""), start });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const isBlank = (s: string) => s.trim() === "";
const indentOf = (s: string) => s.length - s.trimStart().length;

/**
 * Leading `---` (YAML, or Zine's SuperMD `.title = "…",`) or `+++` (TOML) block: its simple
 * `key: value` pairs, and how many lines it spans.
 */
function frontMatterOf(lines: Line[]): { data: Record<string, string>; lineCount: number } {
  const fence = lines[0]?.text.trim();
  if (fence !== "---" && fence !== "+++") return { data: {}, lineCount: 0 };
  const limit = Math.min(lines.length, 200);
  for (let i = 1; i < limit; i++) {
    if (lines[i].text.trim() !== fence) continue;
    const data: Record<string, string> = {};
    for (const { text } of lines.slice(1, i)) {
      const kv = /^(\.?)([A-Za-z][\w-]{0,40})\s*[:=]\s*(.{0,500})$/.exec(text.trim());
      if (!kv) continue;
      // SuperMD: `.date = @date("2024-08-07:00:00:00"),`
      const value = kv[1] ? kv[3].replace(/,$/, "").replace(/^@\w+\((.*)\)$/, "$1") : kv[3];
      data[kv[2].toLowerCase()] = value.replace(/^["']|["']$/g, "").trim();
    }
    return { data, lineCount: i + 1 };
  }
  return { data: {}, lineCount: 0 };
}

const ADORNMENT = /^([=\-~`^"'*+#:.])\1{2,}\s*$/;
/** A plain-text underline of two marks in turn ("=-=-=-", "-=-=-"): no Markdown, but a heading to its writer (Dinit's comparison). */
const ALTERNATING_UNDERLINE = /^(?:([=\-~*+])(?!\1)([=\-~*+])){2,}\1?\s*$/;
const RST_SIGNALS = [/^\.\.\s+[\w-]+::/m, /:[a-z][\w-]*:`[^`\n]/, /`[^`\n]{1,200}<[^`\n>]{1,200}>`__?/];

/** Titles underlined with at least as many `~ ^ " ' +` as they have characters (never a 3-char code fence), or over- and underlined alike (two). */
function rstUnderlines(lines: string[]): number {
  let n = 0;
  for (let i = 1; i < lines.length && n < 2; i++) {
    const m = /^([~`^"'+])\1{3,}\s*$/.exec(lines[i]);
    const title = lines[i - 1].trim();
    if (m && title && !ADORNMENT.test(title) && lines[i].trim().length >= title.length) n++;
    // a title between two equal lines of marks ("#####" / "Transaction Manifesto" / "#####"): no Markdown has one
    else if (i >= 2 && title && !ADORNMENT.test(title) && ADORNMENT.test(lines[i]) && lines[i].trim() === lines[i - 2].trim() && lines[i].trim().length >= title.length) n = 2;
  }
  return n;
}

/** Is this reStructuredText (inside a .md or not)? Its heading levels then follow adornment order. */
export function looksLikeRst(source: string): boolean {
  const head = source.slice(0, 200_000);
  return RST_SIGNALS.some((re) => re.test(head)) || rstUnderlines(head.split("\n", 5000)) >= 2;
}

const ADMONITIONS = new Set(["note", "warning", "tip", "important", "hint", "caution", "attention", "danger", "error", "seealso", "admonition", "versionadded", "versionchanged", "deprecated"]);

/** Inline reStructuredText: roles keep their text, hyperlinks keep their text, `name_` loses the underscore. */
function rstInline(line: string, start: number, out: LayoutBuilder): void {
  // `text <url>`_ , :role:`text <target>` , :role:`text` , :domain:role:`text` , `text`_ , |substitution| , word_
  // (a domain's role whole: ":py:func:`globals`" had read ":pyglobals", sixteenth round)
  const re = /(?:(?::[a-z][\w-]{0,30}){1,2}:)?`([^`<\n]{0,200}?)\s*(?:<[^`>\n]{0,300}>)?`(?:__?)?|\|[\w -]{1,40}\|_{0,2}|\b([A-Za-z][\w.-]{0,60})__?(?=[\s.,;:)!?]|$)/g;
  let last = 0;
  // the end of a hyperlink opened on the line before ("`DroidPlanner from" ⏎ "Arthur <https://…>`__,"): its text stays, its target goes
  const closing = /^([^`<\n]{1,200}?)\s*<[^`>\n]{0,300}>`__?/.exec(line);
  if (closing) {
    out.append(closing[1], start);
    last = closing[0].length;
  }
  re.lastIndex = last;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const at = m.index;
    const whole = m[0];
    const isRole = whole.startsWith(":");
    const isLink = /`__?$/.test(whole);
    // a plain `code` span is CommonMark's business (double backticks included)
    if (whole.startsWith("`") && !isLink) continue;
    if (whole.startsWith("``")) continue;
    out.append(line.slice(last, at), start + last);
    if (m[1] !== undefined && (isRole || isLink)) {
      const inner = whole.indexOf(m[1]);
      // ":py:class:`~xarray.DataArray`" shows only the last part of the target: "DataArray"
      const shown = isRole && m[1].startsWith("~") ? m[1].slice(m[1].lastIndexOf(".") + 1) : m[1];
      out.append(shown, start + at + inner + m[1].length - shown.length);
    } else if (m[2] !== undefined) {
      out.append(m[2], start + at);
    }
    last = at + whole.length;
  }
  // and its start: a lone backtick left open at the end of the line
  const tail = line.slice(last);
  const open = tail.indexOf("`");
  if (open >= 0 && open === tail.lastIndexOf("`") && /^[^`\s]/.test(tail.slice(open + 1))) {
    out.append(tail.slice(0, open), start + last);
    out.append(tail.slice(open + 1), start + last + open + 1);
  } else out.append(tail, start + last);
}

/** Heading attributes (`{ #id }`) and shortcodes (`{{ … }}`, `{% … %}`) inside a line. */
function stripInlineDebris(line: Line): Line[] {
  const pieces: Line[] = [];
  // a trailing attribute block is found from its last "{", never by a leading \s* scan (quadratic on long runs of spaces)
  let text = line.text;
  const brace = text.lastIndexOf("{");
  if (brace >= 0 && /^\{\s{0,5}[#.][\w\-.# ]{0,100}\}\s*$/.test(text.slice(brace))) text = text.slice(0, brace);
  const re = /\{\{[^{}\n]{0,300}\}\}|\{%[^\n]{0,300}?%\}/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    pieces.push({ text: text.slice(last, at), start: line.start + last });
    last = at + m[0].length;
  }
  pieces.push({ text: text.slice(last), start: line.start + last });
  return pieces;
}

/** AsciiDoc: a "= Title" line opens the document, "== Section" headings, or `link:url[text]` macros. */
export function looksLikeAsciiDoc(source: string): boolean {
  const head = source.slice(0, 200_000);
  // a Markdown heading opens a block; "# DIG07-10227). …" wrapped inside a paragraph is no heading
  if (/(?:^|\n[ \t]*\n)#{1,6}\s/.test(head)) return false;
  return /^\s*= \S/.test(head) || (head.match(/^={2,6} \S/gm)?.length ?? 0) >= 2 || /\blink:\S{1,300}?\[[^\]\n]*\]/.test(head);
}

/** Inline AsciiDoc: `link:url[text]`, `https://url[text]`, `xref:id[text]` and `<<id,text>>` keep their text. */
function asciiDocInline(line: string, start: number, out: LayoutBuilder): void {
  const re = /\b(?:link|xref):[^\s\[]{1,300}\[([^\]\n]{0,200})\]|\bhttps?:\/\/[^\s\[]{1,300}\[([^\]\n]{0,200})\]|<<[^,>\n]{1,100}(?:,\s*([^>\n]{1,200}))?>>/g;
  let last = 0;
  for (const m of line.matchAll(re)) {
    const at = m.index ?? 0;
    out.append(line.slice(last, at), start + last);
    const kept = m[1] ?? m[2] ?? m[3];
    if (kept) out.append(kept, start + at + m[0].indexOf(kept, m[0].indexOf("[") >= 0 ? m[0].indexOf("[") : m[0].indexOf(",")));
    last = at + m[0].length;
  }
  out.append(line.slice(last), start + last);
}

/**
 * A definition list's term: a short line opening a paragraph, no sentence of its own (no closing
 * punctuation but a colon, no list marker, heading or table), over a line indented deeper that
 * starts its definition as a sentence starts.
 */
function isDefinitionTerm(term: string, opensParagraph: boolean, body: string): boolean {
  const words = term.trim().split(/\s+/);
  if (!opensParagraph || indentOf(term) > 3 || isBlank(term) || words.length > 8 || indentOf(body) < indentOf(term) + 2 || isBlank(body)) return false;
  if (/[.,;!?]\s*$|::\s*$/.test(term) || /^\s*(?:[-*+>#|]|\d+[.)]\s|\.\.)/.test(term)) return false;
  // "PyTorch is fast\n    and flexible." is one sentence wrapped: a definition opens as a sentence does
  return /^\s*[\p{Lu}\d[`(*"“]/u.test(body) && !/^\s*(?:[-*+]\s|\d+[.)]\s)/.test(body);
}

export function rewriteDialects(original: string): Rewritten {
  const lines = splitLines(original);
  const out = new LayoutBuilder();
  const { data, lineCount } = frontMatterOf(lines);
  const rst = looksLikeRst(original);
  const adoc = !rst && looksLikeAsciiDoc(original);
  /** Inside an AsciiDoc listing or literal block ("----", "...."): no prose. */
  let adocBlock = "";
  const levels: string[] = [];
  /** Lines inside a dropped directive: those indented deeper than `dropIndent`. */
  let dropIndent = -1;
  /** Admonition content: indented lines lose `dedent` spaces so they read as paragraphs. */
  let dedent = 0;
  let dedentFloor = -1;
  let inFence = false;

  const emit = (line: Line) => {
    if (adoc) asciiDocInline(line.text, line.start, out);
    else if (rst && !inFence) rstInline(line.text, line.start, out);
    else for (const piece of stripInlineDebris(line)) out.append(piece.text, piece.start);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const newline = () => out.insert("\n", line.start + line.text.length);
    if (i < lineCount) {
      newline();
      continue;
    }
    const text = line.text;
    if (/^\s{0,3}(```|~~~)/.test(text) && !(rst && ADORNMENT.test(text) && i > 0 && !isBlank(lines[i - 1].text))) inFence = !inFence;
    if (inFence || /^\s{0,3}(```|~~~)/.test(text)) {
      out.append(text, line.start);
      newline();
      continue;
    }
    // inside a dropped directive / admonition body
    if (dropIndent >= 0) {
      if (isBlank(text) || indentOf(text) > dropIndent) {
        newline();
        continue;
      }
      dropIndent = -1;
    }
    if (dedentFloor >= 0) {
      if (isBlank(text)) {
        newline();
        continue;
      }
      if (indentOf(text) > dedentFloor) {
        const cut = Math.min(dedent, indentOf(text));
        emit({ text: text.slice(cut), start: line.start + cut });
        newline();
        continue;
      }
      dedentFloor = -1;
    }

    // a definition list's term ("MC" over its indented definition "MC serves as the output
    // abstraction layer …"): a paragraph of its own, its definition dedented ("MC MC serves as …"
    // was asked, twenty-fourth round)
    const body = lines[i + 1]?.text;
    if (body !== undefined && isDefinitionTerm(text, i === lineCount || isBlank(lines[i - 1].text), body)) {
      emit(line);
      newline();
      out.insert("\n", line.start + text.length);
      dedentFloor = indentOf(text);
      dedent = indentOf(body);
      continue;
    }

    if (rst) {
      // explicit markup: a directive, a target, a footnote, a substitution or else a comment (".. Changes
      // to the below paragraph should be mirrored on Hy's homepage." was asked, sixteenth round)
      const directive = /^(\s*)\.\.(?:\s+(?:(\S+?)::)?|$)/.exec(text);
      if (directive) {
        const name = directive[2]?.toLowerCase();
        if (name && ADMONITIONS.has(name)) {
          // keep the body (and any text after "note::") as prose
          const after = text.slice(text.indexOf("::") + 2).trim();
          if (after) {
            const at = text.indexOf(after, text.indexOf("::"));
            emit({ text: after, start: line.start + at });
          }
          dedentFloor = directive[1].length;
          dedent = 2 + 4 + dedentFloor; // body indentation is ≥ 3; dedent generously, bounded by the line's own indent
        } else dropIndent = directive[1].length;
        newline();
        continue;
      }
      if (/^:[\w-]+:\s*$/.test(text) && i < lineCount + 5) {
        newline(); // document-level field such as :orphan:
        continue;
      }
      // Underlined heading (optionally overlined): adornment order decides the level.
      const next = lines[i + 1];
      if (!isBlank(text) && !ADORNMENT.test(text) && next && ADORNMENT.test(next.text) && (i === 0 || isBlank(lines[i - 1].text) || ADORNMENT.test(lines[i - 1].text))) {
        const title = text.trim();
        if (next.text.trim().length >= Math.min(title.length, 3)) {
          const overlined = i > 0 && ADORNMENT.test(lines[i - 1].text);
          const style = `${next.text.trim()[0]}${overlined ? "o" : ""}`;
          if (!levels.includes(style)) levels.push(style);
          const level = Math.min(6, levels.indexOf(style) + 1);
          const at = line.start + indentOf(text);
          out.insert(`${"#".repeat(level)} `, at);
          emit({ text: title, start: at });
          newline();
          out.insert("\n", next.start + next.text.length); // the underline becomes a blank line
          i++;
          continue;
        }
      }
      if (ADORNMENT.test(text) && i + 1 < lines.length && !isBlank(lines[i + 1].text) && lines[i + 2] && ADORNMENT.test(lines[i + 2].text)) {
        newline(); // overline of a title handled on the next line
        continue;
      }
      // "Paragraph::" introduces a literal block; the colon pair is markup
      if (/[^:]::\s*$/.test(text)) {
        const cut = text.lastIndexOf("::");
        emit({ text: `${text.slice(0, cut)}:`, start: line.start });
        newline();
        continue;
      }
    }

    if (adoc) {
      // a listing or literal block, a comment block: dropped to its closing delimiter
      const delimiter = /^(-{4,}|\.{4,}|\/{4,}|\+{4,})\s*$/.exec(text);
      if (delimiter || adocBlock) {
        if (delimiter && (!adocBlock || delimiter[1] === adocBlock)) adocBlock = adocBlock ? "" : delimiter[1];
        newline();
        continue;
      }
      // "[start=1997]", "[source,java]", "[NOTE]", ":toc:", "// comment": markup only
      if (/^\[[^\]\n]*\]\s*$/.test(text) || /^:[\w-]+:/.test(text) || /^\/\/(?!\/)/.test(text)) {
        newline();
        continue;
      }
      const heading = /^(={1,6}) (\S.*)$/.exec(text);
      if (heading) {
        out.insert(`${"#".repeat(heading[1].length)} `, line.start);
        emit({ text: heading[2], start: line.start + heading[1].length + 1 });
        newline();
        continue;
      }
      // ". item" is an ordered list's item
      const ordered = /^(\.{1,5}) (?=\S)/.exec(text);
      if (ordered) {
        out.insert("1.", line.start);
        emit({ text: text.slice(ordered[1].length), start: line.start + ordered[1].length });
        newline();
        continue;
      }
    }
    // a title line alone, underlined with alternating marks as long as it: a section of its own
    const under = lines[i + 1]?.text;
    if (!adoc && under && ALTERNATING_UNDERLINE.test(under) && !isBlank(text) && (i === lineCount || isBlank(lines[i - 1].text)) && under.trim().length >= 0.8 * text.trim().length) {
      const at = line.start + indentOf(text);
      out.insert("## ", at);
      emit({ text: text.trim(), start: at });
      newline();
      out.insert("\n", lines[i + 1].start + under.length); // the underline becomes a blank line
      i++;
      continue;
    }
    // pymdown blocks "/// note | Title" and their closing "///": markup only, the body is prose
    if (/^\s{0,3}\/\/\/(?:\s|$)/.test(text)) {
      newline();
      continue;
    }
    // MkDocs admonitions "!!! note" / "??? tip": the 4-space-indented body is prose, not code
    const admonition = /^(\s*)(?:!!!|\?\?\?\+?)\s+\w/.exec(text);
    if (admonition) {
      dedentFloor = admonition[1].length;
      dedent = dedentFloor + 4;
      newline();
      continue;
    }
    // a line that is only a template shortcode
    if (/^\s*(?:\{\{[^\n]*\}\}|\{%[^\n]*%\})\s*$/.test(text)) {
      newline();
      continue;
    }
    // "#" opens no heading in reStructuredText or AsciiDoc: a wrapped line starting with one is text
    // ("# DIG07-10227). Additional support came from …" titled a RISC-V history's deck)
    if ((rst || adoc) && /^#{1,6}(?:\s|$)/.test(text)) out.insert("\\", line.start);
    emit(line);
    newline();
  }
  const built = out.build();
  // drop the final newline added after the last line
  const end = original.endsWith("\n") ? built.text.length : Math.max(0, built.text.length - 1);
  return { text: built.text.slice(0, end), map: built.map.slice(0, end), frontMatter: data };
}
