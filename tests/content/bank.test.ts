// Banks end to end: the committed bank is a fresh generation, valid, deterministic, split into a
// published and a suggested tier with no type above 45 % of the published one; ids survive
// unrelated edits; false statements come only from contrasts the document draws.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BankSchema, generateBank, generateWithTrace, serialiseBank, type BankQuestion } from "@/lib/content";
import { MAX_TYPE_SHARE, selectTiers } from "@/lib/content/select";
import { bankPath, readReview } from "./helpers";

const review = readReview();
const bank = generateBank(review, { fileName: "tensorflow-vs-pytorch.md" });
const published = (qs: BankQuestion[]) => qs.filter((q) => q.tier === "published");

/** With every candidate scored as likely as can be, the tiers of those whose prompt holds `marker`: what only a rule keeps from publishing. */
function tiersOfPromptsWith(text: string, slug: string, marker: string): Array<string | undefined> {
  const { candidates } = generateWithTrace(text, { slug });
  const marked = candidates.filter((c) => c.question.prompt.includes(marker));
  for (const c of candidates) c.score = 0.9;
  selectTiers(candidates);
  return marked.map((c) => c.question.tier);
}

describe("generated banks", () => {
  it("match the committed content/banks JSON byte for byte", () => {
    expect(existsSync(bankPath)).toBe(true);
    expect(readFileSync(bankPath, "utf8")).toBe(serialiseBank(bank));
  });

  it("validate against the exported schema and are deterministic", () => {
    expect(() => BankSchema.parse(bank)).not.toThrow();
    expect(serialiseBank(generateBank(review, { fileName: "tensorflow-vs-pytorch.md" }))).toBe(serialiseBank(bank));
  });

  it("put every question in a tier, with no type above 45 % of the published tier", () => {
    expect(bank.questions.every((q) => q.tier === "published" || q.tier === "suggested")).toBe(true);
    const pub = published(bank.questions);
    expect(pub.length).toBeGreaterThan(5);
    const counts = new Map<string, number>();
    for (const q of pub) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    for (const [type, n] of counts) expect(n / pub.length, type).toBeLessThanOrEqual(MAX_TYPE_SHARE + 1e-9);
  });

  it("offers one true/false per sentence, never its other polarity beside it (both 'Preact is (not) intended to be a reimplementation of React' were offered)", () => {
    const trueFalse = bank.questions.filter((q) => q.type === "true_false");
    expect(trueFalse.length).toBeGreaterThan(2);
    const sentences = trueFalse.map((q) => q.source.sentence);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it("publishes no date of a feature added or a point release (27 % of such labelled date questions acceptable; trivia to two blind raters)", () => {
    const history = "# History of Fetchy\n\n## 1998\n\nIn March 1998, Fetchy 3.12 added proxy authentication.\n\n## 2004\n\nIn June 2004, Fetchy 7.12.0 introduced IDN support.\n\n## 2010\n\nIn March 2010, the Fetchy project released Fetchy 8.0, its first major rewrite.\n";
    // every date rated likely, as a year or among dates: only the major release is published
    const { candidates } = generateWithTrace(history, { slug: "minor-dates" });
    const dated = candidates.filter((c) => c.builder === "date-year" || c.builder === "date-mcq");
    for (const c of candidates) c.score = dated.includes(c) ? 0.9 : 0.1;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published" && dated.includes(c)).map((c) => String(c.question.answer));
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((a) => a.endsWith("2010"))).toBe(true);
    expect(dated.filter((c) => c.features?.date_minor).map((c) => c.question.tier)).not.toContain("published");
    // a labelled entry under a year heading is one feature of its year unless it says it is more
    // (Rust's five years: five of five such years rejected in a blind sample; "first major" ones kept)
    const years = "# Five years of Fetchy\n\n## 2016\n\n**1.13 — The Try Operator:** One of the first major syntax additions was the try operator.\n\n**1.14 — Shared Workspaces:** Workspaces let projects share one lock file.\n\n## 2017\n\n**1.20 — Bundled Formatter:** The formatter now ships with every install.\n";
    // (rated likely too: which of them the rules publish, whatever the trained ranker scores them)
    const entries = generateWithTrace(years, { slug: "entry-dates" }).candidates;
    for (const c of entries) c.score = c.builder === "date-year" ? 0.9 : 0.1;
    selectTiers(entries);
    const placed = entries.filter((c) => c.builder === "date-year");
    expect(placed.map((c) => [c.question.prompt, c.features?.date_minor, c.question.tier === "published"])).toEqual([
      ["In which year does the review place “The Try Operator”?", 0, true],
      ["In which year does the review place “Shared Workspaces”?", 1, false],
      ["In which year does the review place “Bundled Formatter”?", 1, false],
    ]);
  });

  it("never empties the published tier when only two question types are left", () => {
    // a 45 % cap cannot hold with two types: it used to demote all but one question
    const two = generateWithTrace(review, { fileName: "tensorflow-vs-pytorch.md" }).candidates.filter((c) => c.question.type === "cloze" || c.question.type === "short_answer");
    for (const c of two) c.score = c.question.type === "cloze" ? 0.9 : 0.85;
    const pub = selectTiers(two).filter((c) => c.question.tier === "published");
    expect(pub.length).toBeGreaterThan(5);
    for (const type of ["cloze", "short_answer"]) expect(pub.filter((c) => c.question.type === type).length / pub.length).toBeLessThanOrEqual(0.5);
  });

  it("publishes more than one timeline of a history: their prompts are the same words, their events are not", () => {
    const events = ["Fetchy 1.0 was released in 1996", "Fetchy added proxy support in 1998", "Fetchy moved to the MIT license in 2001", "Fetchy moved its website to Sweden in 2004", "Fetchy dropped Gopher support in 2006", "Fetchy moved its code to git in 2010", "Fetchy joined the Linux Foundation in 2016", "Fetchy shipped with Windows in 2018"];
    const text = ["# The history of Fetchy", ...events.map((e) => `${e}.`)].join("\n\n");
    const { candidates } = generateWithTrace(text, { slug: "fetchy-history" });
    expect(candidates.filter((c) => c.question.type === "ordering").length).toBeGreaterThan(1);
    for (const c of candidates) c.score = 0.9;
    const timelines = selectTiers(candidates).filter((c) => c.question.tier === "published" && c.question.type === "ordering");
    expect(timelines.length).toBeGreaterThan(1);
  });

  it("asks a sentence's own fact before an aside of it when both score alike", () => {
    const { candidates } = generateWithTrace("# Web API frameworks\n\nHug was created by Timothy Crosley, the same creator of isort, a great tool to sort imports in Python files.\n", { slug: "hug" });
    expect(candidates.some((c) => c.question.answer === "Python")).toBe(true);
    // the aside scores best: within the balancing margin, the main fact is still the one asked
    for (const c of candidates) c.score = c.question.answer === "Python" ? 0.9 : 0.85;
    const asked = selectTiers(candidates).filter((c) => c.question.tier === "published" && ["cloze", "mcq", "short_answer"].includes(c.question.type));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.map((c) => c.question.answer)).not.toContain("Python");
  });

  it("asks which name a sentence is about with the document's names as choices, before a cloze or short answer of it, as far as the type cap allows", () => {
    const text = [
      "# Message brokers",
      "## Kafka\n\nKafka keeps messages for a configurable retention period. Kafka is used by many companies.",
      "## RabbitMQ\n\nRabbitMQ was written in Erlang. RabbitMQ supports several protocols.",
      "## Pulsar\n\nPulsar separates storage from serving. Pulsar was created at Yahoo.",
      "## NATS\n\nNATS is a lightweight messaging system. NATS was written in Go.",
    ].join("\n\n");
    const { candidates } = generateWithTrace(text, { slug: "brokers" });
    const subjects = new Set(["RabbitMQ", "Pulsar", "NATS"]);
    expect(new Set(candidates.filter((c) => subjects.has(String(c.question.answer))).map((c) => c.question.type))).toContain("short_answer");
    for (const c of candidates) c.score = 0.9;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published");
    const asked = published.filter((c) => subjects.has(String(c.question.answer)));
    // a typed "Which technology …?" is suggested only (see select.ts): with two types left, the cap
    // allows an even split of multiple choice and cloze
    expect(asked.length).toBeGreaterThanOrEqual(2);
    const count = (type: string) => published.filter((c) => c.question.type === type).length;
    expect(count("mcq")).toBeGreaterThanOrEqual(Math.max(count("cloze"), count("short_answer")));
    // no type above 45 % of the tier, even when every fact has a multiple choice to offer
    // (or an even split of the types present, when there are fewer than three)
    const types = new Set(published.map((c) => c.question.type)).size;
    for (const type of ["mcq", "cloze", "short_answer"]) expect(count(type)).toBeLessThanOrEqual(Math.max(0.45, 1 / types) * published.length);
  });

  it("publishes no recall question whose answer the document names once, outside its section's heading (an incidental detail)", () => {
    const text = "# Brokers\n\nKafka keeps messages for a configurable retention period. RabbitMQ was written in Erlang by Pivotal engineers. Pulsar separates storage from serving with Apache BookKeeper.\n";
    const { candidates } = generateWithTrace(text, { slug: "incidental" });
    const subjects = candidates.filter((c) => c.question.type === "cloze" && ["Kafka", "RabbitMQ", "Pulsar"].includes(String(c.question.answer)));
    expect(subjects).toHaveLength(3);
    for (const c of candidates) c.score = c.question.type === "cloze" && subjects.includes(c) ? 0.9 : 0.1;
    const [kafka, rabbit, pulsar] = subjects;
    kafka.features = { ...kafka.features!, answer_in_heading: 1, answer_repeated_in_doc: 0 };
    rabbit.features = { ...rabbit.features!, answer_in_heading: 0, answer_repeated_in_doc: 1 / 3 };
    pulsar.features = { ...pulsar.features!, answer_in_heading: 0, answer_repeated_in_doc: 0 };
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published").map((c) => c.question.answer);
    expect(published).toEqual(expect.arrayContaining(["Kafka", "RabbitMQ"]));
    expect(published).not.toContain("Pulsar");
  });

  it("publishes no blank whose answer is a name every student knows, unless a heading says the document is about it ('strips unnecessary ____ from the page' → JavaScript)", () => {
    const text = "# Site builders\n\n## Astro\n\nAstro strips unnecessary JavaScript from the page. Astro was created by Fred Schott.\n\n## JSON\n\nJSON took over the API world. Astro reads JSON files too.\n";
    const { candidates } = generateWithTrace(text, { slug: "commonplace" });
    const asked = candidates.filter((c) => c.question.type === "cloze" && ["JavaScript", "JSON"].includes(String(c.question.answer)));
    expect(asked.map((c) => c.question.answer)).toEqual(expect.arrayContaining(["JavaScript", "JSON"]));
    for (const c of candidates) c.score = asked.includes(c) ? 0.9 : 0.1;
    for (const c of asked) c.features = { ...c.features!, answer_repeated_in_doc: 1 / 3 };
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published").map((c) => c.question.answer);
    expect(published).not.toContain("JavaScript");
    expect(published).toContain("JSON");
  });

  it("publishes a milestone's date told in prose from a lower score than other questions, never a minor date's (histories published almost nothing: the ranker scores dates low)", () => {
    const text = "# History of Fetchy\n\nAda released Fetchy 1.0, the first release, in March 1998.\n\nAda renamed the project to Fetchy in August 1999.\n\nFetchy 7.15 added support for FTP over SSL in 2006.\n\nFetchy is a command line tool. Fetchy runs everywhere.\n";
    const { candidates } = generateWithTrace(text, { slug: "milestones" });
    const dates = candidates.filter((c) => c.builder === "date-year" || c.builder === "date-mcq");
    expect(dates.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = dates.includes(c) ? 0.55 : 0.1;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published");
    const prompts = published.map((c) => c.question.prompt).join("\n");
    expect(prompts).toMatch(/renamed the project to Fetchy/);
    expect(prompts).not.toMatch(/FTP over SSL/);
    // below the milestone threshold nothing is published
    for (const c of dates) c.score = 0.45;
    expect(selectTiers(candidates).filter((c) => c.question.tier === "published")).toEqual([]);
  });

  it("counts a date asked among dates ('Which date completes the statement?') as a date, never as an incidental detail", () => {
    // curl's history: "When did the following happen? Daniel received the Polhem Prize …" was held back as incidental
    // (a timeline's dates are now held back as a whole: events.test.ts; in prose a milestone's is published)
    const text = "# History of curl\n\nDaniel released curl 4 in March 1998.\n\nDaniel received the Polhem Prize for his work on curl in October 2017.\n\nDaniel started working full-time on curl in January 2019.\n\nWork started on trurl, a tool for parsing URLs, in March 2023.\n";
    const { candidates } = generateWithTrace(text, { slug: "dated" });
    const when = candidates.filter((c) => c.builder === "date-mcq");
    expect(when.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = when.includes(c) ? 0.9 : 0.1;
    for (const c of when) c.features = { ...c.features!, answer_in_heading: 0, answer_repeated_in_doc: 0, date_minor: 0, date_milestone: 1 };
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published");
    expect(published.filter((c) => when.includes(c)).length).toBeGreaterThan(0);
  });

  it("publishes no blank that is all a bracket holds ('Dask's DataFrame (____)' → DaskDF, 'Munich (____)' → Germany: the words before it give the alias away)", () => {
    const text = "# Why Modin\n\nModin scales pandas. Modin runs on Ray. Modin keeps the pandas API. Modin's default engine (Ray) schedules many small tasks across cores. Dask partitions data by rows. Modin partitions data by rows and columns. Koalas runs on Spark. Koalas partitions data by rows. Ray is a distributed runtime.\n";
    const alias = tiersOfPromptsWith(text, "aliases", "(____)");
    expect(alias.length).toBeGreaterThan(0);
    expect(alias).not.toContain("published");
  });

  it("publishes no question whose answer is who tells the story ('____ remembers discovering that Facebook had quietly integrated Asm.js …': twenty-third round, rated trivia blind)", () => {
    const text = "# Ten years of Wasm\n\nWasm is a binary format for the web. Luke Wagner remembers discovering that Facebook had quietly integrated Asm.js into their site. Dan Gohman recalls internal resistance to the name. Luke Wagner made the first commits to the design repository in April 2015. Dan Gohman led the work on the system interface.\n";
    const told = tiersOfPromptsWith(text, "told", "____ re");
    expect(told.length).toBeGreaterThan(0);
    expect(told).not.toContain("published");
  });

  it("publishes nothing from a sentence that points to where something is written up ('Some additional details about the early design of HARP are available in …': the bibliography in prose, twenty-fifth round, rated trivia blind)", () => {
    const text = "# Dylan\n\nDylan is a programming language. HARP is the back end of the Dylan compiler. Some additional details about the early design of HARP are available in Techniques for Dynamic Software Migration from 1988. Paul Potts wrote about his experiences with Apple Dylan. Apple Dylan ran on the Macintosh. HARP generates machine code.\n";
    const pointers = [...tiersOfPromptsWith(text, "pointers", "are available in"), ...tiersOfPromptsWith(text, "pointers", "wrote about")];
    expect(pointers.length).toBeGreaterThan(0);
    expect(pointers).not.toContain("published");
  });

  it("publishes no blank of whom someone works for ('Sundar Pichai, the chief executive of ____, has said …' → Google: a post is trivia)", () => {
    const text = "# TensorFlow and PyTorch\n\nTensorFlow and PyTorch are machine learning frameworks. Sundar Pichai, the chief executive of Google, has said that AI is one of the most important things humanity is working on. TensorFlow was released by Google in November 2015. PyTorch was released by Meta in September 2016. PyTorch is popular in research.\n";
    const post = tiersOfPromptsWith(text, "posts", "chief executive of ____");
    expect(post.length).toBeGreaterThan(0);
    expect(post).not.toContain("published");
  });

  it("publishes no blank of who advised the people credited with a piece of work ('… developed by Yunsup Lee and Andrew Waterman, advised by ____' → Krste Asanović: the credits, rated trivia blind)", () => {
    const text = "# RISC-V history\n\nRISC-V is an instruction set architecture. The Hwacha vector unit was developed by Yunsup Lee and Andrew Waterman, advised by Krste Asanovic. Krste Asanovic taught the first class. Rocket is a processor core. Rocket was taped out in 2011. Rocket runs Linux. Rocket is written in Chisel. Hwacha runs vector code on Rocket.\n";
    const credit = tiersOfPromptsWith(text, "credits", "advised by ____");
    expect(credit.length).toBeGreaterThan(0);
    expect(credit).not.toContain("published");
  });

  it("publishes no blank in what a sentence denies ('GraphQL was not invented to enable ____' → Relay: countless answers fit), and still asks whom it is denied of", () => {
    const text = "# GraphQL and REST\n\nGraphQL is a query language. GraphQL was not invented to enable Relay. Relay is a framework for React. REST is an architectural style. REST does not describe a query language.\n";
    const { candidates } = generateWithTrace(text, { slug: "denied" });
    const denied = candidates.filter((c) => c.question.type === "cloze" && c.question.prompt.includes("not invented to enable ____"));
    const subject = candidates.filter((c) => c.question.type === "cloze" && c.question.prompt.includes("____ was not invented"));
    expect(denied.length).toBe(1);
    expect(subject.length).toBe(1);
    // one recall question a fact: each is scored likely alone
    for (const asked of [denied, subject]) {
      for (const c of candidates) c.score = asked.includes(c) ? 0.9 : 0.1;
      for (const c of asked) c.features = { ...c.features!, answer_repeated_in_doc: 1 / 3, answer_in_heading: 1, answer_is_topic: 0, answer_foil_named: 0 };
      selectTiers(candidates);
    }
    expect(subject[0].question.tier).toBe("published");
    for (const c of candidates) c.score = denied.includes(c) ? 0.9 : 0.1;
    selectTiers(candidates);
    expect(denied[0].question.tier).toBe("suggested");
  });

  it("publishes no swap of two timeline lines ('Zulip Server 1.7 was released, with 3675 new commits …': which release had which counts is the timeline's detail)", () => {
    const text = "# Fetchy history\n\n## Major releases\n\n- October 2017: Fetchy Server 1.7 was released, with 3675 new commits by about 100 contributors.\n- June 2017: Fetchy Server 1.6 was released, with over 3100 new commits by more than 150 contributors.\n\n## Team\n\nFetchy is written in Python. Fetchy is maintained by Kandra Labs.\n";
    const { candidates } = generateWithTrace(text, { slug: "timeline-swaps" });
    const swaps = candidates.filter((c) => c.builder.startsWith("contrast-parallel") && c.question.type === "true_false");
    expect(swaps.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = swaps.includes(c) ? 0.9 : 0.1;
    selectTiers(candidates);
    expect(swaps.map((c) => c.question.tier)).not.toContain("published");
  });

  it("publishes nothing from a sentence the writer exclaims ('Elixir is very popular and a great language!': enthusiasm, not a fact)", () => {
    // and one closed with a stray full stop ("… is inviting you to participate!.", NetBeans' history)
    const text = "# Gleam FAQ\n\n## Elixir\n\nElixir is very popular and a great language! Elixir has a powerful macro system. Elixir runs on the Erlang virtual machine. The Elixir community is inviting you to participate!.\n";
    const { candidates } = generateWithTrace(text, { slug: "exclaimed" });
    const exclaimed = candidates.filter((c) => /!\.?$/.test(c.question.source.sentence));
    expect(exclaimed.some((c) => c.question.source.sentence.endsWith("!."))).toBe(true);
    expect(exclaimed.length).toBeGreaterThan(0);
    for (const c of candidates) {
      c.score = 0.9;
      c.features = { ...c.features!, answer_repeated_in_doc: 1, answer_in_heading: 1, answer_is_topic: 0, answer_foil_named: 0 };
    }
    selectTiers(candidates);
    expect(exclaimed.map((c) => c.question.tier)).not.toContain("published");
    expect(candidates.filter((c) => c.question.tier === "published" && !exclaimed.includes(c)).length).toBeGreaterThan(0);
  });

  it("publishes no typed subject of a claim something else holds too ('____ also provides tools for routing …', 'Which of Elixir and Gleam is another language that runs on the Erlang VM?')", () => {
    const text = "# Gleam and Elixir\n\n## Elixir\n\nGleam runs on the Erlang virtual machine. Elixir is another language that runs on the Erlang virtual machine. Elixir also provides tools for routing as separate modules. Elixir has a powerful macro system, while Gleam has no metaprogramming features.\n";
    const { candidates } = generateWithTrace(text, { slug: "shared-claims" });
    const shared = candidates.filter((c) => (c.question.type === "cloze" || c.builder === "subject-question") && /(?:____|Gleam) (?:is another|also provides)/.test(c.question.prompt));
    expect(shared.length).toBeGreaterThan(1);
    for (const c of candidates) c.score = shared.includes(c) ? 0.9 : 0.1;
    for (const c of shared) c.features = { ...c.features!, answer_repeated_in_doc: 1, answer_in_heading: 1, answer_is_topic: 0, answer_foil_named: 0 };
    selectTiers(candidates);
    expect(shared.map((c) => c.question.tier)).not.toContain("published");
  });

  it("sets no apposition against another paragraph's ('DevEdge, the developer documentation from Netscape' / 'AOL, Netscape's parent company' → 'DevEdge is Netscape's parent company')", () => {
    const text = "# The history of MDN\n\n## Pre-wiki era\n\nIn the early days there was DevEdge, the developer documentation from Netscape.\n\nIn 2004 this popular website was shut down by AOL, Netscape's parent company.\n";
    const swaps = generateWithTrace(text, { slug: "appositions" }).candidates.filter((c) => c.question.type === "true_false").map((c) => c.question.prompt);
    expect(swaps.filter((p) => /DevEdge is Netscape's parent company|AOL is the developer documentation/.test(p))).toEqual([]);
  });

  it("publishes no swap of two numbered releases told in prose ('The OCaml 5.0 release in 2012 added GADTs …': which release brought what is a timeline's detail)", () => {
    const text = "# A history of Fetchy\n\n## Releases\n\n- The Fetchy 4.0 release in 2012 added generalized algebraic data types and first-class modules.\n- The Fetchy 5.0 release in 2022 added effect handlers and shared-memory parallelism.\n";
    const { candidates } = generateWithTrace(text, { slug: "release-swaps" });
    const swaps = candidates.filter((c) => c.builder.startsWith("contrast-parallel") && c.question.type === "true_false");
    expect(swaps.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = swaps.includes(c) ? 0.9 : 0.1;
    selectTiers(candidates);
    expect(swaps.map((c) => c.question.tier)).not.toContain("published");
  });

  it("publishes no acronym asked from the sentence that spells it out ('____ is an acronym for Representational State Transfer' → REST)", () => {
    const text = "# GraphQL and REST\n\nGraphQL is a query language for APIs. REST is an acronym for Representational State Transfer. REST is an architectural style for the web. GraphQL came from Facebook.\n";
    const { candidates } = generateWithTrace(text, { slug: "spelled" });
    const spelled = candidates.filter((c) => c.question.answer === "REST" && /acronym for/.test(c.question.prompt));
    expect(spelled.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = spelled.includes(c) ? 0.9 : 0.1;
    for (const c of spelled) c.features = { ...c.features!, answer_repeated_in_doc: 1 / 3, answer_in_heading: 1, answer_is_topic: 0, answer_foil_named: 0 };
    selectTiers(candidates);
    expect(spelled.map((c) => c.question.tier)).not.toContain("published");
  });

  it("publishes no short answer whose answer is a release of a name ('Which technology will become LTS in October?' → Node.js 27)", () => {
    const text = "# JavaScript runtimes in 2026\n\nDeno and Bun are JavaScript runtimes. Bun is written in Zig. Deno is written in Rust. Node.js 27 will become LTS in October. Node.js 26 follows the existing schedule. Node.js 27 ships in April and Node.js 26 ships in October. Deno ships every six weeks.\n";
    const { candidates } = generateWithTrace(text, { slug: "releases" });
    const typed = candidates.filter((c) => c.question.type === "short_answer" && /^Node\.js \d+$/.test(String(c.question.answer)));
    expect(typed.length).toBe(2);
    // likely by the ranker and named again elsewhere: only the release rule keeps them from the tier
    for (const c of candidates) c.score = typed.includes(c) ? 0.9 : 0.1;
    for (const c of typed) c.features = { ...c.features!, answer_repeated_in_doc: 1 / 3 };
    const tiers = selectTiers(candidates);
    expect(tiers.filter((c) => typed.includes(c)).map((c) => c.question.tier)).toEqual(["suggested", "suggested"]);
  });

  it("publishes a subject asked among names ('Which of A and B …?', multiple choice), never typed among all there are ('Which technology …?')", () => {
    // "Which technology is a full-featured framework that is designed to be highly opinionated?" → Ember, where the review calls Angular opinionated too
    const text = "# Comparison with other frameworks\n\n## Ember\n\nEmber is a full-featured framework that is designed to be highly opinionated. Ember ships its own router.\n\n## Angular\n\nAngular is a platform with strong opinions about how apps are structured. Angular uses TypeScript.\n\n## Knockout\n\nKnockout was a pioneer in the MVVM and dependency tracking spaces. Knockout supports IE6.\n";
    const { candidates } = generateWithTrace(text, { slug: "open-subject" });
    const open = candidates.filter((c) => /^Which technology /.test(c.question.prompt));
    expect(open.length).toBeGreaterThan(0);
    for (const c of candidates) c.score = c.builder === "subject-question" ? 0.9 : 0.1;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published");
    expect(published.filter((c) => open.includes(c))).toEqual([]);
    expect(published.map((c) => c.question.prompt)).toContain("Which of Ember and Knockout was a pioneer in the MVVM and dependency tracking spaces?");
  });

  it("never sets a name every student knows against a compared one unless a heading names it ('Which of PyOxidizer and Python …?', 'Which of PyInstaller and Python …?' rated garbled blind)", () => {
    const text = "# Comparisons to Other Tools\n\nFreezer packages Python applications. Freezer embeds a Python interpreter. Python applications are hard to ship. Python code runs anywhere Python runs.\n\n## Packer\n\nPacker converts Python scripts to Windows programs. Packer needs Python on the target. Packer is older than Freezer.\n\n## Zipper\n\nZipper bundles Python applications into zip files. Zipper requires Python on the target system. Zipper is smaller than Freezer.\n";
    const prompts = generateWithTrace(text, { slug: "commonplace-side" }).candidates.map((c) => c.question.prompt);
    expect(prompts.filter((p) => /^Which of .*\bPython\b.* and |^Which of \S+ and Python\b/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /^Which of (?:Freezer and Packer|Freezer and Zipper|Packer and Freezer|Zipper and Freezer)\b/.test(p)).length).toBeGreaterThan(0);
  });

  it("publishes no matching of features to the versions that brought them (a version number to recall: a blind sample rejected Rust's)", () => {
    const text = "# Five years of Zig\n\n## 2016\n\n**0.1 — The Build System:** Zig gained its own build system for projects.\n\n**0.2 — Async Functions:** Zig added async functions for event loops.\n\n**0.3 — Comptime Reflection:** Zig exposed type information at compile time.\n\n**0.4 — Cross Compilation:** Zig could target every platform from any host.\n";
    const { candidates } = generateWithTrace(text, { slug: "versions" });
    const versions = candidates.filter((c) => c.question.prompt === "Match each item to the version the review lists it under.");
    expect(versions.map((c) => c.question.answer)).toEqual([["The Build System → 0.1", "Async Functions → 0.2", "Comptime Reflection → 0.3", "Cross Compilation → 0.4"]]);
    for (const c of candidates) c.score = 0.9;
    expect(selectTiers(candidates).filter((c) => versions.includes(c)).map((c) => c.question.tier)).toEqual(["suggested"]);
  });

  it("publishes no blank in a timeline's note, nor its date ('In August 2019, the first ____ requests with curl.': a note, not a sentence)", () => {
    const text = "# History of Fetchy\n\n## 2019\n\nAugust: the first HTTP/3 requests with Fetchy.\n\nOctober: Fetchy dropped support for Gopher.\n\n## 2020\n\nMarch: Fetchy added support for HTTP/0.9 responses.\n\nJune: Fetchy added a new TLS backend called Rustls.\n\n## 2021\n\nMay: Fetchy removed support for the Gopher protocol.\n";
    const { candidates } = generateWithTrace(text, { slug: "timeline-notes" });
    for (const c of candidates) c.score = 0.9;
    const tiers = selectTiers(candidates);
    expect(tiers.filter((c) => c.question.tier === "published" && ["cloze", "mcq", "short_answer"].includes(c.question.type))).toEqual([]);
    // they are suggested, for the author to promote
    expect(tiers.some((c) => c.question.tier === "suggested" && /did the following happen/.test(c.question.prompt))).toBe(true);
    expect(tiers.some((c) => c.question.tier === "suggested" && c.question.type === "cloze")).toBe(true);
  });

  it("publishes no question that names the other of two compared names: 'lighter weight than ____' in Dask vs Spark leaves only Spark", () => {
    const text = "# Dask and Spark\n\nDask is a parallel computing library for Python. Spark is a distributed engine written in Scala. Generally Dask is smaller and lighter weight than Spark. Spark is older and has become a dominant tool in the Big Data enterprise world. Dask is younger and extends the NumPy stack.\n";
    const { candidates } = generateWithTrace(text, { slug: "foil" });
    const foiled = candidates.filter((c) => c.features?.answer_foil_named);
    expect(foiled.map((c) => c.question.prompt)).toContainEqual(expect.stringContaining("lighter weight than ____"));
    for (const c of candidates) c.score = 0.9;
    expect(selectTiers(candidates).filter((c) => c.question.tier === "published" && c.features?.answer_foil_named)).toEqual([]);
  });

  it("asks which of the compared names in a comparison, but never the topic of a single-subject review", () => {
    const body = "PyTorch constructs graphs as operations are executed. PyTorch was developed by Meta's AI team. PyTorch has primarily lower level APIs. PyTorch is popular in academic research. TensorFlow offers both high and low level APIs.\n";
    const compared = generateWithTrace(`# TensorFlow and PyTorch\n\n${body}`, { slug: "compared" }).candidates;
    expect(compared.some((c) => c.question.answer === "PyTorch")).toBe(true);
    expect(compared.filter((c) => c.features?.answer_is_topic)).toEqual([]);
    const single = generateWithTrace(`# Five years of PyTorch\n\n${body}`, { slug: "single" }).candidates;
    expect(single.some((c) => c.question.answer === "PyTorch" && c.features?.answer_is_topic)).toBe(true);
    expect(single.filter((c) => c.question.tier === "published" && c.question.answer === "PyTorch")).toEqual([]);
  });

  it("keeps question ids when an unrelated paragraph is added", () => {
    const edited = generateBank(`${review}\n\n## Extra\n\nKeras was released in March 2015 by François Chollet.\n`, { fileName: "tensorflow-vs-pytorch.md" });
    const before = new Map(bank.questions.map((q) => [q.prompt, q.id]));
    const kept = edited.questions.filter((q) => before.has(q.prompt));
    expect(kept.length).toBeGreaterThan(bank.questions.length / 2);
    for (const q of kept) expect(q.id).toBe(before.get(q.prompt));
  });

  it("gives every question of a bank its own id, when one sentence blanks a name with and without its article ('than ____' → the GPL, 'than the ____' → GPL)", () => {
    // uploading Fossil's comparison with Git failed: the store refused the second of two questions with one id
    const text = "# Fossil Versus Git\n\n## GPL vs. BSD\n\nGit is covered by the GPL license whereas Fossil is covered by a two-clause BSD license. The BSD licenses make reading much easier than the GPL, because the reader need not surrender proprietary interest in their own enhancements. The GPL makes writing easier. The GPL is designed to make reading harder.\n";
    const ids = generateBank(text, { slug: "fossil" }).questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("makes false statements only from a contrast the document draws", () => {
    const silent = generateBank("# Brokers\n\nKafka keeps messages for a configurable retention period. RabbitMQ was first released in 2007 by Rabbit Technologies. Kafka is used for event streaming by many teams.\n", { slug: "brokers" });
    expect(silent.questions.filter((q) => q.type === "true_false" && q.answer === "false")).toEqual([]);
    const { candidates } = generateWithTrace("# Kafka and RabbitMQ\n\n## Language\n\n- Kafka is written in Scala and Java by its developers.\n- RabbitMQ is written in Erlang by its developers.\n", { slug: "brokers" });
    const falses = candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false");
    expect(falses.map((c) => c.question.prompt)).toContain("True or false: RabbitMQ is written in Scala and Java by its developers.");
    expect(falses.every((c) => c.builder.startsWith("contrast-"))).toBe(true);
  });

  it("makes a false statement of a one-way comparison by swapping its two names, and of nothing that could hold both ways", () => {
    const falses = (text: string) =>
      generateWithTrace(text, { slug: "compare" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    const doc = (...sentences: string[]) => `# Dask and Spark\n\nDask is a Python library for parallel computing. Spark is a cluster engine written in Scala.\n\n${sentences.join(" ")}\n`;
    expect(falses(doc("Generally Dask is smaller and lighter weight than Spark."))).toContain("True or false: Generally Spark is smaller and lighter weight than Dask.");
    // "no faster than" may hold both ways; a relative clause compares something else
    expect(falses(doc("Dask is faster than Spark."))).toContain("True or false: Spark is faster than Dask.");
    expect(falses(doc("Dask is no faster than Spark."))).toEqual([]);
    expect(falses(doc("Unlike Spark, Dask is written in Python."))).toContain("True or false: Unlike Dask, Spark is written in Python.");
    expect(falses(doc("Dask provides a futures interface that is lower-level than Spark streaming."))).toEqual([]);
    // the heading names what "larger" is measured against
    const headed = falses("# TensorFlow vs PyTorch\n\nBoth TensorFlow and PyTorch are open source. Generally, PyTorch is great for individual research because of its flexibility. In contrast, TensorFlow excels in production due to its ability to scale for larger models.\n");
    expect(headed).toContain("True or false: Compared with TensorFlow, PyTorch excels in production due to its ability to scale for larger models.");
  });

  it("makes no false statement of two states of different kinds ('Hotmail had been around for a while, but Gmail was fast', rated not acceptable on pjax's interview)", () => {
    const falses = (text: string) =>
      generateWithTrace(text, { slug: "states" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    const doc = (sentence: string) => `# Webmail\n\nGmail and Hotmail are webmail services. Gmail was launched by Google.\n\n${sentence}\n`;
    expect(falses(doc("Hotmail had been around for a while, but Gmail was fast."))).toEqual([]);
    expect(falses(doc("Hotmail was slow, but Gmail was fast."))).toContain("True or false: Gmail was slow.");
  });

  it("makes no false statement of a name set by 'but' against another's possession ('Jason thought …, but Dan's source code was not public', rated wrong blind on Appium's history)", () => {
    const falses = (sentence: string) =>
      generateWithTrace(`# Appium\n\nJason Huggins and Dan Cuellar started Appium. Dan Cuellar wrote iOS Auto.\n\n${sentence}\n`, { slug: "shapes" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    expect(falses("Jason Huggins thought the project might be useful, but Dan Cuellar's source code was not public.")).toEqual([]);
    // "while"/"whereas" set two sides against each other whatever their shape
    expect(falses("CUE's focus is data validation whereas Jsonnet focuses on data templating.")).toContain("True or false: Jsonnet's focus is data validation.");
  });

  it("makes no true/false question of a contrast that leans on the sentence before ('The lower level APIs are great for ease-of-use': whose? rated unresolved blind on the original seed)", () => {
    const trueOrFalse = (text: string) =>
      generateWithTrace(text, { slug: "leaning" })
        .candidates.filter((c) => c.question.type === "true_false")
        .map((c) => c.question.prompt);
    const leaning = trueOrFalse("# Frameworks\n\nTensorFlow offers both high and low level APIs. The higher level APIs are great for ease-of-use while the lower level APIs provide more control.\n");
    expect(leaning.filter((p) => p.includes("level APIs"))).toEqual([]);
    // named sides stand on their own
    expect(trueOrFalse("# Webmail\n\nGmail and Hotmail are webmail services. Hotmail was slow, while Gmail was fast.\n")).toContain("True or false: Gmail was slow.");
  });

  it("drops a closing 'instead', which points at the other side of the contrast ('True or false: LLVM passes arguments to BBs instead.' was rated unresolved blind)", () => {
    const statements = generateWithTrace("# Webmail\n\nGmail and Hotmail are webmail services. Hotmail sorts mail into folders while Gmail attaches labels to messages instead.\n", { slug: "instead" })
      .candidates.filter((c) => c.question.type === "true_false")
      .map((c) => c.question.prompt);
    expect(statements).toContain("True or false: Hotmail attaches labels to messages.");
    expect(statements.filter((p) => /instead/.test(p))).toEqual([]);
  });

  it("gives a swapped kind the article it takes ('An leaf node can have …' was published from '… whereas an internal node can have …')", () => {
    const falses = generateWithTrace("# B-trees\n\n## Nodes\n\nA B-tree has leaf nodes and internal nodes. A leaf node contains data records and has no children, whereas an internal node can have a variable number of child nodes.\n", { slug: "articles" })
      .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
      .map((c) => c.question.prompt);
    expect(falses).toContain("True or false: A leaf node can have a variable number of child nodes.");
    expect(falses.filter((p) => /\b[Aa]n leaf\b|\b[Aa] internal\b/.test(p))).toEqual([]);
  });

  it("makes no false statement of a swap the other side's own words may make true ('… uses React, while Astro supports React, Vue.js …')", () => {
    const trueOrFalse = (text: string) =>
      generateWithTrace(text, { slug: "swap-holds" })
        .candidates.filter((c) => c.question.type === "true_false")
        .map((c) => `${c.question.prompt} ${c.question.answer}`);
    const supports = trueOrFalse("# Astro vs. X\n\n## Docusaurus vs. Astro\n\nDocusaurus is a popular documentation website builder. Docusaurus uses React to generate your website UI while Astro supports React, Preact, Vue.js, Svelte and raw HTML templating.\n");
    expect(supports).toContain("True or false: Docusaurus uses React to generate your website UI. true");
    expect(supports.filter((p) => p.startsWith("True or false: Astro uses React"))).toEqual([]);
    // the same verb sets apart what follows it: "Dask is written in Scala …" stays false
    const written = trueOrFalse("# Dask and Spark\n\n## Language\n\n- Spark is written in Scala with some support for Python and R.\n- Dask is written in Python and only really supports Python.\n");
    expect(written).toContain("True or false: Dask is written in Scala with some support for Python and R. false");
    expect(written).toContain("True or false: Spark is written in Python and only really supports Python. false");
  });

  it("makes no true/false statement of a possessive whose noun the sentence left out ('… while SvelteKit's is broken up into multiple pages')", () => {
    const prompts = generateWithTrace("# Astro vs. X\n\n## SvelteKit vs. Astro\n\nSvelteKit is a framework for building apps. Astro's documentation is served as a single page while SvelteKit's is broken up into multiple pages.\n", { slug: "ellipsis" }).candidates.map((c) => c.question.prompt);
    expect(prompts.filter((p) => /^True or false: \w+'s is /.test(p))).toEqual([]);
  });

  it("makes no false statement of a hedged comparison ('In some cases, Linux may perform better than FreeBSD') nor of a predicate that names its own subject", () => {
    const falses = (text: string) =>
      generateWithTrace(text, { slug: "hedged" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    const doc = (sentence: string) => `# Dask and Spark\n\nDask is a Python library for parallel computing. Spark is a cluster engine written in Scala.\n\n${sentence}\n`;
    expect(falses(doc("Dask is faster than Spark."))).toContain("True or false: Spark is faster than Dask.");
    expect(falses(doc("In some cases, Dask may be faster than Spark."))).toEqual([]);
    const aims = falses('# Explaining BSD\n\n## The projects\n\n- NetBSD aims for maximum portability: "of course it runs NetBSD".\n- OpenBSD aims for security and code purity.\n');
    expect(aims.filter((p) => p.includes("runs NetBSD"))).toEqual([]);
  });

  it("never swaps a short name into a predicate that names it ('Go is the author of a popular book on Go')", () => {
    const text = "# Go in 2017\n\nAlan Donovan is the author of a popular book on Go.\n\nGo is a programming language designed at Google.\n";
    const prompts = generateWithTrace(text, { slug: "go-book" }).candidates.map((c) => c.question.prompt);
    expect(prompts.filter((p) => /^True or false: Go is the author/.test(p))).toEqual([]);
  });

  it("makes a false statement of a sentence that sets itself against one before it ('On the other hand, …'), and of nothing unmarked", () => {
    const falses = (text: string) =>
      generateWithTrace(text, { slug: "graphs" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    const doc = (opener: string) =>
      `# TensorFlow vs PyTorch\n\n## Graphs\n\nTensorFlow pre-defines its graphs at the beginning of training. This can be beneficial in performance for large models. ${opener}PyTorch constructs graphs as operations are executed.\n`;
    // the other side is the nearest statement before with a name of its own (not "This can be …")
    expect(falses(doc("On the other hand, "))).toEqual(["True or false: PyTorch pre-defines its graphs at the beginning of training.", "True or false: TensorFlow constructs graphs as operations are executed."]);
    expect(falses(doc("By contrast, "))).toHaveLength(2);
    expect(falses(doc(""))).toEqual([]);
    expect(falses(doc("Similarly, "))).toEqual([]);
  });

  it("makes a false statement of two kinds of one thing set against each other, and never of two unrelated subjects", () => {
    const falses = (sentence: string) =>
      generateWithTrace(`# Testing\n\nTests come in several kinds. ${sentence}\n`, { slug: "kinds" })
        .candidates.filter((c) => c.question.type === "true_false" && c.question.answer === "false")
        .map((c) => c.question.prompt);
    expect(falses("Unit tests run in milliseconds, while browser tests take minutes.")).toEqual(["True or false: Browser tests run in milliseconds.", "True or false: Unit tests take minutes."]);
    // a hyphenated kind is swapped whole ("Low-level APIs", never "Low-level- APIs")
    expect(falses("High-level APIs favour ease of use, while low-level APIs give fine control.")).toContain("True or false: Low-level APIs favour ease of use.");
    // a comparative names what it is measured against
    expect(falses("Static graphs are faster to deploy, whereas dynamic graphs are easier to debug.")).toContain("True or false: Compared with the static graphs, dynamic graphs are faster to deploy.");
    // different things, or a quantifier rather than a kind: no swap
    expect(falses("Small teams run unit tests, while large companies buy testing services.")).toEqual([]);
    expect(falses("Most tests run in milliseconds, while some tests drive a real browser.")).toEqual([]);
  });

  it("makes a false statement of what the document denies by saying it without its 'not', and never of a hedged or partial denial", () => {
    const tf = (sentence: string) =>
      generateWithTrace(`# Ruff\n\nRuff is a Python linter written in Rust. ${sentence}\n`, { slug: "denials" })
        .candidates.filter((c) => c.builder.startsWith("negation-"))
        .map((c) => `${c.question.prompt} => ${c.question.answer}`);
    expect(tf("Ruff does not support Python 2.")).toEqual(["True or false: Ruff does not support Python 2. => true", "True or false: Ruff supports Python 2. => false"]);
    expect(tf("Ruff doesn't currently support INI files.")).toContain("True or false: Ruff currently supports INI files. => false");
    expect(tf("Ruff does not yet support third-party plugins.")).toContain("True or false: Ruff supports third-party plugins. => false");
    expect(tf("Ruff cannot lint Python 2 code.")).toContain("True or false: Ruff can lint Python 2 code. => false");
    expect(tf("Ruff is not a type checker.")).toContain("True or false: Ruff is a type checker. => false");
    // a hedge, a quantifier, a second claim, an unnamed subject: the flip would be partly true or unclear
    for (const sentence of ["Ruff may not support Python 2.", "Ruff does not always agree with Pylint.", "Ruff does not count try blocks, unlike Pylint.", "The tools do not share a cache.", "Ruff does not fix unsafe code; Black does not lint."]) expect(tf(sentence)).toEqual([]);
    // the writer's regret gives the flip away ("Unfortunately, V8's strings are multi-thread safe": seventh round)
    expect(tf("Unfortunately, Ruff does not support Python 2.")).toEqual([]);
    // a consequence of the denial would follow from nothing ("… were particularly designed for extensibility, and as a consequence have added …": RISC-V's history, rated garbled blind)
    expect(tf("Ruff was not designed for plugins, and as a consequence has grown a large core.")).toEqual([]);
  });

  it("never blanks part of a hyphenated word or an item of an enumeration", () => {
    const b = generateBank("# Spark\n\nSpark is an all-in-one project for big data. Other popular projects include Hive, Pig, Flink, and Storm in the Hadoop world.\n", { slug: "spark" });
    for (const q of b.questions) {
      expect(q.answer).not.toBe("an all");
      if (q.type === "cloze") expect(["Pig", "Flink", "Hive", "Storm"]).not.toContain(q.answer);
    }
  });
});
