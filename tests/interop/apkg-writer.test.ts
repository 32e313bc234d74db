// The written collection checked against Anki's schema 11 (rslib/src/storage/schema11.sql) and
// the conventions Anki relies on: NOT NULL columns, the col row's JSON, \x1f-separated fields,
// checksums, GUIDs, card type/queue/due, revlog ids in milliseconds.
import { describe, expect, it } from "vitest";
import { fieldChecksum, noteGuid } from "@/lib/interop/anki-ids";
import { BASIC_FIELDS, BASIC_MODEL_ID, CLOZE_FIELDS, CLOZE_MODEL_ID } from "@/lib/interop/anki-schema";
import { writeApkg } from "@/lib/interop/apkg-writer";
import { htmlToText } from "@/lib/interop/html";
import { DECK, QUESTIONS, openPackage } from "./helpers";

// Anki's schema 11, column by column: [name, type, notnull, pk].
const SCHEMA11: Record<string, [string, string, number, number][]> = {
  col: [["id", "INTEGER", 0, 1], ...["crt", "mod", "scm", "ver", "dty", "usn", "ls"].map((c) => [c, "INTEGER", 1, 0] as [string, string, number, number]), ...["conf", "models", "decks", "dconf", "tags"].map((c) => [c, "TEXT", 1, 0] as [string, string, number, number])],
  notes: [["id", "INTEGER", 0, 1], ["guid", "TEXT", 1, 0], ["mid", "INTEGER", 1, 0], ["mod", "INTEGER", 1, 0], ["usn", "INTEGER", 1, 0], ["tags", "TEXT", 1, 0], ["flds", "TEXT", 1, 0], ["sfld", "INTEGER", 1, 0], ["csum", "INTEGER", 1, 0], ["flags", "INTEGER", 1, 0], ["data", "TEXT", 1, 0]],
  cards: [["id", "INTEGER", 0, 1], ...["nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps", "lapses", "left", "odue", "odid", "flags"].map((c) => [c, "INTEGER", 1, 0] as [string, string, number, number]), ["data", "TEXT", 1, 0]],
  revlog: [["id", "INTEGER", 0, 1], ...["cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"].map((c) => [c, "INTEGER", 1, 0] as [string, string, number, number])],
  graves: [["usn", "INTEGER", 1, 0], ["oid", "INTEGER", 1, 0], ["type", "INTEGER", 1, 0]],
};
const INDEXES = ["ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn"];

const NOW = new Date("2026-03-10T12:00:00Z");

describe("writeApkg", () => {
  const { files, db } = openPackage(writeApkg(DECK, QUESTIONS, { now: NOW }));

  it("is a zip of collection.anki2 and an empty media map", () => {
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(JSON.parse(new TextDecoder().decode(files.media))).toEqual({});
  });

  it("has exactly schema 11's tables, columns and indexes", () => {
    for (const [table, columns] of Object.entries(SCHEMA11)) {
      const info = db.pragma(`table_info(${table})`) as { name: string; type: string; notnull: number; pk: number }[];
      expect(info.map((c) => [c.name, c.type.toUpperCase(), c.notnull, c.pk])).toEqual(columns);
    }
    const indexes = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(indexes).toEqual(INDEXES);
  });

  it("keeps its note types, decks and options as JSON in the col row", () => {
    const col = db.prepare("SELECT * FROM col").get() as Record<string, string | number>;
    expect(col).toMatchObject({ id: 1, ver: 11, usn: 0 });
    expect(col.mod).toBe(NOW.getTime());
    const models = JSON.parse(col.models as string);
    expect(Object.keys(models).sort()).toEqual([String(BASIC_MODEL_ID), String(CLOZE_MODEL_ID)].sort());
    expect(models[BASIC_MODEL_ID]).toMatchObject({ type: 0, sortf: 0 });
    expect(models[BASIC_MODEL_ID].flds.map((f: { name: string; ord: number }) => [f.name, f.ord])).toEqual(BASIC_FIELDS.map((n, i) => [n, i]));
    expect(models[CLOZE_MODEL_ID]).toMatchObject({ type: 1 });
    expect(models[CLOZE_MODEL_ID].flds.map((f: { name: string }) => f.name)).toEqual([...CLOZE_FIELDS]);
    expect(models[CLOZE_MODEL_ID].tmpls[0].qfmt).toBe("{{cloze:Text}}");
    const decks = JSON.parse(col.decks as string);
    expect(decks["1"].name).toBe("Default");
    const ours = Object.values(decks).find((d) => (d as { name: string }).name === DECK.title) as { id: number; conf: number; dyn: number };
    expect(ours).toMatchObject({ conf: 1, dyn: 0 });
    expect(JSON.parse(col.dconf as string)["1"]).toMatchObject({ id: 1, new: { perDay: 20 }, rev: { maxIvl: 36500 } });
    expect(JSON.parse(col.conf as string)).toMatchObject({ curDeck: ours.id, schedVer: 2, rollover: 4 });
  });

  it("writes one note per question with Anki's field separator, checksum and GUID", () => {
    const notes = db.prepare("SELECT * FROM notes ORDER BY id").all() as Record<string, string | number>[];
    expect(notes).toHaveLength(QUESTIONS.length);
    const guids = new Set(QUESTIONS.map((q) => noteGuid(q.id)));
    for (const note of notes) {
      const fields = String(note.flds).split("\x1f");
      expect(fields).toHaveLength(4);
      const first = htmlToText(fields[0]).text;
      expect(note.sfld).toBe(first);
      expect(note.csum).toBe(fieldChecksum(first));
      expect(guids.has(String(note.guid))).toBe(true);
      expect(String(note.tags)).toMatch(/^ recall::frameworks( \S+)* $/);
      expect(note.usn).toBe(-1);
    }
    const cloze = notes.filter((n) => n.mid === CLOZE_MODEL_ID);
    expect(cloze).toHaveLength(1);
    expect(String(cloze[0].flds).split("\x1f")[0]).toBe("TensorFlow was released in {{c1::2015}}.");
    expect(notes.find((n) => String(n.tags).includes("topic::TensorFlow"))).toBeDefined();
  });

  it("without a schedule every card is new, due in deck order", () => {
    const cards = db.prepare("SELECT type, queue, due, ivl, factor, reps, lapses, ord, odid FROM cards ORDER BY due").all();
    expect(cards).toEqual(QUESTIONS.map((_, i) => ({ type: 0, queue: 0, due: i + 1, ivl: 0, factor: 0, reps: 0, lapses: 0, ord: 0, odid: 0 })));
    expect(db.prepare("SELECT count(*) AS n FROM revlog").get()).toEqual({ n: 0 });
  });

  it("with a schedule, cards carry the user's interval, ease, lapses and due day, and reviews become the revlog", () => {
    const day = (iso: string) => new Date(iso);
    const schedule = {
      timezone: "Europe/Paris",
      dayStartsAtHour: 4,
      cards: [
        { questionId: "q_mcq", repetitions: 2, easeFactor: 2.6, intervalDays: 6, dueAt: day("2026-03-14T03:00:00Z"), lapses: 1, lastReviewedAt: day("2026-03-08T09:00:00Z") },
        { questionId: "q_tf", repetitions: 0, easeFactor: 2.2, intervalDays: 0, dueAt: day("2026-03-10T03:00:00Z"), lapses: 2, lastReviewedAt: day("2026-03-10T09:00:00Z") },
      ],
      reviews: [
        { questionId: "q_mcq", grade: 4, reviewedAt: day("2026-03-02T09:00:00Z"), durationMs: 4_000, kind: "NEW", intervalBefore: null, intervalAfter: 1, easeAfter: 2.5 },
        { questionId: "q_mcq", grade: 2, reviewedAt: day("2026-03-02T09:00:00Z"), durationMs: 90_000, kind: "REDRILL", intervalBefore: 1, intervalAfter: 1, easeAfter: 2.5 },
        { questionId: "q_mcq", grade: 5, reviewedAt: day("2026-03-08T09:00:00Z"), durationMs: 3_000, kind: "REVIEW", intervalBefore: 1, intervalAfter: 6, easeAfter: 2.6 },
      ],
    };
    const { db: scheduled } = openPackage(writeApkg(DECK, QUESTIONS, { now: NOW, schedule }));
    const col = scheduled.prepare("SELECT crt FROM col").get() as { crt: number };
    // Created at the start (4 a.m. Paris = 03:00 UTC) of the first review's study day.
    expect(col.crt).toBe(Date.parse("2026-03-02T03:00:00Z") / 1000);
    const cards = scheduled.prepare("SELECT n.guid, c.* FROM cards c JOIN notes n ON n.id = c.nid").all() as Record<string, number | string>[];
    const review = cards.find((c) => c.guid === noteGuid("q_mcq"))!;
    // Due on 14 March's study day: 12 days after 2 March.
    expect(review).toMatchObject({ type: 2, queue: 2, due: 12, ivl: 6, factor: 2600, reps: 3, lapses: 1 });
    const relearning = cards.find((c) => c.guid === noteGuid("q_tf"))!;
    expect(relearning).toMatchObject({ type: 3, queue: 1, due: Date.parse("2026-03-10T03:00:00Z") / 1000, lapses: 2 });
    const fresh = cards.find((c) => c.guid === noteGuid("q_short"))!;
    expect(fresh).toMatchObject({ type: 0, queue: 0 });
    const revlog = scheduled.prepare("SELECT * FROM revlog ORDER BY id").all() as Record<string, number>[];
    expect(revlog.map((r) => [r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type])).toEqual([
      [3, 1, 0, 2500, 4000, 0],
      [1, 1, 1, 2500, 60000, 2],
      [4, 6, 1, 2600, 3000, 1],
    ]);
    // Millisecond ids, unique even for reviews in the same millisecond.
    expect(revlog[0].id).toBe(Date.parse("2026-03-02T09:00:00Z"));
    expect(revlog[1].id).toBe(revlog[0].id + 1);
    expect(new Set(revlog.map((r) => r.cid))).toEqual(new Set([review.id]));
  });

  it("gives the same notes (GUIDs, note types, fields) and deck id when exported again, so Anki updates instead of duplicating", () => {
    const again = openPackage(writeApkg(DECK, QUESTIONS, { now: new Date("2027-01-01T00:00:00Z") })).db;
    const key = "SELECT guid, mid, flds FROM notes ORDER BY id";
    expect(again.prepare(key).all()).toEqual(db.prepare(key).all());
    expect(again.prepare("SELECT DISTINCT did FROM cards").all()).toEqual(db.prepare("SELECT DISTINCT did FROM cards").all());
  });

  it("numbers notes and cards in deck order with millisecond ids, as Anki does", () => {
    const ids = db.prepare("SELECT n.id AS nid, c.id AS cid, n.guid FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.id").all() as { nid: number; cid: number; guid: string }[];
    expect(ids.map((r) => r.guid)).toEqual(QUESTIONS.map((q) => noteGuid(q.id)));
    expect(ids[0].nid).toBe(NOW.getTime());
  });
});
