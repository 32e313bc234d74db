// The automatic defect classes (#10): each with an example of the kind the blind ratings found in
// the old generator's output. The generator never publishes a question with a defect.
import { describe, expect, it } from "vitest";
import type { BankQuestion } from "@/lib/content";
import { questionDefects, setDefects } from "@/lib/content/defects";

function q(over: Partial<BankQuestion>): BankQuestion {
  return { id: "q", factIds: ["f"], type: "cloze", prompt: "Fill in the blank: Spark is written in ____.", answer: "Scala", explanation: "e", source: { sentence: "s" }, ...over } as BankQuestion;
}
const defectsOf = (over: Partial<BankQuestion>, extra: { fromReferences?: boolean; hasContext?: boolean } = {}) => questionDefects({ question: q(over), ...extra });

describe("defect classes", () => {
  it("accepts a clean question", () => {
    expect(defectsOf({})).toEqual([]);
  });

  it("fragment: a blank that runs list items together or a statement that is not a sentence", () => {
    expect(defectsOf({ prompt: "Fill in the blank: and similarly fast ____", answer: "code" })).toContain("fragment");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Vitest also provides setup for ____, for example:", answer: "Vitest", choices: ["Vitest", "Jest", "Mocha"] })).toContain("fragment");
  });

  it("unbalanced brackets or quotes: truncated parentheses such as “(e.g”", () => {
    expect(defectsOf({ prompt: "Fill in the blank: Tools ____ are popular.", answer: "(e.g" })).toContain("unbalanced");
  });

  it("answer edges: answers that start or end on a function word, or are a pronoun", () => {
    // "18 / 20+" cut at the slash (sixteenth blind rating)
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Node.js ____ 20+ is now required.", answer: "18 /", choices: ["18 /", "16 /", "14 /"] })).toContain("answer-edge");
    expect(defectsOf({ prompt: "Fill in the blank: The key thing to keep in ____ is speed.", answer: "mind is that" })).toContain("answer-edge");
    expect(defectsOf({ prompt: "Fill in the blank: Developers like ____ a lot.", answer: "them" })).toContain("answer-edge");
  });

  it("trivial answers: 'cases', 'graphs', 'the rise'", () => {
    // where files live, and the noun that announces a point (sixteenth blind rating)
    expect(defectsOf({ prompt: "Fill in the blank: There is only one ____ in the node_modules called .pnpm and a symlink called express.", answer: "folder" })).toContain("trivial-answer");
    expect(defectsOf({ prompt: "Fill in the blank: ____ is that express is just a symlink.", answer: "The trick" })).toContain("trivial-answer");
    // a hedge, not a fact (fourteenth round)
    expect(defectsOf({ prompt: "Fill in the blank: Gleam is more actively developed than Alpaca (at ____).", answer: "time of writing" })).toContain("trivial-answer");
    expect(defectsOf({ prompt: "Fill in the blank: ____ is that pnpm links every package.", answer: "The advantage of pnpm" })).toContain("trivial-answer");
    for (const answer of ["cases", "graphs", "the rise"]) expect(defectsOf({ prompt: "Fill in the blank: PyTorch was on ____ in many places.", answer }), answer).toContain("trivial-answer");
  });

  it("trivial answers: a class noun alone ('Another big feature required by ____ is parsing data')", () => {
    for (const answer of ["APIs", "libraries", "developers"]) expect(defectsOf({ prompt: "Fill in the blank: Another big feature required by ____ is parsing data from incoming requests.", answer }), answer).toContain("trivial-answer");
    expect(defectsOf({ prompt: "Fill in the blank: PyTorch has primarily ____ which give developers more options.", answer: "lower level APIs" })).not.toContain("trivial-answer");
    // a generic technical acronym alone (seventh blind rating: "invalid ____ fragments" → URL); a named format is no such word
    for (const answer of ["URL", "UIs", "API"]) expect(defectsOf({ prompt: "Fill in the blank: Uv rejects indexes with invalid ____ fragments.", answer }), answer).toContain("trivial-answer");
    expect(defectsOf({ prompt: "Fill in the blank: ____ is obviously not a hypertext.", answer: "JSON" })).not.toContain("trivial-answer");
  });

  it("unresolved references: 'The new version …', 'It …', first person", () => {
    expect(defectsOf({ prompt: "Fill in the blank: The new version was aimed to be ____.", answer: "more user-friendly" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: It was released in ____.", answer: "2015" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: I wrote ____ in 2009.", answer: "pjax" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Both have ____.", answer: "labels" })).toContain("unresolved-reference");
    // "Both" with its two names is no reference
    expect(defectsOf({ prompt: "Fill in the blank: Both TensorFlow and PyTorch offer models for ____.", answer: "beginners and experts" })).not.toContain("unresolved-reference");
    // with the previous sentence shown as context the reference is resolved for the reader
    expect(defectsOf({ prompt: "Fill in the blank: TensorFlow 2.0 was released. The new version was aimed to be ____.", answer: "more user-friendly" }, { hasContext: true })).not.toContain("unresolved-reference");
  });

  it("unresolved references: a time the sentence before set, and one of a list it gave ('since then', 'Before then', 'One was …': ninth round, rated unresolved blind)", () => {
    expect(defectsOf({ prompt: "Fill in the blank: ____ has undergone several major releases since then.", answer: "POSTGRES" })).toContain("unresolved-reference");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Before then, ____ wouldn't even allow compiled Linux wheels.", answer: "PyPI" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: In 2016, Ray Donnelly joined the team at ____ soon afterwards.", answer: "Continuum" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: One was Red Hat's ____.", answer: "devtoolset" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: ____ has no equivalent ecosystem.", answer: "PostgreSQL" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: ____ is the equivalent of a Git branch.", answer: "A bookmark" })).not.toContain("unresolved-reference");
    // a time the sentence gives itself, and "one" that is no pronoun
    expect(defectsOf({ prompt: "Fill in the blank: ____ has undergone several major releases since 1996.", answer: "PostgreSQL" })).not.toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: One of the first users of ____ was Dropbox.", answer: "Rust" })).not.toContain("unresolved-reference");
  });

  it("unresolved references: 'At the time', 'At the same time', 'At that point' opening a sentence, a time the sentence before set (tenth round: published, rated blind)", () => {
    expect(defectsOf({ prompt: "Fill in the blank: At the same time the Chrome project started inside of ____.", answer: "Google" })).toContain("unresolved-reference");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? At the time, ____ was deep in building GitHub.", answer: "Chris Wanstrath" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: At that point, ____ was a rising competitor.", answer: "PyTorch" })).toContain("unresolved-reference");
    // shown with the sentence before, or saying which time it means
    expect(defectsOf({ prompt: "Fill in the blank: TensorFlow 2.0 was released. At that point, ____ was a rising competitor.", answer: "PyTorch" }, { hasContext: true })).not.toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: At the time Pulsar was born, it was using ____, which went EOL in 2021.", answer: "Electron 11" })).not.toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: At the time of writing, ____ builds 1k pages in 66 seconds.", answer: "Astro" })).not.toContain("unresolved-reference");
  });

  it("unresolved references: a place on the page the card cannot show ('… is here', 'from above', 'In either case': eighth round, rated unresolved blind)", () => {
    expect(defectsOf({ prompt: "Fill in the blank: The benchmark for ____ is here, and the benchmark for Mithril.js is here.", answer: "React" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: To illustrate, here's the 10,000 node benchmark from above using the development version of ____.", answer: "React" })).toContain("unresolved-reference");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? In either case, ____ presented a revolutionary concept.", answer: "C# 3.0" })).toContain("unresolved-reference");
    // the previous sentence shown before the prompt does not bring the page along
    expect(defectsOf({ prompt: "Fill in the blank: Mithril.js is fast. As shown below, ____ renders 10,000 nodes in 40 ms.", answer: "Mithril.js" }, { hasContext: true })).toContain("unresolved-reference");
    // "here" and "above" that point nowhere on the page
    expect(defectsOf({ prompt: "Fill in the blank: The Vue team is here to stay, with funding above ____ a year.", answer: "$100,000" })).not.toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Vue 3 was released here in Shanghai in ____.", answer: "2020" })).not.toContain("unresolved-reference");
  });

  it("trivial answers: a publication or event named by its kind (tenth blind rating: 'JetBrains's ____ awarded Go …')", () => {
    for (const answer of ["2018 Developer Survey", "an article", "the first major Go conference"]) expect(defectsOf({ prompt: "Fill in the blank: In 2008, Martin Fowler published ____ on the maturity model.", answer }), answer).toContain("trivial-answer");
    expect(defectsOf({ prompt: "Fill in the blank: More than 1,200 gophers attended ____ in Denver.", answer: "GopherCon" })).not.toContain("trivial-answer");
  });

  it("unresolved references: 'did so' (what was done is told in another sentence)", () => {
    expect(defectsOf({ type: "short_answer", prompt: "Who did so eloquently in his 2012 essay Go at Google?", answer: "Rob Pike" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Rob Pike did so eloquently in his 2012 essay Go at ____.", answer: "Google" })).toContain("unresolved-reference");
    // "thus": the reason is in another sentence (the seed's "Pytorch was thus given a window of opportunity")
    expect(defectsOf({ type: "short_answer", prompt: "Which technology was thus given a window of opportunity?", answer: "Pytorch" })).toContain("unresolved-reference");
    expect(defectsOf({ type: "short_answer", prompt: "Which technology was given a window of opportunity by TensorFlow 2.0's incompatibilities?", answer: "Pytorch" })).not.toContain("unresolved-reference");
    // a list the sentence points at (Node.js's npm outage post, Cargo's pillars: rated unresolved)
    expect(defectsOf({ prompt: "Fill in the blank: All of the next steps require additional expenditure from ____: both servers and labor.", answer: "Nodejitsu" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Cargo should provide a shared workflow for ____ that aids the first two goals.", answer: "the Rust ecosystem" })).toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Nodejitsu paid for the next release of ____.", answer: "npm" })).not.toContain("unresolved-reference");
    // a result closing the sentence, and questions the card does not list (twenty-sixth round, rated unresolved blind)
    expect(defectsOf({ type: "true_false", prompt: "True or false: Removing Venusian was simple as a result.", answer: "false" })).toContain("unresolved-reference");
    expect(defectsOf({ type: "true_false", prompt: "True or false: As a result of the rewrite, Morepath dropped Venusian.", answer: "true" })).not.toContain("unresolved-reference");
    expect(defectsOf({ prompt: "Fill in the blank: Before choosing ____, ask the following questions.", answer: "AES-GCM" })).toContain("unresolved-reference");
  });

  it("list item: one blank among names the question lists beside it", () => {
    expect(defectsOf({ prompt: "Fill in the blank: 6(!) new conferences were spun up (____, RustCon Asia, Oxidize, Rust LATAM, RustLab Italy).", answer: "RustRush" })).toContain("list-item");
    expect(defectsOf({ prompt: "Fill in the blank: Django REST Framework is used by many companies including ____, Red Hat and Eventbrite.", answer: "Mozilla" })).toContain("list-item");
    expect(defectsOf({ prompt: "Fill in the blank: He has written projects in ____, Rust, Haskell, OCaml, and more.", answer: "Go" })).toContain("list-item");
    // an apposition, a date after the blank, or one name beside it: no list
    expect(defectsOf({ prompt: "Fill in the blank: Hug was created by ____, the same creator of isort, a great tool to sort imports.", answer: "Timothy Crosley" })).not.toContain("list-item");
    expect(defectsOf({ prompt: "Fill in the blank: The first release with Daniel's additions was ____, released on December 17, 1996.", answer: "0.2" })).not.toContain("list-item");
    expect(defectsOf({ prompt: "Fill in the blank: Sensu stores inventory data in an embedded database (____) or an external RDBMS (PostgreSQL).", answer: "etcd" })).not.toContain("list-item");
  });

  it("open answer: a kind many things are, in three words or fewer ('____ is a UI component framework.')", () => {
    expect(defectsOf({ prompt: "Fill in the blank: ____ is a UI component framework.", answer: "Svelte" })).toContain("open-answer");
    expect(defectsOf({ type: "short_answer", prompt: "Which technology is a UI component framework?", answer: "Svelte" })).toContain("open-answer");
    expect(defectsOf({ type: "short_answer", prompt: "Which technology does the review describe as “a UI component framework”?", answer: "Svelte" })).toContain("open-answer");
    // a description that tells the answer apart, and the kind asked of the name, are fine
    expect(defectsOf({ type: "short_answer", prompt: "Which technology does the review describe as “a library for graph processing”?", answer: "GraphX" })).not.toContain("open-answer");
    expect(defectsOf({ prompt: "Fill in the blank: Svelte is ____.", answer: "a UI component framework" })).not.toContain("open-answer");
    // one member of a set the sentence names (sixteenth blind rating)
    expect(defectsOf({ prompt: "Fill in the blank: The diffing algorithms used by ____ and other virtual DOM frameworks are fast.", answer: "React" })).toContain("open-answer");
    expect(defectsOf({ prompt: "Fill in the blank: The diffing algorithms used by ____ are fast.", answer: "React" })).not.toContain("open-answer");
  });

  it("split name: a one-word name blanked beside the rest of its name ('Critical ____' → Notes)", () => {
    expect(defectsOf({ prompt: "Fill in the blank: Critical ____ helps game masters keep track of their campaigns.", answer: "Notes" })).toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: API ____ provides the details and usage examples for every React API.", answer: "Reference" })).toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: The ESLint plugin helps developers correct ____ of React violations.", answer: "Rules" })).toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: A security audit by the firm Trail of ____ found one low-severity issue.", answer: "Bits" })).toContain("split-name");
    // an opening word that is no name, and a title before a person's full name
    expect(defectsOf({ prompt: "Fill in the blank: While ____ supports Native ESM, it has limitations.", answer: "Mocha" })).not.toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: Generally ____ is smaller and lighter weight than Spark.", answer: "Dask" })).not.toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: Programmer ____ said Go was the perfect match for their needs.", answer: "John Graham-Cumming" })).not.toContain("split-name");
    // a name's first word right before the blank, mid-sentence (sixteenth blind rating)
    expect(defectsOf({ prompt: "Fill in the blank: Everyone can read the discussions in the React ____ repo.", answer: "18 Working Group" })).toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: Unlike TensorFlow, ____ builds its graph as the code runs.", answer: "PyTorch" })).not.toContain("split-name");
    expect(defectsOf({ prompt: "Fill in the blank: Dask started in 2014. Then ____ grew quickly.", answer: "Dask" })).not.toContain("split-name");
  });

  it("markup and URL debris", () => {
    expect(defectsOf({ prompt: "Fill in the blank: Apache Spark https://spark.apache.org/_ is a ____.", answer: "tool" })).toContain("markup");
    expect(defectsOf({ prompt: "Fill in the blank: Dask supports the NumPy model for:doc:scalable ____.", answer: "arrays" })).toContain("markup");
  });

  it("bibliography trivia: questions drawn from the reference list or about a citation", () => {
    expect(defectsOf({ prompt: "Fill in the blank: “Pytorch vs Tensorflow” was published by ____.", answer: "CIO Insight" }, { fromReferences: true })).toContain("bibliography");
    expect(defectsOf({ prompt: "Fill in the blank: TensorFlow was released in ____ (TensorFlow, n.d.).", answer: "November 2015" })).toContain("bibliography");
  });

  it("answer leaks, overlong prompts and broken choices", () => {
    expect(defectsOf({ prompt: "Fill in the blank: Scala is what Spark is written in: ____.", answer: "Scala" })).toContain("answer-leak");
    // a possessive gives the name away too
    expect(defectsOf({ prompt: "Fill in the blank: Prometheus and the ____ offer a redundant option using the Alertmanager's High Availability mode.", answer: "Alertmanager" })).toContain("answer-leak");
    // a versioned name by its name alone (rated on Vue's comparison page)
    expect(defectsOf({ type: "mcq", prompt: 'Which option completes the statement? ____ provides a component model (which is called a "tag" in Riot).', answer: "Riot 3.0", choices: ["Riot 3.0", "Vue", "React"] })).toContain("answer-leak");
    expect(defectsOf({ prompt: "Fill in the blank: ____ added structural pattern matching to the language.", answer: "Python 3.10" })).not.toContain("answer-leak");
    // a name inside a longer word of the prompt (rated on Polars' page: "____ (specifically PySpark)")
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? ____ (specifically PySpark) represents a different approach.", answer: "Spark", choices: ["Spark", "Dask", "Polars"] })).toContain("answer-leak");
    expect(defectsOf({ prompt: "Fill in the blank: ____ runs on Google Cloud.", answer: "Go" })).not.toContain("answer-leak");
    // the other way round: an answer built from names the prompt shows (sixth blind rating)
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Spark (specifically ____) represents a different approach.", answer: "PySpark", choices: ["PySpark", "Dask", "Polars"] })).toContain("answer-leak");
    expect(defectsOf({ prompt: "Fill in the blank: Another option is ____, a NativeScript plugin for building native applications using Vue.", answer: "NativeScript-Vue" })).toContain("answer-leak");
    // the singular gives the plural away, in a flag too (seventh blind rating, uv's docs)
    expect(defectsOf({ prompt: "Fill in the blank: To include index ____ in the output file, pass the --emit-index-url flag.", answer: "URLs" })).toContain("answer-leak");
    // a name that merely starts alike is no giveaway
    expect(defectsOf({ type: "short_answer", prompt: "Which technology uses Vite, so files are transformed with Vite's plugin system?", answer: "Vitest" })).not.toContain("answer-leak");
    expect(defectsOf({ prompt: `Fill in the blank: ${"very ".repeat(80)}long ____.`, answer: "text" })).toContain("too-long");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? ____ is written in Scala.", answer: "Spark", choices: ["Spark", "Dask", "Dask"] })).toContain("invalid-choices");
    // the article before the blank fits one choice only (seventeenth blind rating: "an ____" with LSP | Svelte | TypeScript)
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Any editor using an ____ can be supported.", answer: "LSP", choices: ["Svelte", "LSP", "TypeScript"] })).toContain("invalid-choices");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Any editor using an ____ can be supported.", answer: "LSP", choices: ["Svelte", "LSP", "IDE"] })).not.toContain("invalid-choices");
    expect(defectsOf({ type: "mcq", prompt: "Which option completes the statement? Kafka is a ____ written in Scala.", answer: "broker", choices: ["broker", "engine", "index"] })).toContain("invalid-choices");
  });

  it("duplicates and ambiguous answers show across a set", () => {
    const a = q({ id: "a" });
    const b = q({ id: "b" });
    const c = q({ id: "c", answer: "Java" });
    expect(setDefects([a, b]).get("b")).toContain("duplicate");
    expect(setDefects([a, c]).get("c")).toContain("ambiguous-answer");
  });

  it("two timelines of different events are two questions, though their prompts are the same words", () => {
    const prompt = "Put these events in chronological order, earliest first.";
    const early = q({ id: "early", type: "ordering", prompt, answer: ["Curl 4.0 was released.", "Curl 6.0 was released.", "Curl 7.0 was released."] });
    const late = q({ id: "late", type: "ordering", prompt, answer: ["Curl 7.10 was released.", "Curl 7.50 was released.", "Curl 8.0 was released."] });
    expect(setDefects([early, late]).size).toBe(0);
    // the same events shown twice, whatever their order, are one question asked twice
    expect(setDefects([early, q({ ...early, id: "again", answer: [...(early.answer as string[])].reverse() })]).get("again")).toBeDefined();
  });
});
