// Owns what a document's own words say a name is when the tagger does not know it: a person
// ("Adobe engineer Sean Parent", "Bastien recalls …", "Solomon Hykes, creator of Docker") or an
// organisation ("then at Mozilla", "a group of Mozilla engineers", "joined Google", "a
// representative from Zynga", "Instagram got acquired by Facebook"). A multiple
// choice offers one kind of thing; "In March 2019, ____ announced WASI" among Mozilla, WebAssembly
// and Asm.js had one organisation among products (twenty-third round, rated given away blind, as
// were Zynga, Bastien and JF Bastien among the same products).
import { reports } from "../verbs";
import type { EntityType } from "../entities";
import { normaliseAnswer } from "../normalise";
import type { GenerationContext } from "./context";
import type { Statement } from "../statements";

/** Roles written right before a person's name ("Adobe engineer Sean Parent", "team lead Fil Pizlo") or after it ("…, creator of Docker"). */
const ROLES = new Set(["engineer", "lead", "founder", "co-founder", "cofounder", "creator", "ceo", "cto", "author", "maintainer", "manager", "programmer", "researcher", "professor", "student", "designer", "architect", "inventor"]);
/** People of an organisation, right after its name ("Mozilla engineers"). */
const STAFF = new Set(["engineers", "employees", "staff", "researchers"]);
/** Verbs whose object is an organisation ("joined Google", "acquired Instagram"). */
const JOINED = new Set(["joined", "joining", "joins", "acquired", "acquires", "acquiring"]);
/** What befalls a company: "Instagram got acquired by Facebook", "Sun was bought by Oracle". */
const ACQUIRED = /^(?:acquired|bought)$/;

/** Whether the words [from, to) are the statement's whole subject and its verb one of saying or remembering ("Bastien recalls …"). */
export function speaksAt(st: Statement, from: number, to: number): boolean {
  const main = st.analysed.main;
  return !!main && from === main.subject[0] && to === main.subject[1] && reports(st.analysed.tokens.slice(main.verb[0], main.verb[1]).map((t) => t.text));
}

/** The kind the document's words give each name (normalised) that has a cue; a person's cue wins a tie. */
export function agentKinds(ctx: GenerationContext): Map<string, Exclude<EntityType, "product">> {
  const votes = new Map<string, { person: number; organization: number }>();
  const vote = (norm: string, kind: "person" | "organization") => {
    const v = votes.get(norm) ?? { person: 0, organization: 0 };
    v[kind]++;
    votes.set(norm, v);
  };
  for (const [st, spans] of ctx.spans) {
    const { tokens } = st.analysed;
    for (const s of spans) {
      if (s.kind !== "name") continue;
      const norm = normaliseAnswer(s.text);
      const prev = tokens[s.from - 1];
      const next = tokens[s.to];
      const last = tokens[s.to - 1];
      if (prev && ROLES.has(prev.lower) && !/[,;:(]/.test(prev.post)) vote(norm, "person");
      else if (last?.post.includes(",") && next && ROLES.has(next.lower) && tokens[s.to + 1]?.lower === "of") vote(norm, "person");
      else if (prev?.lower === "to" && tokens[s.from - 2]?.lower === "according") vote(norm, "person");
      else if (speaksAt(st, s.from, s.to)) vote(norm, "person");
      else if (prev && (prev.lower === "at" || JOINED.has(prev.lower)) && !/[,;:(]/.test(prev.post)) vote(norm, "organization");
      else if (prev?.lower === "from" && /^(?:representatives?|engineers?|employees?|people|someone)$/.test(tokens[s.from - 2]?.lower ?? "")) vote(norm, "organization");
      else if (next && STAFF.has(next.lower) && !/[,;:)]/.test(last?.post ?? "")) vote(norm, "organization");
      else if (next && /^(?:was|got|were|is|gets)$/.test(next.lower) && ACQUIRED.test(tokens[s.to + 1]?.lower ?? "")) vote(norm, "organization");
    }
  }
  const out = new Map<string, Exclude<EntityType, "product">>();
  for (const [norm, v] of votes) out.set(norm, v.person >= v.organization ? "person" : "organization");
  // a person named in full once and by surname elsewhere ("JF Bastien", "According to Bastien") is one person
  for (const spans of ctx.spans.values()) {
    for (const s of spans) {
      const norm = s.kind === "name" ? normaliseAnswer(s.text) : "";
      const surname = norm.split(" ").at(-1) ?? "";
      if (norm.includes(" ") && !out.has(norm) && out.get(surname) === "person") out.set(norm, "person");
    }
  }
  return out;
}
