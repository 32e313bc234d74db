// Owns the shape of an Anki collection as Recall writes it: schema 11 (the tables of Anki's
// rslib/src/storage/schema11.sql, restated here), the two note types, and the JSON that schema 11
// keeps in the col row (models, decks, deck options, collection config).
export const SCHEMA11_DDL = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
  odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

export const FIELD_SEPARATOR = "\x1f";

/** Fixed ids, so a second export's notes match the first's note types in Anki. */
export const BASIC_MODEL_ID = 1_735_689_600_001;
export const CLOZE_MODEL_ID = 1_735_689_600_002;
export const BASIC_MODEL_NAME = "Recall Basic";
export const CLOZE_MODEL_NAME = "Recall Cloze";
export const BASIC_FIELDS = ["Front", "Back", "Source", "Citation"] as const;
export const CLOZE_FIELDS = ["Text", "Back Extra", "Source", "Citation"] as const;

// Card types (cards.type) and queues (cards.queue) as Anki numbers them.
export const CARD_TYPE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export const CARD_QUEUE = { new: 0, learning: 1, review: 2 } as const;
// revlog.type
export const REVLOG_TYPE = { learn: 0, review: 1, relearn: 2, filtered: 3 } as const;

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.recall-prompt { font-weight: 600; margin-bottom: .5em; }
.recall-source { margin-top: 1em; font-size: 14px; color: #555; }
.recall-options-label, .recall-accepted-label { margin-top: .5em; font-size: 16px; color: #555; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }`;

const SOURCE_BLOCK = `{{#Source}}<div class="recall-source">{{Source}}{{#Citation}} {{Citation}}{{/Citation}}</div>{{/Source}}`;

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: "Arial", size: 20, description: "", plainText: false, collapsed: false, excludeFromSearch: false, media: [] };
}

function template(name: string, qfmt: string, afmt: string) {
  return { name, ord: 0, qfmt, afmt, bqfmt: "", bafmt: "", did: null, bfont: "", bsize: 0 };
}

const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function model(id: number, name: string, type: 0 | 1, fields: readonly string[], tmpl: ReturnType<typeof template>, deckId: number, mod: number) {
  return {
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [tmpl],
    flds: fields.map(field),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: "\\end{document}",
    latexsvg: false,
    // Card 1 needs the first field (Front / Text).
    req: [[0, type === 1 ? "any" : "all", [0]]],
    tags: [],
    vers: [],
  };
}

export function modelsJson(deckId: number, mod: number) {
  return {
    [BASIC_MODEL_ID]: model(BASIC_MODEL_ID, BASIC_MODEL_NAME, 0, BASIC_FIELDS, template("Card 1", "{{Front}}", `{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n${SOURCE_BLOCK}`), deckId, mod),
    [CLOZE_MODEL_ID]: model(CLOZE_MODEL_ID, CLOZE_MODEL_NAME, 1, CLOZE_FIELDS, template("Cloze", "{{cloze:Text}}", `{{cloze:Text}}<br>\n{{Back Extra}}\n${SOURCE_BLOCK}`), deckId, mod),
  };
}

function deck(id: number, name: string, desc: string, mod: number) {
  const today = [0, 0];
  return {
    id,
    name,
    desc,
    mod,
    usn: -1,
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: today,
    revToday: today,
    lrnToday: today,
    timeToday: today,
  };
}

/** Anki requires the Default deck (id 1) in every collection; Recall's deck sits beside it. */
export function decksJson(deckId: number, name: string, desc: string, mod: number) {
  return { 1: deck(1, "Default", "", mod), [deckId]: deck(deckId, name, desc, mod) };
}

export function deckConfigJson(mod: number) {
  return {
    1: {
      id: 1,
      name: "Default",
      mod,
      usn: -1,
      dyn: false,
      maxTaken: 60,
      timer: 0,
      autoplay: true,
      replayq: true,
      new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
      lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
      rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
    },
  };
}

export function collectionConfigJson(deckId: number, nextPos: number, rollover: number, creationOffsetMinutesWest: number) {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: BASIC_MODEL_ID,
    nextPos,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    // The v2 scheduler with the user's day boundary, so review due days mean the same in Anki.
    schedVer: 2,
    rollover,
    creationOffset: creationOffsetMinutesWest,
  };
}
