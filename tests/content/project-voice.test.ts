// A project's own history says "we" for its developers: "January: We dropped support for Gopher."
// in curl's history is a fact about curl, restated in the third person; what the writers want or
// think stays theirs, and a document whose writers do not make the thing keeps "we" unresolved.
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";
import { statementsOf } from "./helpers";

const history = (extra: string[]) =>
  [
    "# How Fetchy became like this",
    "",
    "Fetchy is a command line tool for transfers. Fetchy runs everywhere. Fetchy speaks HTTP and FTP.",
    "",
    "Many people use Fetchy daily. The Fetchy website lists every Fetchy release. Fetchy is free software.",
    "",
    "## 2006",
    "",
    ...extra,
    "",
    "March: Fetchy 7.15 added support for FTP over SSL.",
    "",
  ].join("\n");

const statementFor = (text: string, needle: string) => statementsOf(text).find((s) => s.sentence.includes(needle))?.statement ?? null;

describe("a project's own voice", () => {
  it("restates what the developers did in the third person", () => {
    const text = history(["January: We dropped support for Gopher.", "", "October: we started to offer a CA bundle on the Fetchy website."]);
    expect(statementFor(text, "Gopher")).toBe("In January 2006, Fetchy's developers dropped support for Gopher.");
    expect(statementFor(text, "CA bundle")).toBe("In October 2006, Fetchy's developers started to offer a CA bundle on the Fetchy website.");
  });

  it("keeps an 'our' that is not the project's: beside the project's own name, or of another project ('Helm's first attempt at Helm' read garbled on Helm's history)", () => {
    const text = history(["January: We dropped support for Gopher.", "", "Our build system was rewritten in March.", "", "Our first attempt at Fetchy worked, but had its fair share of limitations.", "", "Our other open source project had a tool called fetchctl."]);
    expect(statementFor(text, "build system")).toBe("Fetchy's build system was rewritten in March.");
    expect(statementFor(text, "first attempt")).toBeNull();
    expect(statementFor(text, "fetchctl")).toBeNull();
  });

  it("restates a perfect ('we have also started') and a continued making ('we continued to improve'), not a continued thinking", () => {
    const text = history(["January: We dropped support for Gopher.", "", "We have also started work on a vulnerability database.", "", "We continued to improve the documentation.", "", "We continued to discuss the roadmap."]);
    expect(statementFor(text, "vulnerability")).toBe("Fetchy's developers have also started work on a vulnerability database.");
    expect(statementFor(text, "improve")).toBe("Fetchy's developers continued to improve the documentation.");
    expect(statementFor(text, "discuss")).toBeNull();
  });

  it("takes no English word for the project that the title does not name ('Line's developers built a text buffer …' in VS Code's 'Text Buffer Reimplementation')", () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Each Line of file ${i + 1} is stored as a Line object in memory.`);
    const text = ["# Text Buffer Reimplementation", "", ...lines, "", "We rewrote the buffer in TypeScript to save memory.", ""].join("\n");
    expect(statementFor(text, "rewrote the buffer")).toBeNull();
  });

  it("leaves 'we' to writers who say they took the name up: its users, not its makers ('gRPC's developers started working with gRPC' in Yik Yak's migration post)", () => {
    const text = history(["January: We dropped support for Gopher.", "", "We started working with Fetchy late in Q1 of 2006 and there were some rough edges."]);
    expect(statementFor(text, "rough edges")).toBeNull();
    expect(statementFor(text, "Gopher")).toBeNull();
  });

  it("reads 'the project' as the project itself", () => {
    const text = history(["January: We dropped support for Gopher.", "", "June: The project switched over to git for source control."]);
    expect(statementFor(text, "switched over")).toBe("In June 2006, the Fetchy project switched over to git for source control.");
  });

  it("reads 'the website' as the project's, and 'the fetchy tool' as naming the project's tool", () => {
    const text = history(["January: We dropped support for Gopher.", "", "June: the website moves to fetchy.dev.", "", "July: the fetchy tool defaults to HTTP/2."]);
    expect(statementFor(text, "moves to")).toBe("In June 2006, the Fetchy website moves to fetchy.dev.");
    expect(statementFor(text, "defaults to")).toBe("In July 2006, the fetchy tool defaults to HTTP/2.");
  });

  it("leaves what the writers want or think in the first person, so it gives no fact", () => {
    const text = history(["January: We dropped support for Gopher.", "", "We wanted to share some statistics on how much Fetchy has grown."]);
    expect(statementFor(text, "statistics")).toBeNull();
  });

  it("reads 'us' as the developers only beside a 'we' that makes something", () => {
    const text = history(["January: We dropped support for Gopher.", "", "Fetchy is far more than just us on the Fetchy team at Acme.", "", "In May we shipped a release that Acme asked us for."]);
    expect(statementFor(text, "far more than")).toBeNull();
    expect(statementFor(text, "asked us")).toBe("In May Fetchy's developers shipped a release that Acme asked Fetchy's developers for.");
  });

  it("does nothing where the writers never say they make the thing", () => {
    const text = history(["We think Fetchy is the best tool for transfers today."]);
    expect(statementFor(text, "best tool")).toBeNull();
  });
});

describe("a project spelt in lower case", () => {
  const text = [
    "# How grab became like this",
    "",
    "The tool called Grab moves files. Many people run grab every day. The grab project speaks HTTP and FTP.",
    "",
    "The grab website lists every grab release. People love Grab for its speed. People use grab in scripts and grab in pipelines.",
    "",
    "## 1998",
    "",
    "March: We switched the grab license over to the MPL.",
    "",
    "grab 5 was released in December 1998 and introduced the first grab man page.",
    "",
  ].join("\n");

  it("reads its name opening a sentence as a name, not a verb", () => {
    expect(statementFor(text, "man page")).toBe("Grab 5 was released in December 1998 and introduced the first grab man page.");
  });
});

describe("a project's own blog", () => {
  // Svelte's and pnpm's blogs (pages never seen before) kept every "we" sentence as first person: a
  // post that announces a release or says "we've changed", and a project spelled in lower case in
  // its title ("The year 2021 for pnpm"), were not known as written by the project's developers.
  const post = (title: string, body: string[]) => [`---`, `title: ${title}`, `---`, "", ...body.flatMap((p) => [p, ""])].join("\n");

  it("reads 'we're happy to announce' and 'we've changed' as the developers of a capitalised project", () => {
    const text = post("Zippy 3: faster", [
      "We are happy to announce the stable release of Zippy 3. Zippy is a compiler for web apps. Zippy runs at build time on every machine.",
      "Zippy 3 is a significant overhaul of the compiler. Zippy has a new look and a new website. Zippy ships small bundles to the browser. Zippy is free software for everyone, and Zippy runs on Windows.",
      "We've also changed our tagline, from 'The magical UI framework' to 'Enhanced web apps'.",
    ]);
    expect(statementFor(text, "tagline")).toBe("Zippy's developers also changed Zippy's tagline, from 'The magical UI framework' to 'Enhanced web apps'.");
  });

  it("restates a decision to make ('we decided to not release') and 'initially', for a project its title names, even when another name is said half as often (twentieth round: Strimzi's versioning history gave no fact of its own)", () => {
    const text = post("Where is Kafkaio 1.0.0?", [
      "Kafkaio is almost 6 years old. Kafkaio runs Apache Kafka on Kubernetes. Kafkaio is an operator. Kafkaio has many users. Kafkaio is free software.",
      "When we initially started it, we started it boldly. Kafkaio reached version 0.38.0 this year. Kafkaio still has no 1.0.0 release. Kafkaio is production-ready.",
      "The plan was to replace ZooKeeper. ZooKeeper removal took long. ZooKeeper is old. ZooKeeper is a coordination service. ZooKeeper will go away.",
      "So we decided to not release Kafkaio 1.0.0 and wait for the ZooKeeper removal process to be completed.",
    ]);
    expect(statementFor(text, "decided")).toBe("Kafkaio's developers decided to not release Kafkaio 1.0.0 and wait for the ZooKeeper removal process to be completed.");
  });

  it("knows a lower-case project by its title", () => {
    const text = post("The year 2021 for qnpm", [
      "It was a good year for qnpm. qnpm is a package manager for Node.js projects. qnpm is fast on every machine. qnpm saves disk space with a store.",
      "We shipped a new command (qnpm env) that manages Node.js versions. qnpm runs on Windows and macOS. qnpm has a content-addressable store. qnpm is free software for everyone.",
    ]);
    expect(statementFor(text, "new command")).toBe("Qnpm's developers shipped a new command (qnpm env) that manages Node.js versions.");
  });

  it("never takes an English word of the title for a project", () => {
    const text = post("The motivation for fetchers", [
      "We shipped a new motivation. The motivation is good. The motivation helps. Every motivation counts. Our motivation grows.",
      "A motivation is a reason. Motivation matters. Motivation is free. Motivation is everywhere.",
    ]);
    expect(statementFor(text, "shipped")).toBeNull();
  });
});

describe("the project is the document's topic", () => {
  // pnpm's yearly update asked "In which year did this happen in Yarn's history?" about pnpm's own
  // news: written in lower case, pnpm was never counted among the names, so Yarn looked like the topic.
  const text = [
    "---",
    "title: The year 2021 for qnpm",
    "---",
    "",
    "It was a good year for qnpm. qnpm is a package manager for Node.js projects. qnpm is fast on every machine. qnpm saves disk space with a store.",
    "",
    "We shipped a new command (qnpm env) that manages Node.js versions. qnpm runs on Windows and macOS. qnpm has a content-addressable store. qnpm is free software for everyone.",
    "",
    "Yarn added a qnpm linker in v3.1. Yarn can create a similar directory structure. Yarn plans a content-addressable store. Yarn is maintained by a team.",
    "",
    "In March 2020, qnpm switched its lockfile to YAML. In June 2021, Yarn 3.1 was released with the linker.",
    "",
  ].join("\n");
  const prompts = generateWithTrace(text, { slug: "qnpm" }).candidates.map((c) => c.question.prompt);

  it("asks about events in the project's history, never another name's", () => {
    expect(prompts.some((p) => p.includes("Yarn's history"))).toBe(false);
  });
});
