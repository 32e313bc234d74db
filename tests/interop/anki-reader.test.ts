// Reading real Anki packages (see fixtures/README.md), and refusing bad ones with a clear
// message: not a zip, a bare collection, a zip that is not a package, a zip bomb, a damaged
// collection, note types Recall cannot read.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readAnkiPackage } from "@/lib/interop/apkg-reader";
import { writeApkg } from "@/lib/interop/apkg-writer";
import { InteropInputError } from "@/lib/interop/model";
import { readImportFile } from "@/lib/interop/read-import";
import { readZip, zstdDecompress } from "@/lib/interop/safe-zip";
import { unzipSync } from "fflate";
import { DECK, QUESTIONS } from "./helpers";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, "fixtures", name)));

// The AnkiPandas collection: 3 Basic notes and 4 "Basic (and reversed card)" notes → 3 + 4 × 2 cards.
const EXPECTED = [
  ["Basic: Front", "Basic: Back"],
  ["Basic with reversed card: Front", "Basic with reversed card: Back"],
  ["Basic with reversed card: Back", "Basic with reversed card: Front"],
  ["Car", "Auto"],
  ["Auto", "Car"],
];

describe("real Anki packages", () => {
  it.each([
    ["ankipandas-legacy.colpkg", "collection.anki2"],
    ["ankipandas-anki21b.apkg", "collection.anki21b"],
  ])("reads %s", (name, collection) => {
    const deck = readAnkiPackage(fixture(name), name);
    expect(deck.format).toBe(`Anki package (${collection})`);
    expect(deck.title).toBe("EnglishGerman");
    expect(deck.notes).toBe(7);
    expect(deck.questions).toHaveLength(12);
    expect(deck.questions.every((q) => q.type === "short_answer")).toBe(true);
    expect(deck.questions.slice(0, 5).map((q) => [q.prompt, q.answer])).toEqual(EXPECTED);
    expect(deck.skipped).toEqual([]);
  });

  it("refuses a bare collection file with a hint", () => {
    expect(() => readAnkiPackage(fixture("ankipandas-collection.anki2"))).toThrow(/bare Anki collection file; export it from Anki as a package/);
  });
});

function packageWith(files: Record<string, Uint8Array>) {
  return zipSync(files, { level: 0 });
}

function collectionWith(models: object, notes: { mid: number; flds: string[] }[]) {
  const db = new Database(":memory:");
  const { db: template } = { db: new Database(Buffer.from(unzipSync(writeApkg(DECK, QUESTIONS))["collection.anki2"])) };
  const schema = (template.prepare("SELECT sql FROM sqlite_master WHERE type = 'table'").all() as { sql: string }[]).map((r) => r.sql).join(";\n");
  db.exec(schema);
  db.prepare("INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}', ?, '{\"1\":{\"id\":1,\"name\":\"Default\"}}', '{}', '{}')").run(JSON.stringify(models));
  for (const [i, note] of notes.entries()) {
    db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, '', ?, '', 0, 0, '')").run(i + 1, `g${i}`, note.mid, note.flds.join("\x1f"));
    db.prepare("INSERT INTO cards VALUES (?, ?, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(i + 1, i + 1);
  }
  return new Uint8Array(db.serialize());
}

const fail = (bytes: Uint8Array) => {
  try {
    readImportFile("deck.apkg", bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InteropInputError);
    return (error as Error).message;
  }
  throw new Error("expected the file to be refused");
};

describe("bad packages", () => {
  it("refuses a file that is not a zip", () => {
    expect(fail(strToU8("just some text, not a package"))).toMatch(/not an Anki package: .apkg and .colpkg files are zip archives/);
  });

  it("refuses a damaged zip", () => {
    const good = writeApkg(DECK, QUESTIONS);
    const damaged = good.slice(0, Math.floor(good.length / 2));
    expect(fail(damaged)).toMatch(/not a readable zip archive|damaged/);
  });

  it("refuses a zip that holds no collection", () => {
    expect(fail(packageWith({ "notes.txt": strToU8("hello") }))).toMatch(/not an Anki package: it has no collection.anki2.*It holds notes.txt/);
  });

  it("refuses a collection that is not an SQLite database", () => {
    expect(fail(packageWith({ "collection.anki2": strToU8("SQLite? no."), media: strToU8("{}") }))).toMatch(/not an Anki database Recall can read/);
  });

  it("refuses a zip bomb by its declared size before inflating it", () => {
    // 20 MB of zeros deflate to ~20 kB; the directory then claims 1 GB, as a bomb's would.
    const bomb = zipSync({ "collection.anki2": new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = bomb.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1024 * 1024 * 1024, true);
        break;
      }
    }
    expect(fail(bomb)).toMatch(/would unpack to more than 150.0 MB/);
  });

  it("never inflates past the declared size, so a lying header cannot grow memory", () => {
    const honest = zipSync({ "collection.anki2": new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(honest.buffer, honest.byteOffset, honest.byteLength);
    for (let at = honest.length - 22; at >= 0; at--) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1024, true);
        break;
      }
    }
    const { files } = readZip(honest, () => true);
    expect(files["collection.anki2"].length).toBeLessThanOrEqual(1024);
  });

  it("refuses a zip with too many entries", () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20_001; i++) files[String(i)] = new Uint8Array(0);
    expect(() => readZip(packageWith(files), () => false)).toThrow(/more than 20,000 files/);
  });

  it("stops zstd output at its limit", () => {
    const compressed = unzipSync(fixture("ankipandas-anki21b.apkg"))["collection.anki21b"];
    expect(zstdDecompress(compressed).length).toBe(98_304);
    expect(() => zstdDecompress(compressed, 50_000)).toThrow(/would unpack to more than/);
  });

  it("refuses a package whose only note type cannot become questions, naming it", () => {
    const models = { 5: { id: 5, name: "Image Occlusion", type: 0, flds: [{ name: "Image", ord: 0 }, { name: "Header", ord: 1 }], tmpls: [{ name: "Card", ord: 0, qfmt: "{{#Header}}{{Header}}{{/Header}}", afmt: "{{FrontSide}}" }] } };
    const bytes = packageWith({ "collection.anki2": collectionWith(models, [{ mid: 5, flds: ['<img src="a.png">', "Heart"] }]), media: strToU8("{}") });
    expect(fail(bytes)).toMatch(/None of the package's 1 notes can become questions: Notes of note type "Image Occlusion"/);
  });

  it("skips notes of an unknown note type with a notice when others import", () => {
    const models = {
      5: { id: 5, name: "Mystery", type: 0, flds: [{ name: "Only", ord: 0 }], tmpls: [{ name: "Card", ord: 0, qfmt: "{{Only}}", afmt: "{{FrontSide}}" }] },
      6: { id: 6, name: "Basic", type: 0, flds: [{ name: "Front", ord: 0 }, { name: "Back", ord: 1 }], tmpls: [{ name: "Card 1", ord: 0, qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" }] },
    };
    const bytes = packageWith({ "collection.anki2": collectionWith(models, [{ mid: 5, flds: ["alone"] }, { mid: 6, flds: ["<b>Q</b>&nbsp;one<script>alert(1)</script>", "A<br>two [sound:x.mp3]"] }]), media: strToU8('{"0":"x.mp3"}') });
    const deck = readImportFile("deck.apkg", bytes);
    expect(deck.questions.map((q) => [q.prompt, q.answer])).toEqual([["Q one", "A\ntwo"]]);
    expect(deck.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['Notes of note type "Mystery": its cards do not show a question field and an answer field', 1],
      ["Media (pictures and sounds): Recall imports text only, so 1 media file is left out", 1],
    ]);
  });

  it("turns Cloze notes into one question per deletion, with hints and other deletions shown", () => {
    const models = { 7: { id: 7, name: "Cloze", type: 1, flds: [{ name: "Text", ord: 0 }, { name: "Back Extra", ord: 1 }], tmpls: [{ name: "Cloze", ord: 0, qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>{{Back Extra}}" }] } };
    const db = new Database(Buffer.from(collectionWith(models, [{ mid: 7, flds: ["{{c1::TensorFlow}} came out in {{c2::2015::year}}.", "Google Brain"] }])));
    db.prepare("INSERT INTO cards VALUES (99, 1, 1, 1, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, '')").run();
    const deck = readImportFile("deck.apkg", packageWith({ "collection.anki2": new Uint8Array(db.serialize()), media: strToU8("{}") }));
    expect(deck.questions.map((q) => [q.type, q.prompt, q.answer, q.explanation])).toEqual([
      ["cloze", "Fill in the blank: ____ came out in 2015.", "TensorFlow", "Google Brain"],
      ["cloze", "Fill in the blank: TensorFlow came out in ____ (year).", "2015", "Google Brain"],
    ]);
  });

  it("refuses a 50 MB file with the limit in the message", () => {
    expect(fail(new Uint8Array(50 * 1024 * 1024))).toBe("deck.apkg is 50.0 MB; the limit for an import is 20 MB.");
  });
});
