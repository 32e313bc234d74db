// Owns Anki's identifiers and checksums: note GUIDs (base91, as Anki writes them), the first-field
// checksum of the notes table, and stable 13-digit ids for note types, decks, notes and cards.
// Ids derive from Recall's ids, so exporting twice gives the same notes and Anki updates them
// instead of adding duplicates.
import { createHash } from "node:crypto";

// Anki's alphabet (rslib/src/notes/mod.rs, anki_base91).
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

export function base91(n: bigint): string {
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out;
}

function sha1(text: string): Buffer {
  return createHash("sha1").update(text, "utf8").digest();
}

/** A note GUID: base91 of 64 bits of sha1 of the Recall question id (what genanki also does). */
export function noteGuid(questionId: string): string {
  return base91(sha1(`recall:${questionId}`).readBigUInt64BE(0));
}

/** Anki's csum: the first 4 bytes of sha1 of the HTML-stripped first field, as an unsigned integer. */
export function fieldChecksum(strippedFirstField: string): number {
  return sha1(strippedFirstField).readUInt32BE(0);
}

// Ids are millisecond timestamps in Anki; keep ours in the same 13-digit range so no importer
// mistakes them for something else, and far from ids Anki hands out now.
const ID_BASE = 1_000_000_000_000;
const ID_SPAN = 999_999_999_999;

/** A stable positive id in Anki's range, derived from text. */
export function stableAnkiId(...parts: string[]): number {
  const n = sha1(parts.join("\u241f")).readBigUInt64BE(0) % BigInt(ID_SPAN);
  return ID_BASE + Number(n);
}
