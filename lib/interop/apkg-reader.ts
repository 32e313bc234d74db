// Reads Anki packages (.apkg, .colpkg): the legacy `collection.anki2` / `collection.anki21`
// (schema 11, note types as JSON in the col row) and the current zstd-compressed
// `collection.anki21b` named by the protobuf `meta` entry (schema 18, note types in their own
// tables with protobuf configs). Returns questions and what was skipped; writes nothing.
import Database from "better-sqlite3";
import { FIELD_SEPARATOR } from "./anki-schema";
import { mapAnkiNotes, type AnkiNote, type AnkiNoteType } from "./anki-note-mapping";
import { MAX_IMPORT_NOTES } from "./limits";
import { InteropInputError, type ImportedDeck } from "./model";
import { decodeMessage, messageFields, stringField, varintField } from "./protobuf";
import { looksLikeZip, readZip, zstdDecompress } from "./safe-zip";

const COLLECTION_FILES = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;
const WANTED = new Set<string>([...COLLECTION_FILES, "meta", "media"]);
const SQLITE_MAGIC = "SQLite format 3\0";

// PackageMetadata.Version (proto/anki/import_export.proto).
const VERSION_LATEST = 3;

type Collection = { file: string; bytes: Uint8Array; mediaCount: number };

function mediaCount(media: Uint8Array | undefined, latest: boolean): number {
  if (!media || media.length === 0) return 0;
  try {
    if (latest) return messageFields(decodeMessage(zstdDecompress(media)), 1).length;
    return Object.keys(JSON.parse(new TextDecoder().decode(media)) as object).length;
  } catch {
    return 0;
  }
}

function pickCollection(bytes: Uint8Array): Collection {
  if (new TextDecoder().decode(bytes.subarray(0, 16)) === SQLITE_MAGIC) {
    throw new InteropInputError("This is a bare Anki collection file; export it from Anki as a package (.apkg or .colpkg) and import that.");
  }
  if (!looksLikeZip(bytes)) throw new InteropInputError("This file is not an Anki package: .apkg and .colpkg files are zip archives, and this one is not.");
  const { names, files } = readZip(bytes, (name) => WANTED.has(name));
  let version: number | undefined;
  if (files.meta) version = varintField(decodeMessage(files.meta), 1);
  if (version !== undefined && version > VERSION_LATEST) {
    throw new InteropInputError("This package comes from a newer Anki than Recall can read. Export it with “Support older Anki versions” ticked.");
  }
  const latest = version === VERSION_LATEST;
  const file = latest ? "collection.anki21b" : COLLECTION_FILES.slice(1).find((name) => files[name]);
  if (!file || !files[file]) {
    const hint = names.length ? ` It holds ${names.slice(0, 5).join(", ")}${names.length > 5 ? ", …" : ""}.` : " The archive is empty.";
    throw new InteropInputError(`This zip is not an Anki package: it has no collection.anki2, collection.anki21 or collection.anki21b.${hint}`);
  }
  const collection = latest ? zstdDecompress(files[file]) : files[file];
  const numbered = names.filter((name) => /^\d+$/.test(name)).length;
  return { file, bytes: collection, mediaCount: Math.max(mediaCount(files.media, latest), numbered) };
}

type Row = Record<string, unknown>;

function noteTypesSchema11(db: Database.Database): Map<string, AnkiNoteType> {
  const { models } = db.prepare("SELECT models FROM col").get() as { models: string };
  const parsed = JSON.parse(models || "{}") as Record<string, { id: number | string; name: string; type: number; flds: { name: string; ord: number }[]; tmpls: { name: string; ord: number; qfmt: string; afmt: string }[] }>;
  const types = new Map<string, AnkiNoteType>();
  for (const [key, m] of Object.entries(parsed)) {
    types.set(String(m.id ?? key), {
      id: String(m.id ?? key),
      name: m.name,
      kind: m.type === 1 ? "cloze" : "normal",
      fields: [...m.flds].sort((a, b) => a.ord - b.ord).map((f) => f.name),
      templates: m.tmpls.map((t, i) => ({ ord: t.ord ?? i, name: t.name, qfmt: t.qfmt ?? "", afmt: t.afmt ?? "" })),
    });
  }
  return types;
}

function noteTypesSchema18(db: Database.Database): Map<string, AnkiNoteType> {
  const types = new Map<string, AnkiNoteType>();
  // `name` columns use Anki's "unicase" collation, which SQLite here lacks: never sort or compare on them.
  for (const row of db.prepare("SELECT CAST(id AS TEXT) AS id, name, config FROM notetypes").all() as Row[]) {
    const kind = varintField(decodeMessage(row.config as Uint8Array), 1) === 1 ? "cloze" : "normal";
    types.set(row.id as string, { id: row.id as string, name: row.name as string, kind, fields: [], templates: [] });
  }
  for (const row of db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, ord, name FROM fields").all() as Row[]) {
    types.get(row.ntid as string)?.fields.push(`${row.ord}\u0000${row.name}`);
  }
  for (const row of db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, ord, name, config FROM templates").all() as Row[]) {
    const config = decodeMessage(row.config as Uint8Array);
    types.get(row.ntid as string)?.templates.push({ ord: Number(row.ord), name: row.name as string, qfmt: stringField(config, 1) ?? "", afmt: stringField(config, 2) ?? "" });
  }
  for (const type of types.values()) {
    type.fields = type.fields
      .map((f) => f.split("\u0000"))
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, name]) => name);
    type.templates.sort((a, b) => a.ord - b.ord);
  }
  return types;
}

function deckNames(db: Database.Database, schema18: boolean): Map<string, string> {
  const names = new Map<string, string>();
  if (schema18) {
    for (const row of db.prepare("SELECT CAST(id AS TEXT) AS id, name FROM decks").all() as Row[]) names.set(row.id as string, String(row.name).split("\x1f").join("::"));
  } else {
    const { decks } = db.prepare("SELECT decks FROM col").get() as { decks: string };
    for (const [id, deck] of Object.entries(JSON.parse(decks || "{}") as Record<string, { name: string }>)) names.set(id, deck.name);
  }
  return names;
}

/** The deck most cards are in (Default only when nothing else is used), as the import's title. */
function mainDeckTitle(cardDecks: string[], names: Map<string, string>, fallback: string): string {
  const counts = new Map<string, number>();
  for (const did of cardDecks) counts.set(did, (counts.get(did) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === "1" ? 1 : b[0] === "1" ? -1 : 0));
  const best = ranked.find(([id]) => id !== "1") ?? ranked[0];
  const name = best ? names.get(best[0]) : undefined;
  return (name?.split("::").at(-1) || fallback).trim() || fallback;
}

/**
 * Opens a collection image in memory. Anki keeps its collection in WAL mode (header bytes 18–19
 * = 2), which an in-memory database cannot open; the file is complete without its WAL, so it is
 * marked as a rollback-journal file. Schema 18 declares names with Anki's own "unicase"
 * collation, which SQLite here lacks and then refuses to scan those tables: the copy's schema
 * names NOCASE instead (names are only read, never sorted or searched on).
 */
function openCollection(bytes: Uint8Array): Database.Database {
  const copy = Buffer.from(bytes);
  if (copy.length >= 100 && copy[18] === 2 && copy[19] === 2) copy[18] = copy[19] = 1;
  try {
    let db = new Database(copy);
    db.prepare("SELECT ver FROM col").get();
    const unicase = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql LIKE '%unicase%'").all() as { type: string; name: string; sql: string }[];
    if (unicase.length > 0) {
      db.unsafeMode(true);
      db.pragma("writable_schema = ON");
      const rewrite = db.prepare("UPDATE sqlite_master SET sql = ? WHERE type = ? AND name = ?");
      for (const row of unicase) rewrite.run(row.sql.replace(/collate\s+unicase/gi, "COLLATE NOCASE"), row.type, row.name);
      db.pragma("writable_schema = OFF");
      const patched = db.serialize();
      db.close();
      db = new Database(patched);
    }
    return db;
  } catch {
    throw new InteropInputError("The package's collection is not an Anki database Recall can read (it may be damaged or truncated).");
  }
}

export function readAnkiPackage(bytes: Uint8Array, fileName = "package.apkg"): ImportedDeck {
  const collection = pickCollection(bytes);
  const db = openCollection(collection.bytes);
  try {
    let schema18: boolean;
    let noteTypes: Map<string, AnkiNoteType>;
    let notes: AnkiNote[];
    let cardDecks: string[];
    try {
      const { ver } = db.prepare("SELECT ver FROM col").get() as { ver: number };
      schema18 = ver >= 15;
      noteTypes = schema18 ? noteTypesSchema18(db) : noteTypesSchema11(db);
      const ords = new Map<string, number[]>();
      cardDecks = [];
      for (const row of db.prepare("SELECT CAST(nid AS TEXT) AS nid, ord, CAST(did AS TEXT) AS did FROM cards ORDER BY nid, ord").iterate() as Iterable<Row>) {
        const list = ords.get(row.nid as string) ?? [];
        list.push(Number(row.ord));
        ords.set(row.nid as string, list);
        cardDecks.push(row.did as string);
      }
      const noteCount = (db.prepare("SELECT count(*) AS n FROM notes").get() as { n: number }).n;
      if (noteCount > MAX_IMPORT_NOTES) {
        throw new InteropInputError(`This package has ${noteCount.toLocaleString("en")} notes; Recall imports at most ${MAX_IMPORT_NOTES.toLocaleString("en")} at a time.`);
      }
      notes = (db.prepare("SELECT CAST(id AS TEXT) AS id, CAST(mid AS TEXT) AS mid, tags, flds FROM notes ORDER BY id").all() as Row[]).map((row) => ({
        id: row.id as string,
        noteTypeId: row.mid as string,
        fields: String(row.flds).split(FIELD_SEPARATOR),
        tags: String(row.tags).trim().split(/\s+/).filter(Boolean),
        cardOrds: ords.get(row.id as string) ?? [],
      }));
    } catch (error) {
      if (error instanceof InteropInputError) throw error;
      throw new InteropInputError(`The package's collection is not in a shape Recall knows (${error instanceof Error ? error.message : "unreadable"}).`);
    }
    const names = deckNames(db, schema18);
    const { questions, skips, media } = mapAnkiNotes(noteTypes, notes);
    const skipped = skips.notices();
    // The package's media map counts files; without one, count the references in the notes.
    const mediaFiles = collection.mediaCount || media;
    if (mediaFiles > 0) {
      skipped.push({ reason: `Media (pictures and sounds): Recall imports text only, so ${mediaFiles} media file${mediaFiles === 1 ? " is" : "s are"} left out`, count: mediaFiles });
    }
    if (notes.length === 0) throw new InteropInputError("This Anki package has no notes to import.");
    if (questions.length === 0) {
      const reasons = skipped.filter((s) => !s.reason.startsWith("Media")).map((s) => s.reason);
      throw new InteropInputError(`None of the package's ${notes.length} notes can become questions: ${reasons.join("; ") || "they hold no text"}.`);
    }
    return {
      title: mainDeckTitle(cardDecks, names, fileName.replace(/\.(apkg|colpkg|zip)$/i, "")),
      format: `Anki package (${collection.file})`,
      notes: notes.length,
      questions,
      skipped,
    };
  } finally {
    db.close();
  }
}
