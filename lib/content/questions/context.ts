// Owns the generation context every question builder reads: the document's statements, their
// resolutions and answer spans, the name index, and the fact id of each statement.
import type { Analysed } from "../analysis";
import type { EntityIndex } from "../entities";
import { stableId } from "../ids";
import { normaliseText } from "../normalise";
import type { Resolution } from "../references";
import { findSpans, type Span } from "../spans";
import type { Statement } from "../statements";

export interface GenerationContext {
  slug: string;
  statements: Statement[];
  resolutions: Map<Analysed, Resolution>;
  entities: EntityIndex;
  spans: Map<Statement, Span[]>;
  factId(st: Statement): string;
}

export function buildContext(slug: string, statements: Statement[], resolutions: Map<Analysed, Resolution>, entities: EntityIndex): GenerationContext {
  const spans = new Map<Statement, Span[]>();
  for (const st of statements) spans.set(st, findSpans(st, entities));
  const ids = new Map<Statement, string>();
  return {
    slug,
    statements,
    resolutions,
    entities,
    spans,
    factId(st) {
      let id = ids.get(st);
      if (!id) {
        id = stableId("f", slug, normaliseText(st.analysed.sentence.text));
        ids.set(st, id);
      }
      return id;
    },
  };
}
