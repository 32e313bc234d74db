// Owns text that remembers where each character came from: markdown clean-up only deletes or
// substitutes characters, so every sentence can still report offsets into the original file.

export class MappedText {
  private constructor(
    readonly text: string,
    /** map[i] = offset in the original source of text[i] */
    private readonly map: Int32Array,
  ) {}

  static from(text: string, start = 0): MappedText {
    const map = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) map[i] = start + i;
    return new MappedText(text, map);
  }

  /** Source offset of the character at `index` (end-exclusive positions map past the last char). */
  sourceOffset(index: number): number {
    if (this.text.length === 0) return 0;
    if (index >= this.text.length) return this.map[this.text.length - 1] + 1;
    return this.map[Math.max(0, index)];
  }

  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.map.slice(start, end));
  }

  concat(other: MappedText, separator = " "): MappedText {
    const sepMap = new Int32Array(separator.length).fill(this.sourceOffset(this.text.length));
    const map = new Int32Array(this.map.length + sepMap.length + other.map.length);
    map.set(this.map, 0);
    map.set(sepMap, this.map.length);
    map.set(other.map, this.map.length + sepMap.length);
    return new MappedText(this.text + separator + other.text, map);
  }

  /**
   * Regex replace that keeps the offset map. When the replacement is a substring of the match
   * (the usual case: keep a link's text, drop emphasis markers) its characters keep their own
   * offsets; otherwise they all map to the start of the match.
   */
  replace(pattern: RegExp, replacer: string | ((match: string, ...groups: string[]) => string)): MappedText {
    const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
    const re = new RegExp(pattern.source, flags);
    let out = "";
    const map: number[] = [];
    let last = 0;
    for (const m of this.text.matchAll(re)) {
      const at = m.index ?? 0;
      if (m[0].length === 0) continue;
      for (let i = last; i < at; i++) map.push(this.map[i]);
      out += this.text.slice(last, at);
      const rep =
        typeof replacer === "string"
          ? replacer.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? "")
          : replacer(m[0], ...m.slice(1).map((g) => g ?? ""));
      const inner = rep.length > 0 ? m[0].indexOf(rep) : -1;
      for (let i = 0; i < rep.length; i++) map.push(inner >= 0 ? this.map[at + inner + i] : this.map[at]);
      out += rep;
      last = at + m[0].length;
    }
    if (last === 0 && out === "") return this;
    for (let i = last; i < this.text.length; i++) map.push(this.map[i]);
    out += this.text.slice(last);
    return new MappedText(out, Int32Array.from(map));
  }

  trim(): MappedText {
    const start = this.text.length - this.text.trimStart().length;
    const end = this.text.trimEnd().length;
    return start === 0 && end === this.text.length ? this : this.slice(start, end);
  }
}
