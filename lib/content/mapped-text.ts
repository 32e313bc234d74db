// Owns text that remembers where each character came from: every clean-up step of the structure
// layer builds its output piece by piece with the source offset of each character, so a sentence
// can always report its place in the original file.

export class MappedText {
  constructor(
    readonly text: string,
    /** map[i] = offset in the original source of text[i] */
    private readonly map: Int32Array,
  ) {}

  static from(text: string, start = 0): MappedText {
    const map = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) map[i] = start + i;
    return new MappedText(text, map);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source offset of the character at `index` (positions past the end map past the last char). */
  sourceOffset(index: number): number {
    if (this.text.length === 0) return 0;
    if (index >= this.text.length) return this.map[this.text.length - 1] + 1;
    return this.map[Math.max(0, index)];
  }

  /** Source range [start, end) of text[from, to). */
  sourceRange(from: number, to: number): { start: number; end: number } {
    if (to <= from) return { start: this.sourceOffset(from), end: this.sourceOffset(from) };
    return { start: this.sourceOffset(from), end: this.sourceOffset(to - 1) + 1 };
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.map.slice(start, end));
  }

  /** This text, a separator (mapped to the end of this text), then `other`. */
  concat(other: MappedText, separator = " "): MappedText {
    const map = new Int32Array(this.map.length + separator.length + other.map.length);
    map.set(this.map, 0);
    map.fill(this.sourceOffset(this.text.length), this.map.length, this.map.length + separator.length);
    map.set(other.map, this.map.length + separator.length);
    return new MappedText(this.text + separator + other.text, map);
  }

  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, Math.max(start, end));
  }
}

/**
 * Builds a MappedText in one pass: append source spans (each character keeps its offset) or
 * inserted text (mapped to one offset). Runs of whitespace collapse to one space, so the result
 * reads as prose whatever the layout of the source was.
 */
export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [];
  private lastSpace = true;

  /** Appends `text`, whose first character sits at source offset `start` (1:1 per character). */
  append(text: string, start: number): void {
    for (let i = 0; i < text.length; i++) this.push(text[i], start + i);
  }

  /** Appends characters that are not in the source (a separator), all mapped to `at`. */
  insert(text: string, at: number): void {
    for (let i = 0; i < text.length; i++) this.push(text[i], at);
  }

  private push(ch: string, at: number): void {
    if (/\s/.test(ch)) {
      if (this.lastSpace) return;
      this.parts.push(" ");
      this.offsets.push(at);
      this.lastSpace = true;
      return;
    }
    this.parts.push(ch);
    this.offsets.push(at);
    this.lastSpace = false;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The last `n` characters built so far. */
  tail(n: number): string {
    return this.parts.slice(-n).join("");
  }

  /** Characters built so far (after whitespace collapsing). */
  get length(): number {
    return this.parts.length;
  }

  build(): MappedText {
    return new MappedText(this.parts.join(""), Int32Array.from(this.offsets)).trim();
  }
}
