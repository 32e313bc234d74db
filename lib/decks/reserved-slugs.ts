// Words the study and deck routes use themselves (/study/all, /study/hardest, /decks/new): no
// deck may take them as its address.
export const RESERVED_DECK_SLUGS: ReadonlySet<string> = new Set(["all", "hardest", "new"]);
