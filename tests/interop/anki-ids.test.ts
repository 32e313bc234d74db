// Anki's identifiers: the values below are the ones Anki's own tests pin (rslib/src/notes/mod.rs).
import { describe, expect, it } from "vitest";
import { base91, fieldChecksum, noteGuid, stableAnkiId } from "@/lib/interop/anki-ids";

describe("Anki ids", () => {
  it("encodes base91 with Anki's alphabet", () => {
    expect(base91(0n)).toBe("");
    expect(base91(1n)).toBe("b");
    expect(base91(2n ** 64n - 1n)).toBe("Rj&Z5m[>Zp");
  });

  it("checksums the first field like Anki (first 8 hex digits of sha1)", () => {
    expect(fieldChecksum("test")).toBe(2840236005);
    expect(fieldChecksum("今日")).toBe(1464653051);
  });

  it("derives GUIDs and ids from Recall ids: stable, distinct, in Anki's range", () => {
    expect(noteGuid("q_1")).toBe(noteGuid("q_1"));
    expect(noteGuid("q_1")).not.toBe(noteGuid("q_2"));
    expect(noteGuid("q_1")).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
    const id = stableAnkiId("note", "q_1");
    expect(id).toBe(stableAnkiId("note", "q_1"));
    expect(Number.isSafeInteger(id) && id >= 1e12 && id < 2e12).toBe(true);
  });
});
