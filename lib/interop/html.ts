// Owns the conversion between note HTML and plain text: Anki fields are HTML written by editors
// and add-ons, Recall's questions are plain text. Parsing (not regexes) keeps markup, scripts and
// entities from leaking into questions; media references are counted so the importer can say
// what it left out.
import { Parser } from "htmlparser2";

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
  "p", "pre", "section", "table", "tr", "ul",
]);
/** Elements whose content is never text a learner reads. */
const HIDDEN_TAGS = new Set(["script", "style", "template", "noscript", "head", "title", "object", "iframe", "svg", "math"]);
const MEDIA_TAGS = new Set(["img", "audio", "video", "source", "object", "embed", "iframe", "svg"]);
const SOUND_TAG = /\[sound:[^\]]*\]/g;

export type HtmlText = { text: string; media: number };

/** Normalises text the way a reader sees it: one space between words, lines trimmed, no blank runs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/** Visible text of an HTML fragment, with line breaks where the markup breaks lines. */
export function htmlToText(html: string): HtmlText {
  let out = "";
  let hidden = 0;
  let media = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_TAGS.has(name)) hidden++;
        if (MEDIA_TAGS.has(name)) media++;
        if (name === "br") out += "\n";
        else if (BLOCK_TAGS.has(name)) out += "\n";
      },
      ontext(text) {
        // Source newlines inside HTML are not line breaks.
        if (hidden === 0) out += text.replace(/[\r\n\t]+/g, " ");
      },
      onclosetag(name) {
        if (HIDDEN_TAGS.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK_TAGS.has(name)) out += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const sounds = out.match(SOUND_TAG)?.length ?? 0;
  return { text: tidyText(out.replace(SOUND_TAG, " ")), media: media + sounds };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Plain text as an HTML fragment: escaped, with its line breaks kept. */
export function textToHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}
