// How questions are worded: a typed answer asks with the word that fits it (a person is a "who", a company an
// organisation), a judgement is never turned into a question, a comparison says what it is against.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";

/** A review made of these paragraphs. */
const review = (...paragraphs: string[]) => paragraphs.map((p) => `${p}\n`).join("\n");
/** The prompts, of any type, whose answer is one of these names. */
const promptsAnswering = (text: string, slug: string, names: string[]) =>
  generateWithTrace(text, { slug })
    .candidates.filter((c) => names.includes(String(c.question.answer)))
    .map((c) => c.question.prompt);
/** The prompts of one type generated from a review. */
const promptsOf = (text: string, type: string) =>
  generateWithTrace(text, { slug: "wording" })
    .candidates.filter((c) => c.question.type === type)
    .map((c) => c.question.prompt);

const text = review(
  "# REST and its rivals",
  "REST must be the most broadly misused technical term in computer programming history.",
  "GraphQL is a query language that clients send to one endpoint over HTTP.",
  "REST was described by Roy Fielding in his dissertation in 2000.",
  "Fielding was describing the network architecture of the early world wide web.",
  "CloudFlare built its distributed DNS service entirely with Go in 2013.",
  "APIStar stopped existing as a server and Starlette was created as a new foundation for such a system.",
  "Microsoft built their first web framework with C# and are in the process of moving it to Rust.",
);
const prompts = promptsOf(text, "short_answer");

describe("typed answers", () => {
  it("asks who made something only when one agent made it (tenth round: 'Who created The MBONE?' answered with the first of its three creators, rated wrong blind)", () => {
    const history = review(
      "# History of Netcast",
      "Netcast is a multicast video tool. The Netcast backbone was created by Steve Deering (who first developed IP multicast), Van Jacobson, and Steve Casner. The Netcast player was created by Ron Frederick in 1992. The Netcast codec was created by Alice Smith and Bob Jones in 1994. The Netcast relay was created by Carol Wu, and it was later rewritten.",
    );
    const asked = promptsOf(history, "short_answer");
    expect(asked).toContain("Who created The Netcast player?");
    expect(asked).toContain("Who created The Netcast relay?");
    expect(asked.filter((p) => p.startsWith("Who") && /backbone|codec/.test(p))).toEqual([]);
  });

  it("asks who made something only of a subject clear on its own ('Who led Its design?' was published from '… project was a vector-thread architecture. Its design was led by …')", () => {
    const history = review("# History of Netcast", "The Maven (Malleable Array of Vector-thread ENgines) project was a second-generation vector-thread architecture. Its design was led by Christopher Batten in 2007.");
    expect(promptsOf(history, "short_answer").filter((p) => /^Who .*\bIts\b/.test(p))).toEqual([]);
  });

  it("asks 'who' for a person named earlier by full name and later by surname", () => {
    expect(prompts).toContain("Who was describing the network architecture of the early world wide web?");
    expect(prompts.some((p) => p.startsWith("Which technology was describing"))).toBe(false);
  });

  it("asks 'who' of a name that did what only people do, though the tagger knows no person by it ('In 1988, which technology co-founded the Dutch animation studio NeoGeo?' was suggested)", () => {
    const history = review(
      "# Blender's history",
      "Blender is a 3D creation suite. In 1988, Ton Roosendaal co-founded the Dutch animation studio NeoGeo. In 1998, Ton decided to found a new company called Not a Number. Blender renders scenes with its Cycles engine.",
    );
    const asked = promptsOf(history, "short_answer");
    expect(asked).toContain("In 1988, who co-founded the Dutch animation studio NeoGeo?");
    expect(asked).toContain("In 1998, who decided to found a new company called Not a Number?");
    expect(asked.some((p) => /which technology (?:co-founded|decided)/i.test(p))).toBe(false);
  });

  it("asks for an organisation when the name is a company's", () => {
    expect(prompts).toContain("Which organisation built its distributed DNS service entirely with Go in 2013?");
  });

  it("still asks for a technology by its description", () => {
    expect(prompts).toContain("Which technology is a query language that clients send to one endpoint over HTTP?");
  });

  it("never asks 'which organisation … are' of a subject the sentence treats as plural", () => {
    expect(prompts.some((p) => /first web framework/.test(p))).toBe(false);
  });

  it("never asks for the subject of a sentence whose second clause has a subject of its own", () => {
    expect(prompts.some((p) => /stopped existing as a server/.test(p))).toBe(false);
  });

  it("never turns a judgement ('must be') into a question", () => {
    expect(prompts.some((p) => /must be the most broadly misused/.test(p))).toBe(false);
  });
});

describe("typed answers about one side of a comparison", () => {
  const text = review(
    "# Monitoring",
    "Prometheus and Graphite are both monitoring tools, and Prometheus is often compared with Graphite.",
    "## Prometheus vs. Graphite",
    "Prometheus offers a more powerful query language for graphing and alerting.",
  );
  const prompts = promptsOf(text, "short_answer");

  it("say what the comparison is against, as the heading does", () => {
    expect(prompts).toContain("Compared with Graphite, which technology offers a more powerful query language for graphing and alerting?");
    expect(prompts).not.toContain("Which technology offers a more powerful query language for graphing and alerting?");
  });
});

describe("typed answers in a review written around two names", () => {
  // Rated ambiguous blind: "Which technology is mature and all-inclusive?" has more right answers
  // than the review's; among the two it compares there is one.
  const text = review(
    "# Dask vs. Spark",
    "Spark is an all-in-one project that has inspired its own ecosystem.",
    "Dask is a component of a larger ecosystem of libraries.",
    "Spark is mature and all-inclusive.",
    "Dask is generally smaller and lighter weight than Spark.",
    "Spark includes a high-level query optimizer for complex queries.",
    "Dask relies on existing libraries for machine learning.",
  );
  const candidates = generateWithTrace(text, { slug: "pair" }).candidates.filter((c) => c.question.type === "short_answer");
  const prompts = candidates.map((c) => c.question.prompt);

  it("name both as the choices, and the answer is still no giveaway", () => {
    expect(prompts).toContain("Which of Dask and Spark is mature and all-inclusive?");
    expect(prompts).not.toContain("Which technology is mature and all-inclusive?");
    const scoped = candidates.find((c) => c.question.prompt === "Which of Dask and Spark is mature and all-inclusive?")!;
    expect(scoped.question.tier).toBeDefined();
    expect(scoped.features?.answer_echoed).toBe(0);
  });

  it("spell the answer as the prompt names it, not as one sentence misspelled it ('Which of PyTorch and TensorFlow …?' → PyTorch, not Pytorch)", () => {
    const spelled = review(
      "# TensorFlow vs. PyTorch",
      "TensorFlow was developed by the Google Brain team.",
      "PyTorch was developed by Meta's artificial intelligence team.",
      "TensorFlow offers both high and low level APIs.",
      "Pytorch arrived in September 2016, one year after its rival.",
    );
    const asked = generateWithTrace(spelled, { slug: "spelling" }).candidates.find((c) => c.question.prompt.startsWith("Which of PyTorch and TensorFlow arrived in September 2016"));
    expect(asked?.question.answer).toBe("PyTorch");
  });

  it("keep a hedge or a dated time that opens the sentence in front of the question, and no other opener (the seed's 'Generally, PyTorch is great for individual research …' was asked by no question of its own)", () => {
    const opened = review(
      "# TensorFlow vs. PyTorch",
      "TensorFlow was developed by the Google Brain team.",
      "PyTorch was developed by Meta's artificial intelligence team.",
      "Generally, PyTorch is great for individual research because of its flexibility.",
      "In 2019, TensorFlow shipped a second major version with eager execution.",
      "Furthermore, PyTorch uses immediate execution for debugging.",
      "Unfortunately, TensorFlow needs its own debugger for graphs.",
      "While TensorFlow defines graphs first, PyTorch builds graphs as it runs.",
    );
    const candidates = generateWithTrace(opened, { slug: "openers" }).candidates;
    const asked = candidates.filter((c) => c.builder === "subject-question").map((c) => c.question.prompt);
    expect(asked).toContain("Generally, which of PyTorch and TensorFlow is great for individual research because of its flexibility?");
    expect(asked).toContain("In 2019, which of PyTorch and TensorFlow shipped a second major version with eager execution?");
    expect(asked).toContain("Which of PyTorch and TensorFlow uses immediate execution for debugging?");
    expect(asked.some((p) => /^(?:Unfortunately|While)\b/.test(p) || /needs its own debugger|builds graphs as it runs/.test(p))).toBe(false);
    // the choices the opening names are no giveaway after the opener either
    const hedged = candidates.find((c) => c.question.prompt.startsWith("Generally, which of"))!;
    expect(hedged.features?.answer_foil_named).toBe(0);
    expect(hedged.question.tier).toBeDefined();
  });

  it("leave a prompt that already names the other as it is", () => {
    expect(prompts.some((p) => p.startsWith("Which of Dask and Spark is generally smaller"))).toBe(false);
  });

  it("name the two a section's heading sets against each other, or its one name against the name a comparison is written from", () => {
    const sections = review(
      "# Comparisons with other test runners",
      "Vitest runs tests in parallel by default.",
      "Vitest is a test runner for JavaScript projects.",
      "Many projects moved their unit tests to Vitest.",
      "## Prometheus vs. Nagios",
      "Prometheus scrapes metrics from instrumented jobs.",
      "Nagios is primarily about alerting based on the exit codes of scripts.",
      "## Mocha",
      "Mocha is highly configurable and does not include certain features by default.",
    );
    const typed = promptsOf(sections, "short_answer");
    expect(typed).toContain("Which of Nagios and Prometheus is primarily about alerting based on the exit codes of scripts?");
    expect(typed).toContain("Which of Mocha and Vitest is highly configurable and does not include certain features by default?");
  });

  it("not the two names a document mentions most in a section about a third, when one of them has a section of its own and the other none ('Which of DVC and Git optimizes file hash calculation?' under '## Git-annex', eighteenth round, rated wrong blind)", () => {
    const sections = review(
      "# Comparison with related technologies",
      "## Git",
      "DataVC builds upon Git by introducing data files.",
      "DataVC is not bound to Git and can work without Git.",
      "DataVC leverages Git to manage versions of data and pipelines.",
      "DataVC stores small metadata files in Git.",
      "## Git-annex",
      "DataVC optimizes file hash calculation.",
      "Git-annex is a datafile-centric system.",
      "## Build automation tools",
      "DataVC tracks files by their hash values instead of timestamps.",
      "DataVC pipelines are defined in a YAML file.",
      "DataVC stages record their dependencies and outputs.",
    );
    const typed = promptsOf(sections, "short_answer");
    // asked among all names instead, which only suggests it
    expect(typed).toContain("Which technology optimizes file hash calculation?");
    expect(typed.filter((p) => /^Which of DataVC and Git /.test(p))).toEqual([]);
  });

  it("not a heading's one name beside a document's own topic (FastAPI's alternatives inspired it)", () => {
    const topical = review(
      "# Zappy",
      "Zappy is a web framework for Python.",
      "Zappy validates requests with type hints.",
      "Zappy generates an OpenAPI schema for every route.",
      "## Mocha",
      "Mocha is a popular choice for server-side testing.",
    );
    expect(promptsOf(topical, "short_answer")).toContain("Which technology is a popular choice for server-side testing?");
  });
});

describe("what a sentence opening with 'This' sums up, in a review of two names", () => {
  // The original seed's "This can be beneficial in performance for large models" and "This leads
  // to less complex graphs" had only long context clozes (21 of 130 such clozes acceptable).
  const asked = (...paragraphs: string[]) =>
    generateWithTrace(review("# TensorFlow vs PyTorch", ...paragraphs), { slug: "consequences" })
      .candidates.filter((c) => c.builder === "consequence")
      .map((c) => [c.question.prompt, c.question.answer]);

  it("asks which of the two works that way, the name being the one the sentence before is about", () => {
    expect(asked("TensorFlow pre-defines its graphs at the beginning of training. This can be beneficial in performance for large models.", "PyTorch constructs graphs as operations are executed. This led to less complex graphs.")).toEqual([
      ["Which of PyTorch and TensorFlow works in a way that can be beneficial in performance for large models?", "TensorFlow"],
      ["Which of PyTorch and TensorFlow worked in a way that led to less complex graphs?", "PyTorch"],
    ]);
  });

  it("reads 'there may be' as what the way of working may have, and keeps both questions on one sentence's two consequences", () => {
    const text = review("# TensorFlow vs PyTorch", "TensorFlow pre-defines its graphs at the beginning of training.", "PyTorch constructs graphs as operations are executed. This leads to less complex graphs. However, there may be performance issues.");
    const asked = generateWithTrace(text, { slug: "consequences" }).candidates.filter((c) => c.builder === "consequence");
    expect(asked.map((c) => [c.question.prompt, c.question.answer])).toEqual([
      ["Which of PyTorch and TensorFlow works in a way that leads to less complex graphs?", "PyTorch"],
      ["Which of PyTorch and TensorFlow works in a way that may have performance issues?", "PyTorch"],
    ]);
    // two facts, though both are shown after the same sentence: neither is dropped as a repeat of the other
    expect(asked.every((c) => c.question.tier !== undefined)).toBe(true);
  });

  it("asks nothing when the sentence before is about neither name, or what follows 'This' names one", () => {
    expect(asked("Graphs are built before training. This can be beneficial in performance for large models.", "PyTorch is popular.")).toEqual([]);
    expect(asked("TensorFlow pre-defines its graphs at the beginning of training. This makes TensorFlow fast for large models.", "PyTorch is popular.")).toEqual([]);
  });

  it("asks nothing when the sentence before names another as well: 'This' may sum up the other side", () => {
    // Vue's comparison with AngularJS, blind-rated wrong: "… works in a way that makes the flow of data easier …?" → AngularJS
    expect(asked("TensorFlow uses two-way binding between scopes, while PyTorch enforces a one-way data flow between components. This makes the flow of data easier to reason about.", "PyTorch is popular.")).toEqual([]);
  });

  it("reads 'it also means that …' as a consequence (the seed's 'cannot be changed while training'), not 'it also means that training models' as a subject", () => {
    expect(asked("TensorFlow pre-defines its graphs at the beginning of training. This can be beneficial in performance for large models. But, it also means that training models are more rigid and cannot be changed while training.", "PyTorch constructs graphs as operations are executed.")).toEqual([
      ["Which of PyTorch and TensorFlow works in a way that can be beneficial in performance for large models?", "TensorFlow"],
      ["Which of PyTorch and TensorFlow works in a way that means training models are more rigid and cannot be changed while training?", "TensorFlow"],
    ]);
  });

  it("reads 'It can be used to build …' as the name before it, not a way of working it sums up", () => {
    // Cranelift's comparison, rated blind: "Which of Cranelift and LLVM works in a way that can be used to build both JIT compilers …?"
    expect(asked("TensorFlow is a collection of compiler components implemented as a set of C++ libraries. It can be used to build both JIT compilers and static compilers like Clang, and it is deservedly very popular.", "PyTorch constructs graphs as operations are executed.")).toEqual([]);
  });

  it("asks which name an outcome befell ('This flexibility led to PyTorch being popular …'), naming the cause only when the sentence it sums up is about that name", () => {
    const graphs = "TensorFlow pre-defines its graphs at the beginning of training.";
    const outcome = (before: string, sentence: string) => asked(graphs, `PyTorch constructs graphs as operations are executed. ${before} ${sentence}`);
    expect(outcome("Its framework aimed to make it easy to go from prototyping to deployment.", "This flexibility led to PyTorch being popular in academic and research areas.")).toEqual([
      ["Which of PyTorch and TensorFlow became popular in academic and research areas thanks to its flexibility?", "PyTorch"],
    ]);
    expect(outcome("PyTorch and TensorFlow aimed to make it easy to go from prototyping to deployment.", "This flexibility made PyTorch popular with researchers.")).toEqual([
      ["Which of PyTorch and TensorFlow became popular with researchers?", "PyTorch"],
    ]);
    // the outcome must befall one of the two: "led to research being easier" asks nothing
    expect(outcome("Its framework aimed to make it easy to go from prototyping to deployment.", "This flexibility led to research being easier.")).toEqual([]);
  });
});

describe("typed answers whose predicate the document states of another subject too", () => {
  // Rated ambiguous on the Prometheus comparison: both InfluxDB and Sensu are "maintained by a
  // single commercial company following the open-core model", each with its own list of features.
  const text = review(
    "# Monitoring",
    "## Prometheus vs. InfluxDB",
    "InfluxDB is maintained by a single commercial company following the open-core model, offering premium features like closed-source clustering, hosting and support.",
    "## Prometheus vs. Sensu",
    "Sensu is maintained by a single commercial company following the open-core business model, offering premium features like closed-source event correlation and aggregation, federation, and support.",
  );
  const prompts = promptsOf(text, "short_answer");

  it("are not asked: either name would be right", () => {
    expect(prompts.filter((p) => /open-core/.test(p))).toEqual([]);
  });

  it("are not asked when the other subject is described with another kind noun ('test runner' for 'test framework')", () => {
    const runners = review(
      "# Test runners",
      "## uvu",
      "Uvu is a test runner for Node.js and the browser.",
      "## Mocha",
      "Mocha is a test framework running on Node.js and in the browser.",
    );
    expect(promptsAnswering(runners, "kinds", ["Mocha", "Uvu"])).toEqual([]);
  });

  it("are not asked when the other subject's sentence also names the answer ('similar to Cypress')", () => {
    const runners = review(
      "# Test runners",
      "## Cypress",
      "Cypress is a browser-based test runner and a complementary tool to Vitest.",
      "## WebdriverIO",
      "WebdriverIO is, similar to Cypress, a browser-based alternative test runner and a complementary tool to Vitest.",
    );
    // asking for Cypress as the subject: "____ is a browser-based …", "Which technology is …"
    expect(promptsAnswering(runners, "runners", ["Cypress"]).filter((p) => !p.includes("similar to ____"))).toEqual([]);
  });
});

describe("multiple choice about one side of a comparison", () => {
  const text = review(
    "# Monitoring",
    "Prometheus, Graphite, InfluxDB and Nagios are monitoring tools.",
    "InfluxDB stores events in a custom engine. InfluxDB offers a SQL-like query language.",
    "Nagios checks hosts with plugins. Nagios was first released in 1999.",
    "Graphite stores numeric samples in Whisper files. Graphite was written in Python.",
    "## Prometheus vs. Graphite",
    "Prometheus offers a more powerful query language for graphing and alerting.",
  );
  const mcq = generateWithTrace(text, { slug: "versus-choices" }).candidates.find((c) => c.question.type === "mcq" && c.question.prompt.includes("Compared with Graphite"));

  it("never offers the side the prompt compares with as a choice", () => {
    expect(mcq?.question.answer).toBe("Prometheus");
    expect(mcq?.question.choices).not.toContain("Graphite");
  });
});

describe("what a BSD white paper taught", () => {
  const text = review(
    "# Explaining BSD",
    "BSD is an operating system. Linux is a kernel. BSD runs on many machines. Linux runs on many machines.",
    "## Comparing BSD and Linux",
    "Both are UNIX® like operating systems. Neither BSD nor Linux is useful without applications. Sun Microsystems licensed UNIX® and implemented a version of 4.2BSD.",
  );
  const { candidates } = generateWithTrace(text, { slug: "bsd" });
  const prompts = candidates.map((c) => c.question.prompt);

  it("reads the names of a heading without its verb ('Comparing BSD and Linux': both are BSD and Linux)", () => {
    expect(prompts.filter((p) => p.includes("Comparing BSD"))).toEqual([]);
    expect(prompts.some((p) => p.includes("Both BSD and Linux are"))).toBe(true);
  });

  it("never leaves 'Neither' in an answer, nor a trademark sign beside a blank", () => {
    expect(candidates.filter((c) => /^neither /i.test(String(c.question.answer)))).toEqual([]);
    expect(prompts.filter((p) => /[®™]/.test(p))).toEqual([]);
  });
});

describe("multiple choice among names that are one", () => {
  it("never offers a name and its other spelling as two choices ('OCaml' and 'Objective Caml', blind-rated ambiguous on OCaml's history)", () => {
    const text = review(
      "# A History of OCaml",
      "## Caml",
      "The Formel team at INRIA created Caml in 1985. Caml Light was a bytecode implementation of Caml by Xavier Leroy.",
      "## Objective Caml",
      "This led to the release of Objective Caml in 1996. Objective Caml was the first language to combine objects with ML-style type inference.",
      "The year 2000 saw several new features. At that time, Objective Caml started to find industrial users in addition to its academic user base.",
      "In 2011, the official name of the language became OCaml.",
      "## OCaml Today",
      "OCaml continues to evolve and gain popularity. OCaml 4.0 added GADTs in 2012. OCaml 5 added multicore support in 2022.",
    );
    // "The Formel team at ____ created Caml" → INRIA was offered with both as wrong choices
    const mcqs = generateWithTrace(text, { slug: "aliases" }).candidates.filter((c) => c.question.type === "mcq");
    for (const c of mcqs) {
      const choices = c.question.choices ?? [];
      expect(choices.includes("OCaml") && choices.includes("Objective Caml")).toBe(false);
    }
  });

  it("offers no kind of thing among the document's products, as answer or as wrong choice (tenth round: 'The aggregate ____ and memory consumed by the data plane …' → CPU among Envoy and Linkerd, rated given away)", () => {
    const text = review(
      "# Why Meshly does not use Proxon",
      "## Complexity",
      "Istio is the most widely used service mesh. Linkerd is a graduated CNCF project. Kuma is a service mesh from Kong. Proxon is a general-purpose proxy written in C++. Proxon supports dozens of protocols and a large filter chain. Meshly2-proxy is a small proxy written in Rust. Meshly2-proxy handles only service-to-service traffic. Meshly was the first service mesh to ship a Rust proxy. Kuma builds its data plane on Proxon.",
      "## Cost",
      "The aggregate CPU and memory consumed by the data plane are a critical part of the cost of running a mesh. Meshly2-proxy used 15 ms of CPU per request in the benchmark. Proxon used 22 ms of CPU per request in the same benchmark.",
    );
    const mcqs = generateWithTrace(text, { slug: "kinds" }).candidates.filter((c) => c.question.type === "mcq");
    expect(mcqs.length).toBeGreaterThan(0);
    for (const c of mcqs) expect(c.question.choices ?? [], c.question.prompt).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:CPU|SSD)$/)]));
  });

  it("offers no plural English word that opens a sentence among names, nor a place among things ('Views in TiDB …' and 'Organizations that wish …' among products; Blink among Silicon Valley, Denmark and Aarhus: rated given away)", () => {
    const text = review(
      "# Fetchy and Grabby",
      "Fetchy is a download tool written in C. Grabby is a download tool written in Rust. Fetchy runs on many platforms. Grabby runs on Linux only. Fetchy supports FTP. Grabby supports HTTP/3.",
      "## Views",
      "Views in Grabby are not updatable. Fetchy supports views too.",
      "## Organizations",
      "Organizations that wish to use Fetchy will have a simple path forward. Organizations should evaluate both tools.",
      "## Places",
      "Lars Bak founded the project in Aarhus. The team later moved from Aarhus to Silicon Valley. The team had earlier worked in Denmark. In 2013, the parser was moved from Blink to Fetchy. In 2014, the renderer was moved from Gecko to Fetchy. In 2015, the cache was moved from WebKit to Fetchy.",
    );
    const mcqs = generateWithTrace(text, { slug: "plain" }).candidates.filter((c) => c.question.type === "mcq");
    expect(mcqs.length).toBeGreaterThan(0);
    for (const c of mcqs) for (const plain of ["Organizations", "Views"]) expect([c.question.answer, ...(c.question.choices ?? [])], c.question.prompt).not.toContain(plain);
    for (const c of mcqs.filter((c) => ["Blink", "Gecko", "WebKit"].includes(c.question.answer as string))) expect(c.question.choices ?? [], c.question.prompt).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(?:Aarhus|Denmark|Silicon Valley)$/)]));
  });

  it("offers a company every student knows only among organisations, whatever the tagger makes of its name (Dylan's history: DUIM among Apple and Windows, rated given away blind)", () => {
    const text = readFileSync(path.join(__dirname, "eval/documents/dylan-history.md"), "utf8");
    const mcqs = generateWithTrace(text, { slug: "dylan" }).candidates.filter((c) => c.question.type === "mcq");
    expect(mcqs.length).toBeGreaterThan(0);
    expect(mcqs.filter((c) => c.question.choices?.includes("Apple") && ["DUIM", "HARP", "DylanWorks", "Open Dylan", "LispWorks"].includes(c.question.answer as string))).toEqual([]);
  });

  it("offers no wrong choice whose verb gave it the other number than the answer's (eleventh round: '____ contain their own logic' among Nodes, ECS and Godot, rated given away)", () => {
    const text = review(
      "# Godot and Unity",
      "Godot is a game engine with a scene tree. Unity is a game engine with a component model. Godot runs on many platforms. Unity runs on consoles and phones. Godot uses Nodes for everything in a scene. Unity uses GameObjects for everything in a scene.",
      "Nodes contain their own logic in attached scripts. GameObjects hold components that add behaviour. Godot is free software under the MIT licence. Unity is proprietary software.",
      "Nodes form a tree that is saved in a scene file. Godot ships a visual editor. Unity ships an asset store.",
    );
    const mcqs = generateWithTrace(text, { slug: "number" }).candidates.filter((c) => c.question.type === "mcq");
    // Nodes is the only plural: no question offers it beside Godot and Unity (before the rule, seven did)
    for (const c of mcqs) expect(c.question.choices ?? [], c.question.prompt).not.toContain("Nodes");
    // the verb gives its number to a subject's head after words that modify it ("Some target ____ have …" → ISAs among Cranelift and LLVM: twenty-fourth round, rated given away)
    const modified = review(
      "# Godot and Unity",
      "Godot is a game engine with a scene tree. Unity is a game engine with a component model. Godot runs on many platforms. Unity runs on consoles and phones. Godot uses Nodes for everything in a scene. Unity uses GameObjects for everything in a scene.",
      "Some scene Nodes have their own logic in attached scripts. Godot is free software under the MIT licence. Unity is proprietary software. Godot ships a visual editor.",
    );
    const asked = generateWithTrace(modified, { slug: "number" }).candidates.filter((c) => c.question.type === "mcq" && c.question.answer === "Nodes");
    expect(asked.map((c) => c.question.prompt)).toEqual([]);
  });

  it("never offers a name with its plural or its clipped form ('Protobuf', 'Protobufs' and 'Protocol Buffers' were all offered on Cap'n Proto's comparison)", () => {
    const text = review(
      "# Cap'n Proto, FlatBuffers, and SBE",
      "## Schema evolution",
      "Protocol Buffers avoids padding by encoding integers using variable widths. Protocol Buffers stores unknown fields when it parses a message.",
      "Protobufs uses tag-length-value for variable-width fields. Protobufs represents the old way of thinking about serialisation.",
      "Protobuf generated classes are often used to store mutable state. Protobuf has a reflection interface for every message.",
      "FlatBuffers uses vtables for its fields. FlatBuffers was created at Google for games. SBE is a fixed-layout format used in finance. SBE uses a template to describe messages.",
      "Cap'n Proto uses a pointer-based layout. Cap'n Proto was created by the author of Protocol Buffers version 2.",
    );
    const mcqs = generateWithTrace(text, { slug: "aliases" }).candidates.filter((c) => c.question.type === "mcq");
    expect(mcqs.some((c) => (c.question.choices ?? []).includes("FlatBuffers"))).toBe(true);
    for (const c of mcqs) {
      const protos = (c.question.choices ?? []).filter((x) => /^Proto/.test(x));
      expect(protos.length, JSON.stringify(c.question.choices)).toBeLessThanOrEqual(1);
    }
  });
});

describe("a name written with symbols", () => {
  it("keeps its '#' or '+' at the end of what is asked ('… backgrounds in Java and C#?')", () => {
    const text = review("# TypeScript", "TypeScript is a typed superset of JavaScript. TypeScript is popular with developers who know Java and C#.");
    const prompts = generateWithTrace(text, { slug: "csharp" }).candidates.map((c) => c.question.prompt);
    expect(prompts).toContain("Which technology is popular with developers who know Java and C#?");
  });
});

describe("rules from the third blind rating (pages nobody here wrote)", () => {
  const text = review(
    "# Rust at two years",
    "RustFest is the European community conference. RustConf is held in Portland every year. Rust is a systems language. GopherCon is the first major Go conference. Mozilla is Rust's main sponsor. Many developers at Mozilla write Rust every day. Rustlings is a self-paced course that teaches Rust from scratch. Many learners start with Rustlings.",
    "One of the major prerequisites to improvements was adding MIR (Mid-level Intermediate Representation) to the compiler pipeline.",
    "React Native enables you to write native-rendered apps for iOS and Android using the same React component model.",
    "## AngularJS",
    "AngularJS has strong opinions about how your applications should be structured, while Vue is a more flexible, modular solution.",
    "AngularJS uses two-way binding between scopes, while Vue enforces a one-way data flow between components.",
  );
  const prompts = generateWithTrace(text, { slug: "rating-three" }).candidates.map((c) => c.question.prompt);

  it("asks 'What', not 'Which technology', about a conference", () => {
    expect(prompts).toContain("What is the European community conference?");
    expect(prompts).not.toContain("Which technology is the European community conference?");
    // an ordinal in the description ("the first major Go conference", fourth blind rating) too
    expect(prompts).toContain("What is the first major Go conference?");
  });

  it("asks 'What' about a course (seventh blind rating: 'Which technology … a self-paced course …?')", () => {
    expect(prompts).toContain("What is a self-paced course that teaches Rust from scratch?");
  });

  it("asks 'What' about a name that says its kind (tenth blind rating: 'Which technology awarded Go …?' → a survey)", () => {
    const survey = review("# Go in 2018", "JetBrains’s 2018 Developer Survey awarded Go the “Most promising language” with 12% of respondents using Go today.", "Go is a programming language designed at Google.");
    const asked = promptsAnswering(survey, "survey", ["JetBrains’s 2018 Developer Survey"]);
    expect(asked).toContain("What awarded Go the “Most promising language” with 12% of respondents using Go today?");
    expect(asked.filter((p) => p.startsWith("Which technology"))).toEqual([]);
  });

  it("asks 'Which organisation' about a committee, and never 'Which technology allow …' (twelfth blind rating)", () => {
    const react = review("# React Canaries", "The proposal went to TC39 in 2022.", "TC39 is the JavaScript standards committee.", "React 19 ships Server Actions.", "Server Actions allow Client Components to call async functions executed on the server.", "React is a library for building user interfaces.");
    expect(promptsAnswering(react, "canaries", ["TC39"])).toContain("Which organisation is the JavaScript standards committee?");
    expect(promptsAnswering(react, "canaries", ["Server Actions"]).filter((p) => /^Which technology allow/.test(p))).toEqual([]);
  });

  it("asks 'Which technology' about a name the tagger takes for a person when the review calls it a thing (thirteenth blind rating: 'Who is now the most popular … static website engine?')", () => {
    const hugo = review("# Go in 2017", "Hugo is now the most popular open-source static website engine.", "Alan Donovan is the author of a popular book on Go.", "Go is a programming language designed at Google.");
    const asked = promptsAnswering(hugo, "hugo", ["Hugo", "Alan Donovan"]);
    expect(asked).toContain("Which technology is now the most popular open-source static website engine?");
    expect(asked).toContain("Who is the author of a popular book on Go?");
    expect(asked.filter((p) => p.startsWith("Who is now"))).toEqual([]);
    // adjectives joined by "and" before the head (Astro's comparisons: "Who is a popular and fast static site generator, powered by Rust?")
    const zola = review("# Site builders in 2022", "Zola is a popular and fast static site generator, powered by Rust.", "Alan Donovan is the author of a popular book on Go.", "Zola uses Tera to render your website.");
    expect(promptsAnswering(zola, "zola", ["Zola"]).filter((p) => p.startsWith("Who"))).toEqual([]);
    // named right after what it is (RISC-V's history: "Who has been made available as a BSD open-source project?" → Spike)
    const spike = review("# Simulators", 'Andrew Waterman and Yunsup Lee developed the C++ ISA simulator "Spike", used as a golden model in development. Spike has been made available as a BSD open-source project.', "Rocket is a core.");
    expect(promptsAnswering(spike, "spike", ["Spike"]).filter((p) => p.startsWith("Who"))).toEqual([]);
  });

  it("takes no later part of a hyphenated word for a name ('Upgrade-Insecure-Requests' made 'Requests consisted of a single line …' a technology, on MDN's history of HTTP)", () => {
    const http = review("# HTTP", "HTTP/0.9 was extremely simple: requests consisted of a single line and started with the only possible method GET followed by the path to the resource.", "Notable headers are `Upgrade-Insecure-Requests` but many more exist.");
    expect(promptsAnswering(http, "hyphens", ["Requests"]).filter((p) => p.startsWith("Which technology"))).toEqual([]);
  });

  it("never types the answer to 'one of …': the review names one of several (thirteenth blind rating: 'Which technology is one of many state management libraries for React?')", () => {
    const libraries = review("# State libraries", "Zustand is one of many state management libraries for React.", "Jotai is one of the first atomic state libraries.", "Valtio is a proxy-based state library for React.", "Zustand is a small store for React written in TypeScript.", "Many teams compare Zustand, Jotai and Valtio.");
    const typed = promptsAnswering(libraries, "libraries", ["Zustand", "Jotai"]).filter((p) => /^Which/.test(p));
    expect(typed.filter((p) => /one of/.test(p))).toEqual([]);
    expect(typed).toContain("Which technology is a small store for React written in TypeScript?");
  });

  it("asks 'Which organisation' about a sponsor (sixth blind rating: 'Which technology is Rust's main sponsor?')", () => {
    expect(prompts).toContain("Which organisation is Rust's main sponsor?");
  });

  it("never asks one half of a pair of names, a lower-case one included ('iOS and ____')", () => {
    expect(prompts.filter((p) => p.includes("iOS and ____") || p.includes("____ and Android"))).toEqual([]);
  });

  it("never blanks an acronym beside its spelled-out words", () => {
    expect(prompts.filter((p) => p.includes("____ (Mid-level Intermediate Representation)") || p.includes("MIR (____)"))).toEqual([]);
  });

  it("names the other side of a comparison the sentence leaves to its contrast ('Compared with AngularJS, Vue is a more flexible, modular solution')", () => {
    // said alone, "AngularJS is a more flexible, modular solution" is neither true nor false
    expect(prompts.filter((p) => /^True or false: (?!Compared with).*more flexible, modular solution/.test(p))).toEqual([]);
    expect(prompts).toContain("True or false: Compared with Vue, AngularJS is a more flexible, modular solution.");
    expect(prompts).toContain("True or false: Compared with AngularJS, Vue is a more flexible, modular solution.");
    expect(prompts).toContain("True or false: Vue uses two-way binding between scopes.");
  });
});

describe("a possessor opening the sentence", () => {
  // Rated on Polars' comparison page: "Which technology distributed nature can introduce complexity …?" => "Spark's"
  const text = review("# Spark", "Spark is written in Scala. Spark runs on clusters.", "However, Spark's distributed nature can introduce complexity and overhead for small datasets.");
  const prompts = generateWithTrace(text, { slug: "possessor" }).candidates.map((c) => c.question.prompt);

  it("is read as a possessive, not as 'Spark has distributed …', and never asked as the subject", () => {
    expect(prompts.filter((p) => /distributed nature/.test(p) && /Which technology|____ distributed/.test(p))).toEqual([]);
    expect(prompts).toContain("Fill in the blank: Spark's distributed nature can introduce complexity and overhead for ____.");
  });
});

describe("multiple choice about who", () => {
  const text = review(
    "# Go at four",
    "Docker's creator Solomon Hykes cited Go's standard library as a key factor.",
    "Packer's author Mitchell Hashimoto chose Go for its tooling.",
    "The ngrok service was written by Alan Shreve in Go.",
    "Chapter 5 of Fielding's PhD Dissertation defines REST.",
    "Ngrok stores its sessions in Cassandra.",
  );
  const mcqs = generateWithTrace(text, { slug: "people" }).candidates.filter((c) => c.question.type === "mcq");

  it("asks for a person named anywhere in the sentence, with the document's other people as the wrong choices", () => {
    const hykes = mcqs.find((c) => c.question.answer === "Solomon Hykes");
    expect(hykes?.question.prompt).toBe("Which option completes the statement? Docker's creator ____ cited Go's standard library as a key factor.");
    expect([...(hykes?.question.choices ?? [])].sort()).toEqual(["Alan Shreve", "Mitchell Hashimoto", "Solomon Hykes"]);
  });

  it("never takes a phrase that merely contains a name for a person", () => {
    expect(mcqs.map((c) => c.question.answer)).not.toContain("Fielding's PhD Dissertation");
    expect(mcqs.map((c) => c.question.answer)).not.toContain("PhD Dissertation");
    // a first name alone may be a product
    expect(mcqs.filter((c) => c.question.choices?.includes("Cassandra") && c.question.choices.includes("Solomon Hykes"))).toEqual([]);
  });
});

// The demo deck offered "____, the chief executive of Google, has said …" with TensorFlow, APIs and
// PyTorch as the wrong choices: the tagger knows neither "Sundar" nor "Pichai" for a person.
describe("a name a role stands beside", () => {
  const text = review(
    "# Machine learning frameworks",
    "Sundar Pichai, the chief executive of Google, has said that AI is one of the most important things humanity is working on.",
    "TensorFlow was developed by Google Brain and released in 2015. TensorFlow has TensorBoard.",
    "PyTorch was developed by Meta's artificial intelligence team. PyTorch is popular for research.",
    "TensorFlow defines its graphs statically, while PyTorch builds them as operations run.",
  );
  const candidates = generateWithTrace(text, { slug: "role" }).candidates;

  it("is a person, never offered among products", () => {
    expect(candidates.filter((c) => c.question.type === "mcq" && c.question.answer === "Sundar Pichai")).toEqual([]);
    expect(candidates.some((c) => c.question.type === "cloze" && c.question.answer === "Sundar Pichai")).toBe(true);
  });
});

describe("multiple choice about which name says it", () => {
  // Blind-rated ambiguous on Prometheus's comparison: "____ stores numeric samples for named time
  // series" → Graphite offered InfluxDB, which the page says stores time series too
  const text = review(
    "# Monitoring tools compared",
    "TimescaleDB stores numeric samples for named time series.",
    "InfluxDB keeps numeric samples of time series in its own storage engine.",
    "OpenTSDB runs on top of Hadoop and HBase.",
    "VictoriaMetrics checks hosts with scripts.",
    "TimescaleDB focuses on being a passive time series database.",
    "InfluxDB offers continuous queries.",
    "OpenTSDB is a distributed database.",
    "VictoriaMetrics was created in the 1990s.",
  );
  const mcqs = generateWithTrace(text, { slug: "says-it-too" }).candidates.filter((c) => c.builder === "mcq-subject");
  const choicesFor = (needle: string) => mcqs.find((c) => c.question.prompt.includes(needle))?.question.choices ?? [];

  it("never offers as a wrong choice a name the review says most of the same words of", () => {
    expect(choicesFor("keeps numeric samples")).toContain("InfluxDB");
    expect(choicesFor("keeps numeric samples")).not.toContain("TimescaleDB");
  });

  it("but one shared word is no second right answer ('a distributed database' against 'a passive time series database')", () => {
    expect(choicesFor("is a distributed database")).toContain("TimescaleDB");
  });
});

describe("multiple choice about which release", () => {
  // A post on Go modules dates three releases; "Which technology, released in August 2018, introduced
  // preliminary support for modules?" has a typed answer no student produces exactly (Go 1.11, not
  // Go): among the releases the post names it is fair, and "Go 1.12" is no family of "Go 1.11".
  const text = review(
    "# Modules in the toolchain",
    "Vgo 1.11, released in August 2018, introduced preliminary support for modules.",
    "Vgo 1.12, scheduled for February 2019, will refine module support.",
    "The aim is for Vgo 1.13 to enable module mode by default.",
  );
  const mcqs = generateWithTrace(text, { slug: "releases" }).candidates.filter((c) => c.question.type === "mcq");

  it("offers the document's other releases of the same name as the wrong choices", () => {
    const first = mcqs.find((c) => c.question.answer === "Vgo 1.11");
    expect(first?.question.prompt).toBe("Which option completes the statement? ____, released in August 2018, introduced preliminary support for modules.");
    expect([...(first?.question.choices ?? [])].sort()).toEqual(["Vgo 1.11", "Vgo 1.12", "Vgo 1.13"]);
  });

  it("never offers a release and a point release of it as two choices ('Node.js 18' and 'Node.js 18.0.0')", () => {
    const withPoint = `${text}\nVgo 1.13.0 is available for download today.\n`;
    const choices = generateWithTrace(withPoint, { slug: "lines" }).candidates.filter((c) => c.question.type === "mcq").map((c) => c.question.choices ?? []);
    expect(choices.length).toBeGreaterThan(1);
    for (const list of choices) expect(list.includes("Vgo 1.13") && list.includes("Vgo 1.13.0"), list.join(" | ")).toBe(false);
  });
});

describe("multiple choice about what is no release", () => {
  // TiDB's compatibility page: "____ is a tool for replicating the incremental data of TiDB …" among
  // MySQL 5.7 and MySQL 8.0 gave TiCDC away (rated blind), and "Figure 2" reads like a release too
  const text = review(
    "# Replication",
    "TiSync is a tool for replicating the incremental data of TiDB by pulling change logs.",
    "TiSync also uses a sink to replicate data to other databases.",
    "MyDB 5.7 uses a binary log for replication.",
    "MyDB 8.0 adds a new data dictionary.",
    "MyDB 5.7 supports views that can be updated.",
    "MyDB 8.0 drops the query cache.",
    "Figure 2 shows the replication topology.",
    "Figure 2 also shows the sink.",
    "TiLink moves data between clusters.",
    "TiLink supports incremental backups.",
    "TiShard splits tables into regions.",
    "TiShard balances regions across nodes.",
  );
  const mcq = generateWithTrace(text, { slug: "no-release" }).candidates.find((c) => c.question.type === "mcq" && c.question.answer === "TiLink");

  it("offers no release and no figure as a wrong choice for a name that is not a release", () => {
    expect(mcq?.question.choices ?? []).toContain("TiShard");
    for (const choice of mcq?.question.choices ?? []) expect(choice).not.toMatch(/ \d/);
  });
});

describe("brackets and quotes at the end of what is asked", () => {
  const text = review(
    "# Requests and FastAPI",
    "Requests is a library to interact with APIs (as a client), while FastAPI is a library to build APIs (as a server).",
    'SoundCloud is an audio service that has "dozens of systems in Go, touching almost every part of the site."',
  );
  const questions = generateWithTrace(text, { slug: "closing-marks" }).candidates.map((c) => c.question.prompt);

  it("keep the closing bracket or quote the last word carries", () => {
    expect(questions).toContain("True or false: FastAPI is a library to interact with APIs (as a client).");
    expect(questions).toContain('Which technology is an audio service that has "dozens of systems in Go, touching almost every part of the site"?');
  });
});

describe("a name's 's before a noun phrase", () => {
  const text = review(
    "# Lintly",
    "Lintly's too-many-branches does not count try blocks as their own branches, unlike Pylint's R0912.",
    "Lintly's formatter is designed to be a drop-in replacement for Black.",
  );
  const candidates = generateWithTrace(text, { slug: "possessive" }).candidates;

  it("owns the noun phrase (the subject is 'Lintly's formatter'), never reads as 'Lintly is'", () => {
    const prompts = candidates.map((c) => c.question.prompt);
    expect(prompts.filter((p) => /Which technology (?:too-many|formatter)/.test(p))).toEqual([]);
    expect(candidates.map((c) => String(c.question.answer)).filter((a) => /['’]s$/.test(a))).toEqual([]);
    expect(prompts).toContain("Fill in the blank: Lintly's formatter is designed to be a drop-in replacement for ____.");
  });

  it("keeps the 's outside a blank even where the tagger reads it as 'is' ('supporting Mocha's familiar describe': the blank lost it, rated ungrammatical)", () => {
    const text = review(
      "# Test runners",
      "Vitest provides a Jest-compatible API while also supporting Mocha's familiar `describe`, `it`, and hook syntax, making migration easy.",
      "Mocha is a test framework for Node.js, and Mocha runs in the browser too.",
      "Jest is a test runner from Meta, and Jest snapshots are popular.",
    );
    const prompts = generateWithTrace(text, { slug: "possessive-is" }).candidates.filter((c) => c.question.answer === "Mocha").map((c) => c.question.prompt);
    expect(prompts.some((p) => p.includes("supporting ____'s familiar describe"))).toBe(true);
    expect(prompts.filter((p) => p.includes("supporting ____ familiar"))).toEqual([]);
  });
});

describe("company set off after the subject", () => {
  it("makes the subject no answer ('Black, like Lintly's formatter, makes …' holds of Lintly too), while examples of it do not", () => {
    const text = review(
      "# Formatters",
      "Black, like Lintly's formatter, makes a best-effort attempt to adhere to the configured line length.",
      "Black is written in Python, and many teams run Black in CI.",
      "Lintly is written in Rust and checks code for common errors.",
    );
    expect(promptsAnswering(text, "company", ["Black"]).filter((p) => p.includes("best-effort"))).toEqual([]);
    const examples = review(
      "# Runners",
      "Browser-based runners, such as Cypress and WebdriverIO, will catch issues that Node-based runners cannot.",
    );
    expect(generateWithTrace(examples, { slug: "examples" }).candidates.length).toBeGreaterThan(0);
  });
});

describe("what the document's topic is", () => {
  // Svelte's "Svelte 3: Rethinking reactivity" (a page never seen before) opens with "Svelte is a
  // component framework — like React or Vue — but with an important difference": "What is Svelte?"
  // was asked for a while, then rejected blind with three like it.
  const text = review(
    "# Zippy 3",
    "Zippy is a component framework — like React or Vue — but with an important difference. Zippy runs at build time, converting your components into efficient code.",
    "Zippy is a great choice for small teams. Zippy has a new logo. Zippy was designed by Ann Lee. Zippy ships small bundles to the browser.",
    "Rusty is a general purpose programming language empowering everyone. Rusty is used by Zippy for its compiler.",
  );
  const asked = generateWithTrace(text, { slug: "topic" }).candidates.filter((c) => c.question.prompt.startsWith("What is "));

  // "What is Pinia? → a store library", "What is Svelte? → a component framework" (also "a
  // compiler"), "What is Node.js? → a trademark of Joyent": four rejected blind on pages never seen
  it("never asks 'What is X?' of the topic: a review says what it is in many words", () => {
    expect(asked.map((c) => c.question.prompt)).toEqual([]);
  });

  it("never suggests the topic as an answer either (eighth blind rating: such suggestions were trivial)", () => {
    const tiered = generateWithTrace(text, { slug: "topic" }).candidates.filter((c) => c.question.tier);
    expect(tiered.length).toBeGreaterThan(0);
    expect(tiered.filter((c) => c.question.answer === "Zippy").map((c) => c.question.prompt)).toEqual([]);
  });
});

describe("a topic the title names before a colon", () => {
  // The Rust blog's "gccrs: An alternative compiler for Rust": "gccrs", in lower case, is no name,
  // so GCC (mentioned more) was taken for the topic — its questions were never published and
  // "What is gccrs?" never asked.
  const text = [
    "---",
    'title: "zipc: An alternative compiler for Rusty"',
    "---",
    "",
    "`zipc` is a work-in-progress alternative compiler for Rusty being developed as part of the GCX project. GCX is a collection of compilers for many programming languages. GCX was first released in 1987. GCX supports SuperH, which LLVX does not.",
    "",
    "The aim of `zipc` is to add support for Rusty to that collection. `zipc` was started as a project in 2014. Most of the errors will be the fault of `zipc`.",
    "",
  ].join("\n");
  const candidates = generateWithTrace(text, { slug: "title-topic" }).candidates;

  it("is the document's topic, and the project it is part of is no topic", () => {
    expect(candidates.filter((c) => c.question.answer === "GCX" && c.question.tier).length).toBeGreaterThan(0);
    expect(candidates.filter((c) => c.question.answer === "GCX").every((c) => c.features?.answer_is_topic === 0)).toBe(true);
  });

  it("gives away what else the title names: 'an alternative compiler for Rusty' compares nothing, and Rusty is no answer", () => {
    expect(candidates.filter((c) => c.question.answer === "Rusty" && c.question.tier).map((c) => c.question.prompt)).toEqual([]);
  });

  it("is no answer when the title introduces it in a project's own blog ('Introducing Gofix' on the Go blog)", () => {
    const introduced = ["---", "title: Introducing Zofix", "---", "", "The Zo project ships tools. Zofix is a new tool that reduces the effort it takes to update existing code. Zofix has already made itself indispensable. Zofix rewrites calls to the old reflect API.", ""].join("\n");
    const tiered = generateWithTrace(introduced, { slug: "introduced" }).candidates.filter((c) => c.question.tier);
    expect(tiered.filter((c) => c.question.answer === "Zofix").map((c) => c.question.prompt)).toEqual([]);
  });
});

describe("names the title is about", () => {
  // Google's "Borg: The Predecessor to Kubernetes" (sixth blind rating): "A pod is the unit of
  // scheduling in ____" (Kubernetes) and "Which technology traces its lineage directly from Borg?"
  // were rated trivial — the title says it.
  const text = [
    "---",
    "title: \"Borg: The Predecessor to Zubernetes\"",
    "---",
    "",
    "Zubernetes traces its lineage directly from Borg. A pod is the unit of scheduling in Zubernetes. Borg ran every job at Google for a decade.",
    "",
    "Zubernetes supports naming and load balancing using the service abstraction. Flannel gives every pod its own IP address in a cluster.",
    "",
  ].join("\n");
  const published = generateWithTrace(text, { slug: "title" }).candidates.filter((c) => c.question.tier === "published");

  it("never publishes a name of the title as an answer, unless the title compares", () => {
    expect(published.map((c) => c.question.answer)).not.toContain("Zubernetes");
    expect(published.map((c) => c.question.answer)).not.toContain("Borg");
    const borg = (title: string) => generateWithTrace(text.replace("Borg: The Predecessor to Zubernetes", title), { slug: "title" }).candidates.filter((c) => c.question.answer === "Borg");
    expect(borg("Borg: The Predecessor to Zubernetes").every((c) => c.features?.answer_is_topic === 1)).toBe(true);
    expect(borg("Borg vs Zubernetes").some((c) => c.features?.answer_is_topic === 0)).toBe(true);
  });
});

describe("the organisation a document is written in", () => {
  // Google's post on Borg (sixth blind rating): "Many of the developers at ____ working on Kubernetes
  // …" and "Which organisation has been running containerized workloads …?" (Google) were trivial —
  // Google is in a quarter of its sentences.
  const text = review(
    "# Cluster managers",
    "Google has been running containerized workloads in production for more than a decade. Many of the developers at Google working on Zubernetes were formerly developers on the Borg project. Borg ran every service at Google for years.",
    "Zubernetes supports naming and load balancing using the service abstraction. Zubernetes organizes pods using labels. Zubernetes gives every pod its own IP address in a cluster.",
    "Zubernetes schedules pods onto nodes in a cluster. Zubernetes restarts failed containers automatically. Zubernetes exposes a declarative API for deployments.",
    "A pod is the unit of scheduling in a cluster. Labels are arbitrary key/value pairs that users attach to pods. Services map to a dynamic set of pods.",
  );
  const candidates = generateWithTrace(text, { slug: "house" }).candidates;

  it("never publishes it as an answer", () => {
    expect(candidates.some((c) => c.question.answer === "Google")).toBe(true);
    expect(candidates.filter((c) => c.question.answer === "Google").every((c) => c.features?.answer_is_topic === 1)).toBe(true);
  });
});

describe("a second right answer in a sentence that makes no question of its own", () => {
  // Held-out rating of Zustand's comparison page: "____ achieves render optimizations through atom
  // dependency" → Jotai, where the page also says it of Recoil in a sentence that leans on the ones before
  it("is found all the same, and the question is not asked", () => {
    const text = review(
      "# State libraries compared",
      "## Jotai\n\nJotai stores state in atoms. Jotai achieves render optimizations through atom dependency.",
      "## Recoil\n\nRecoil stores state in atoms too. Similar to previous optimization comparisons, Recoil makes render optimizations through atom dependency.",
      "## Zustand\n\nZustand is a single store. Zustand uses selectors for render optimizations.",
    );
    expect(promptsAnswering(text, "rivals", ["Jotai"]).filter((p) => p.includes("atom dependency"))).toEqual([]);
  });
});


describe("a name written in lower case", () => {
  // Vitest's comparisons link "[uvu](…)" and write it in lower case throughout: it was no name, so no
  // question asked which runner "relies on require and loader hooks" (rated acceptable once it was)
  const text = review(
    "# Test runners compared",
    "[uvu](https://github.com/lukeed/uvu) is a test runner for Node.js and the browser.",
    "uvu runs tests in a single thread, so tests are not isolated.",
    "For transforming your code, uvu relies on require and loader hooks.",
    "Jest runs each test file in its own worker and relies on Babel for transforms.",
    "Jest is a test runner from Meta, and Jest snapshots are popular.",
    "Mocha runs tests serially by default, and Mocha supports many reporters.",
    "The [design](https://example.com/design) of a test runner matters.",
  );
  const candidates = generateWithTrace(text, { slug: "lower-case" }).candidates;

  it("is a name when it links to another site and no dictionary knows it, and keeps its case", () => {
    expect(candidates.some((c) => c.question.answer === "uvu" && c.question.prompt === "Fill in the blank: For transforming your code, ____ relies on require and loader hooks.")).toBe(true);
    expect(candidates.some((c) => c.question.type === "mcq" && c.question.choices?.includes("uvu"))).toBe(true);
    expect(candidates.map((c) => c.question.prompt)).toContain("Fill in the blank: uvu runs tests in ____, so tests are not isolated.");
    expect(candidates.map((c) => c.question.prompt).filter((p) => /\bUvu\b/.test(p))).toEqual([]);
  });

  it("but a linked dictionary word is not ('design')", () => {
    expect(candidates.filter((c) => c.question.answer === "design" || c.question.choices?.includes("design"))).toEqual([]);
  });
});

/** The multiple choices (prompt and choices) that offer one of `agents` beside one of the products Asm.js, PNaCl and WebAssembly. */
function mixedChoices(text: string, slug: string, agents: string[]): string[] {
  const things = ["Asm.js", "PNaCl", "WebAssembly"];
  return generateWithTrace(text, { slug })
    .candidates.filter((c) => c.question.type === "mcq")
    .filter((c) => (c.question.choices ?? []).some((x) => things.includes(x)) && (c.question.choices ?? []).some((x) => agents.includes(x)))
    .map((c) => `${c.question.prompt} [${c.question.choices?.join(", ")}]`);
}

describe("multiple choice about someone the review quotes", () => {
  it("never offers things as the wrong choices for a speaker the tagger knows no person by, nor the speaker among things ('____ recalls internal resistance to the name' among Asm.js, WebAssembly and Mozilla: twenty-third round, rated given away blind)", () => {
    const text = review(
      "# Ten years of Wasm",
      "Asm.js was a subset of JavaScript. PNaCl ran native code in Chrome. WebAssembly has a compact binary format. Asm.js ran in every browser. PNaCl relied on message passing. WebAssembly ships in four browsers.",
      "Bastien recalls internal resistance to the name. Bastien worked on the Chrome team. Gohman says the stack design came from Asm.js.",
    );
    expect(mixedChoices(text, "speakers", ["Bastien", "Gohman"])).toEqual([]);
  });
});

describe("multiple choice among the names the review's own words give a kind", () => {
  it("offers an organisation, or a person, only among its own kind ('In March 2019, ____ announced WASI' among Mozilla, WebAssembly and Asm.js; Zynga; 'team lead Fil Pizlo' among products: twenty-third round, rated given away blind)", () => {
    const text = review(
      "# Ten years of Wasm",
      "Asm.js was a subset of JavaScript. PNaCl ran native code in Chrome. WebAssembly has a compact binary format. Asm.js ran in every browser. PNaCl relied on message passing. WebAssembly ships in four browsers.",
      "In March 2019, Mozilla announced WASI. Dan Gohman worked at Mozilla then. A representative from Zynga came to the second meeting. Zynga had built a business on Flash. At Apple, JavaScriptCore team lead Fil Pizlo secured support for the design.",
    );
    expect(mixedChoices(text, "kinds", ["Mozilla", "Zynga", "Fil Pizlo", "Apple"])).toEqual([]);
  });

  it("offers among people no thing named after one ('Apple Dylan' and 'Open Dylan' were choices among Scott Fahlman and Keith Playford, twenty-fifth round, rated given away)", () => {
    const text = review(
      "# Dylan",
      "Apple Dylan was the first implementation. Open Dylan is the current implementation. Open Dylan runs on Windows.",
      "Scott Fahlman announced the move in a newsgroup post. Keith Playford wrote the compiler. Bruce Mitchener maintained the website. Jonathan Bachrach wrote an interpreter.",
    );
    const people = generateWithTrace(text, { slug: "given-names" }).candidates.filter((c) => c.builder === "mcq-person");
    expect(people.length).toBeGreaterThan(0);
    for (const c of people) expect(c.question.choices, c.question.prompt).not.toContain("Open Dylan");
    for (const c of people) expect(c.question.choices, c.question.prompt).not.toContain("Apple Dylan");
  });

  it("reads what got acquired as a company ('In 2012, ____ got acquired by Facebook' among Bolt and React: a blind sample, rated given away)", () => {
    const text = review(
      "# Ten years of Wasm",
      "Asm.js was a subset of JavaScript. PNaCl ran native code in Chrome. WebAssembly has a compact binary format. Asm.js ran in every browser. PNaCl relied on message passing. WebAssembly ships in four browsers.",
      "In 2012, Zynga got acquired by Facebook. Zynga had built a business on Flash.",
    );
    expect(mixedChoices(text, "acquired", ["Zynga"])).toEqual([]);
  });
});
