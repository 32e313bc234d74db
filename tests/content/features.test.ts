// Features the ranker scores on that the strict labels showed matter (seventh session): a prompt
// that all but says its answer, and, in a document comparing two names, a prompt that names one
// so that the answer can only be the other.
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";
import { selectTiers } from "@/lib/content/select";

const featuresOf = (text: string, answer: string, needle: string) =>
  generateWithTrace(text, { slug: "features" }).candidates.find((c) => c.question.answer === answer && c.question.prompt.includes(needle))?.features;

describe("ranker features", () => {
  it("date_milestone and date_minor: a first release or what the review calls major, against the year a feature was added (blind: 26 of 33 such dates in curl's and Rust's histories were trivia)", () => {
    const history = "# History of Fetchy\n\nFetchy became publicly available in November 2015. In 2004, Fetchy 7.12.0 introduced support for international domain names. Fetchy moved its code in 2010.\n";
    const year = (needle: string) => generateWithTrace(history, { slug: "features" }).candidates.find((c) => c.builder === "date-year" && c.question.prompt.includes(needle))?.features;
    expect(year("publicly available")).toMatchObject({ date_milestone: 1, date_minor: 0 });
    expect(year("international domain names")).toMatchObject({ date_milestone: 0, date_minor: 1 });
    expect(year("moved its code")).toMatchObject({ date_milestone: 0, date_minor: 0 });
  });

  it("the date of an event the review marks as no milestone is suggested only (non-milestone date questions the ranker rated likely: 17 of 41 labelled acceptable, against 25 of 38 milestones)", () => {
    const history = "# History of Fetchy\n\nFetchy became publicly available in November 2015. Fetchy moved its code to a new server in 2010. Fetchy 2.0 was released in 2018 after a long beta. Fetchy added a logo in 2012.\n";
    const { candidates } = generateWithTrace(history, { slug: "features" });
    for (const c of candidates) c.score = 0.9;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published" && (c.builder === "date-year" || c.builder === "date-mcq"));
    expect(published.some((c) => c.question.prompt.includes("publicly available"))).toBe(true);
    expect(published.filter((c) => /moved its code|added a logo/.test(c.question.prompt))).toEqual([]);
  });

  it("date_milestone: the release of a major version ('TensorFlow 2.0 was released' in the original seed), not a point release of it", () => {
    const history = "# History of Fetchy\n\nIn October 2019, Fetchy 2.0 was released after a long beta. Fetchy 2.0.1 was released in 2020 with fixes for the installer.\n";
    const year = (needle: string) => generateWithTrace(history, { slug: "features" }).candidates.find((c) => c.builder === "date-year" && c.question.prompt.includes(needle))?.features;
    expect(year("after a long beta")).toMatchObject({ date_milestone: 1, date_minor: 0 });
    expect(year("fixes for the installer")).toMatchObject({ date_milestone: 0, date_minor: 1 });
    // a product's own release is one too ("Nginx was released in October 2004"), a point release of it not
    const servers = "# Web servers\n\nNginx was released in October 2004 by Igor Sysoev. Nginx 1.25.3 was released in 2023 with fixes.\n";
    const dated = (needle: string) => generateWithTrace(servers, { slug: "features" }).candidates.find((c) => c.builder === "date-year" && c.question.prompt.includes(needle))?.features;
    expect(dated("Igor Sysoev")).toMatchObject({ date_milestone: 1, date_minor: 0 });
    expect(dated("with fixes")).toMatchObject({ date_milestone: 0, date_minor: 1 });
    // nor a version's line in a labelled list (Blender's history: rated trivia blind)
    const ports = "# History of Fetchy\n\n- **1.4x -- September 1998:** Sun and Linux Alpha version released.\n- **1.6x -- June 1999:** BeOS and PPC version released.\n- **2.0 -- August 2000:** Fetchy 2.0 was the first open source release.\n";
    const entry = generateWithTrace(ports, { slug: "features" }).candidates.find((c) => (c.builder === "date-year" || c.builder === "date-mcq") && c.question.prompt.includes("Alpha version"))?.features;
    expect(entry?.date_milestone).toBe(0);
  });

  it("date_milestone: never what the review denies ('not the biggest change') nor a word's second half ('non-public'), as Rust's five years published two such feature years rated trivia blind", () => {
    const years = [
      "# Five years of Fetchy",
      "",
      "## 2019",
      "",
      "**[1.34] — Private Registries:** Teams need to host their projects in non-public spaces, and private registries let them do so.",
      "",
      "## 2020",
      "",
      "**[1.42] — Rest patterns:** While not the biggest change, the rest pattern improves matching on slices.",
      "",
      "**[1.43] — Async:** The biggest change of the year was async functions.",
      "",
    ].join("\n");
    const year = (needle: string) => generateWithTrace(years, { slug: "features" }).candidates.find((c) => (c.builder === "date-year" || c.builder === "date-mcq") && c.question.prompt.includes(needle))?.features;
    expect(year("Private Registries")?.date_milestone).toBe(0);
    expect(year("Rest patterns")?.date_milestone).toBe(0);
    expect(year("Async")?.date_milestone).toBe(1);
    // "major" of a number is no major release (curl's "The libcurl major SONAME number was set to 1")
    const soname = "# History of Fetchy\n\nIn 2000, the libfetchy major SONAME number was set to 1. In 2004, Fetchy had its major release 8.\n";
    const dated = (needle: string) => generateWithTrace(soname, { slug: "features" }).candidates.find((c) => (c.builder === "date-year" || c.builder === "date-mcq") && c.question.prompt.includes(needle))?.features;
    expect(dated("SONAME")?.date_milestone).toBe(0);
    expect(dated("major release")?.date_milestone).toBe(1);
  });

  it("answer_repeated_in_doc: a person the review goes on to call by first or last name ('Daniel', 'Fielding') is no name mentioned once", () => {
    const history = "# History of Fetchy\n\nIn 1996, Daniel Stenberg was writing a bot for a chat channel. Daniel then released the first version of the tool. Later that year Daniel added FTP support.\n\nIn 1997, Rafael Sagula wrote a small tool for HTTP downloads.\n";
    expect(featuresOf(history, "Daniel Stenberg", "writing a bot")?.answer_repeated_in_doc).toBeGreaterThan(0);
    expect(featuresOf(history, "Rafael Sagula", "small tool")?.answer_repeated_in_doc).toBe(0);
  });

  it("answer_is_topic: what the title says, a noun phrase too, and 'VS Code' is no comparison ('virtual DOM', 'gopls' rated given away blind)", () => {
    const vdom = "---\ntitle: Virtual DOM is pure overhead\n---\n\nThe virtual DOM is valuable because it lets you build apps without thinking about state transitions.\n";
    expect(featuresOf(vdom, "The virtual DOM", "is valuable")?.answer_is_topic).toBe(1);
    const gopls = "---\ntitle: Gopls on by default in the VS Code Go extension\n---\n\nIn 2020, the Go team took responsibility for the Go extension for VS Code.\n";
    expect(featuresOf(gopls, "VS Code", "responsibility")?.answer_is_topic).toBe(1);
    // a possessive in the title names its owner ("… With Go Cloud's Wire": "Go Cloud" was rated given away)
    const wire = "---\ntitle: Dependency Injection With Go Cloud's Wire\n---\n\nThe driving use case for Wire is to make it easy to swap implementations of Go Cloud portable APIs.\n";
    expect(featuresOf(wire, "Go Cloud", "swap implementations")?.answer_is_topic).toBe(1);
  });

  it("answer_is_topic: the topic's plural, a history's title with a word after its name, and the one name a heading sets against all others (seventeenth round: 'PWAs', 'Matrix' rated trivial)", () => {
    const pwa = "# The history of PWA development\n\nThe term PWA was coined in 2015 by Google. A PWA works offline.\n\nAt first, PWAs started to work on Chrome OS, Android, and Windows. Every PWA has a manifest.\n";
    expect(featuresOf(pwa, "PWAs", "started to work on")?.answer_is_topic).toBe(1);
    const matrix = "# Comparison to other platforms\n\n## How does Matrix compare to other platforms?\n\nMatrix is the long-awaited middleground between one-to-one messaging platforms and collaborative ones. Matrix has bridges. Matrix rooms are federated.\n\n### XMPP\n\nXMPP is relatively barebone compared with Matrix.\n";
    expect(featuresOf(matrix, "Matrix", "long-awaited middleground")?.answer_is_topic).toBe(1);
    // and a section about one platform sets it against that name: "____ is relatively barebone compared with Matrix" leaves only XMPP
    expect(featuresOf(matrix, "XMPP", "relatively barebone")?.answer_foil_named).toBe(1);
  });

  it("answer_is_topic: the topic under the name of the company named all through ('Google Refine' in OpenRefine's history, rated given away blind, twenty-sixth round)", () => {
    const refine = "# OpenRefine History\n\nGoogle will soon stop its support of Refine. Refine is a mature data cleaning tool. Google bought Metaweb in 2010. Google Refine is a desktop based application. Google renamed Freebase Gridworks. Refine has a large community. Refine works offline. Refine reconciles names with Freebase.\n";
    expect(featuresOf(refine, "Google Refine", "desktop based application")?.answer_is_topic).toBe(1);
    expect(featuresOf(refine, "Metaweb", "Google bought")?.answer_is_topic).toBe(0);
  });

  it("answer_is_topic: 'Comparison of <name> with other …' sets that name against the rest, and a section headed '<name> (<note>)' is about an alternative (nineteenth round: 'Dinit' rated given away, OpenRC had been taken for the topic)", () => {
    const dinit = "Comparison of Vinit with other init systems\n===\n\nVinit is a service manager. Vinit supports soft dependencies. Vinit eschews D-Bus.\n\n## OpenRC (Gentoo)\n\nOpenRC is used in Gentoo. OpenRC has no supervision.\n\n## Systemd\n\nSystemd offers a D-Bus interface, unlike OpenRC.\n";
    expect(featuresOf(dinit, "Vinit", "is a service manager")?.answer_is_topic).toBe(1);
    expect(featuresOf(dinit, "OpenRC", "is used in Gentoo")?.answer_is_topic).toBe(0);
  });

  it("answer_is_topic: a heading that sets two ideas against each other, no name on either side, leaves the document its one name (twenty-first round: 'Qwik' published against JSON and HTML, rated given away)", () => {
    const quik = "# Resumable vs. Hydration\n\nA key concept of Quik applications is that they are resumable. Quik is different because it does not require hydration. Quik collects relationship information between stores and components. Quik sets up a single global listener. Hydration replays all the application logic on the client.\n";
    expect(featuresOf(quik, "Quik", "is different because")?.answer_is_topic).toBe(1);
    // a "vs" between names still compares them: the name is asked, not given away
    const versus = "# Quik vs. Hydra\n\nQuik is different because it does not require hydration. Quik collects relationship information between stores and components. Quik sets up a single global listener. Hydra replays all the application logic on the client.\n";
    expect(featuresOf(versus, "Quik", "is different because")?.answer_is_topic).toBe(0);
  });

  it("answer_is_topic: a title in title case that runs past the name ('10 Years of Let's Encrypt Certificates', eighteenth round: 'Let's Encrypt' published and rated trivial)", () => {
    const certs = "# 10 Years of Let's Crypt Certificates\n\nLet's Crypt is a project of a nonprofit research group. Let's Crypt issued its first certificate in 2015. Let's Crypt offers free certificates to every website. The ACME protocol was standardised in 2019.\n";
    expect(featuresOf(certs, "Let's Crypt", "is a project of a nonprofit")?.answer_is_topic).toBe(1);
    // said twice only, it is still a name of the title: its "'s" is its own, no possessive (a blind sample, thirty-first session)
    const twice = "# 10 Years of Let's Crypt Certificates\n\nLet's Crypt is a project of a nonprofit research group. The group issued its first certificate in 2015. Let's Crypt offers free certificates to every website. The ACME protocol was standardised in 2019.\n";
    expect(featuresOf(twice, "Let's Crypt", "is a project of a nonprofit")?.answer_is_topic).toBe(1);
  });

  it("answer_is_topic: not a major release of the topic asked among its other releases, but a point release still ('Go 1.11' against 'curl 7.10.8')", () => {
    const text = "# Vgo\n\nVgo is a programming language from Example Corp. Vgo programs compile quickly.\n\nVgo 1.11, released in August 2018, introduced preliminary support for modules.\n\nVgo 1.12, scheduled for February 2019, will refine module support.\n\nThe aim is for Vgo 1.13 to enable module mode by default.\n\nVgo 1.13.1 fixed a crash in the module cache.\n";
    const mcq = (answer: string) => generateWithTrace(text, { slug: "features" }).candidates.find((c) => c.builder === "mcq-subject" && c.question.answer === answer)?.features;
    expect(mcq("Vgo 1.11")?.answer_is_topic).toBe(0);
    expect(mcq("Vgo 1.13.1")?.answer_is_topic).toBe(1);
    expect(featuresOf(text, "Vgo 1.11", "Fill in the blank")?.answer_is_topic).toBe(1);
  });

  it("answer_echoed: an acronym whose words the prompt spells out ('____ is the Harlequin Abstract RISC Processor …' → HARP, twenty-fifth round, rated given away)", () => {
    const text = "# Compilers\n\nHARP is the Harlequin Abstract RISC Processor and was designed at Harlequin in the late 1980s. HARP generates machine code. LispWorks hosts the compiler.\n";
    expect(featuresOf(text, "HARP", "Harlequin Abstract RISC Processor")?.answer_echoed).toBe(1);
  });

  it("answer_echoed: a short name that opens a compound of the prompt ('GitHub (most common ____ hosting service)' → Git, eighteenth round, rated given away)", () => {
    const text = "# Data versioning\n\nGitHub (most common Git hosting service) has a limit of 2 GB per repository. Git stores every version of every file. DataVC stores large files outside Git.\n";
    expect(featuresOf(text, "Git", "most common ____ hosting service")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "Git", "stores large files outside ____")?.answer_echoed).toBe(0);
  });

  it("answer_echoed: a short name of the prompt that opens the answer's compound ('… from the creators of Vue.js' → VuePress, rated given away blind twice)", () => {
    const text = "# Site builders\n\nVuePress is a popular documentation website builder from the creators of Vue.js. VuePress uses Vue for its themes. Astro supports many frameworks.\n";
    expect(featuresOf(text, "VuePress", "from the creators of Vue.js")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "VuePress", "uses Vue for its themes")?.answer_echoed).toBe(1);
  });

  it("answer_echoed: a hyphenated name whose first part the prompt says ('… over the top of the S6 supervision system' → S6-RC, nineteenth round)", () => {
    const text = "# Init systems\n\nS6-RC provides a dependency-management system over the top of the S6 supervision system. S6-RC requires compiling the service descriptions into a database.\n";
    expect(featuresOf(text, "S6-RC", "over the top of the S6 supervision system")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "S6-RC", "requires compiling")?.answer_echoed).toBe(0);
  });

  it("answer_echoed: an acronym beside its expansion gives either away ('____ (The High-Performance Erlang Project)', 'JAM (Joe's ____)')", () => {
    const text = "# Erlang\n\nHiPE (The High-Performance Erlang Project) was a research project at Uppsala University.\n\nIn 1989 JAM (Joe's Abstract Machine) was first implemented by Joe Armstrong.\n\nBEAM runs Erlang code on a register machine built at Ericsson.\n";
    expect(featuresOf(text, "HiPE", "Uppsala")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "Abstract Machine", "Joe's ____")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "Uppsala University", "HiPE (The High-Performance Erlang Project)")?.answer_echoed).toBe(0);
  });

  it("answer_echoed: a word of the answer begins a word of the prompt ('graph' beside GraphX)", () => {
    const text = "# Spark\n\nSpark provides GraphX, a library for graph processing on large clusters.\n\nSpark is written in Scala with some support for Python and R.\n";
    expect(featuresOf(text, "graph", "GraphX")?.answer_echoed).toBe(1);
    expect(featuresOf(text, "Scala", "written in")?.answer_echoed).toBe(0);
    // an inflected form echoes too: "activities" beside Activity (sixteenth blind rating)
    const activity = "# React 19.2\n\nActivity lets you break your app into activities that can be controlled and prioritized.\n";
    expect(featuresOf(activity, "Activity", "activities")?.answer_echoed).toBe(1);
    // a three-letter acronym inside an identifier ("jsxSingleQuote" gives away JSX: eighteenth blind rating)
    const jsx = "# Rationale\n\nJSX has its own option for quotes: jsxSingleQuote. JSX takes its roots from HTML.\n";
    expect(featuresOf(jsx, "JSX", "jsxSingleQuote")?.answer_echoed).toBe(1);
    // an acronym inside a longer one ("PyTorch-QRNN, a type of ____" → RNN: seventeenth round, rated given away)
    const qrnn = "# PyTorch\n\nSalesforce released PyTorch-QRNN, a type of RNN that is faster than standard LSTMs.\n";
    expect(featuresOf(qrnn, "RNN", "PyTorch-QRNN")?.answer_echoed).toBe(1);
    // two names that start alike for six letters ("____ has TensorBoard" → TensorFlow: random corpus sample, blind)
    const board = "# Frameworks\n\nFinally, TensorFlow has TensorBoard, which users can use to visualize training.\n";
    expect(featuresOf(board, "TensorFlow", "has TensorBoard")?.answer_echoed).toBe(1);
    // and such a question is never published (held-out rating of Node.js posts: "… some things were well documented" → Documentation)
    const { candidates } = generateWithTrace(activity, { slug: "features" });
    expect(candidates.filter((c) => c.features?.answer_echoed && c.question.tier === "published")).toEqual([]);
  });

  it("answer_word_in_prompt: a common word of the answer is a word of the prompt, an identifier's parts too (webpack 5's release notes, blind-rated given away)", () => {
    const text = "# Webpack 5\n\nModule Concatenation works per runtime to allow different concatenation for each runtime. The FileCachePlugin uses serialization to persist cached items to the disk.\n\nDjango REST Framework was built on Django underneath.\n";
    expect(featuresOf(text, "Module Concatenation", "for each runtime")?.answer_word_in_prompt).toBe(1);
    expect(featuresOf(text, "FileCachePlugin", "cached items")?.answer_word_in_prompt).toBe(1);
    // a name the answer shares is no give-away ("… using Django underneath" → Django REST Framework: labelled acceptable)
    expect(featuresOf(text, "Django REST Framework", "built on Django underneath")?.answer_word_in_prompt).toBe(0);
  });

  it("answer_word_in_prompt: among choices, a name of the prompt that only the answer holds ('… using APISpec' → Flask-apispec, blind-rated given away; 0 of 4 such published multiple choices acceptable)", () => {
    const text = "# Why Meshly does not use Proxon\n\n## Complexity\n\nIstio is the most widely used service mesh. Linkerd is a graduated CNCF project. Kuma is a service mesh from Kong. Proxon is a general-purpose proxy written in C++. Proxon supports dozens of protocols and a large filter chain. Meshly2-proxy is a small proxy written in Rust. Meshly2-proxy handles only service-to-service traffic. Meshly was the first service mesh to ship a Rust proxy. Gloo Gateway is a new major evolution of the Gloo proxy. Kuma builds its data plane on Proxon.\n\n## Cost\n\nThe aggregate CPU and memory consumed by the data plane are a critical part of the cost of running a mesh. Meshly2-proxy used 15 ms of CPU per request in the benchmark. Proxon used 22 ms of CPU per request in the same benchmark.\n";
    const needle = "Which option completes the statement? ____ is a new major evolution of the Gloo proxy.";
    expect(featuresOf(text, "Gloo Gateway", needle)?.answer_word_in_prompt).toBe(1);
    // typed, the same name is no give-away: the student has no list to match it in
    expect(featuresOf(text, "Gloo Gateway", "Fill in the blank: ____ is a new major evolution")?.answer_word_in_prompt).toBe(0);
  });

  it("answer_word_in_prompt: among releases, the answer's number borne by another name of the prompt ('____ was released together with JDK 7' → NetBeans 7, eleventh round, rated given away)", () => {
    const text = "# History of Beanly\n\nBeanly 4, released in December 2004, was a complete change in the way the IDE worked. Beanly 7 was released together with JDK 7, providing editor tools for new language constructs. Beanly 7.1 introduced a new module system. Beanly 8 added support for JavaScript. Beanly 4 had a new project system. Beanly 8 was the last release by Sun.\n";
    expect(featuresOf(text, "Beanly 7", "Which option completes the statement? ____ was released together with JDK 7")?.answer_word_in_prompt).toBe(1);
    expect(featuresOf(text, "Beanly 7.1", "Which option completes the statement? ____ introduced a new module system")?.answer_word_in_prompt).toBe(0);
  });

  it("relative_claim: 'now' against an unnamed release, a closing 'too' against the sentence before", () => {
    const text = "# Webpack 5\n\nStats hide module and chunk ids by default now. Many internal plugins will use the Persistent Cache too. Now that Stats are smaller, the Compilation runs faster. Webpack bundles modules for the browser.\n";
    expect(featuresOf(text, "Stats", "by default now")?.relative_claim).toBe(1);
    expect(featuresOf(text, "Persistent Cache", "plugins")?.relative_claim).toBe(1);
    expect(featuresOf(text, "Webpack", "bundles")?.relative_claim).toBe(0);
    // and its negative: "… aren't exactly great from a developer's standpoint either" (eleventh round, rated unresolved)
    const either = "# REST and gRPC\n\nREST APIs aren't exactly great from a developer's standpoint either. gRPC uses Protocol Buffers to describe services.\n";
    expect(featuresOf(either, "REST APIs", "standpoint either")?.relative_claim).toBe(1);
    expect(featuresOf(either, "Protocol Buffers", "describe services")?.relative_claim).toBe(0);
    // a closing concession against the sentence before: "There's hope for SSR with rehydration, though" (seventeenth round, rated vague)
    const though = "# Rendering\n\nServer rendering slows down Time To Interactive. There's hope for hydration with streaming, though. Static rendering builds pages ahead of time.\n";
    expect(featuresOf(though, "hydration", "with streaming, though")?.relative_claim).toBe(1);
    expect(featuresOf(though, "Static rendering", "builds pages")?.relative_claim).toBe(0);
    // "By contrast, …" against the sentence before ("By contrast, Astro automatically builds your client-side JavaScript for you": rated ambiguous)
    const contrast = "# Site builders\n\nGatsby asks you to configure a bundler. By contrast, Astrid automatically builds your client-side JavaScript for you. In contrast to Gatsby, Astrid ships no runtime.\n";
    expect(featuresOf(contrast, "Astrid", "automatically builds")?.relative_claim).toBe(1);
    expect(featuresOf(contrast, "Astrid", "ships no runtime")?.relative_claim).toBe(0);
    // "still", "already", "lately": than before (0 of 26 such labelled questions acceptable)
    const still = "# Test runners\n\nCargo has been undergoing rapid development lately. Mocha still runs tests serially by default. Jest runs tests in parallel workers.\n";
    expect(featuresOf(still, "Cargo", "rapid development")?.relative_claim).toBe(1);
    expect(featuresOf(still, "default", "Mocha still runs")?.relative_claim).toBe(1);
    expect(featuresOf(still, "Jest", "parallel workers")?.relative_claim).toBe(0);
    // and neither is published
    const { candidates } = generateWithTrace(text, { slug: "features" });
    for (const c of candidates) c.score = 0.9;
    expect(selectTiers(candidates).filter((c) => c.question.tier === "published" && (c.features?.relative_claim || c.features?.answer_word_in_prompt))).toEqual([]);
  });

  it("a blank that is what a comparison is made against ('Capacitor manages plugins in a different way than ____' → Cordova: 6 of 24 such labelled questions acceptable, eighteenth round rated trivial) is suggested only", () => {
    const text = "# Frameworks for the web\n\n## Vue\n\nMithril.js tutorials also cover a lot more ground than Vue's. Mithril.js has a router. Vue has single-file components. Svelte compiles components. React uses a virtual DOM. Svelte has stores.\n";
    const { candidates } = generateWithTrace(text, { slug: "features" });
    for (const c of candidates) c.score = 0.9;
    const published = selectTiers(candidates).filter((c) => c.question.tier === "published").map((c) => c.question.prompt);
    expect(candidates.some((c) => /than ____'s/.test(c.question.prompt))).toBe(true);
    expect(published.filter((p) => /than ____/.test(p))).toEqual([]);
  });

  it("statistic: which name goes with which figures ('PyTorch at 72 mentions, with ____ at 273 mentions', seventeenth round, rated trivia blind: 3 of 25 such labelled questions acceptable) is suggested only; the figure itself is no statistic's name", () => {
    const text = "# Frameworks in research\n\nMonthly arxiv.org mentions for frameworks had Torchly at 72 mentions, with Flowly at 273 mentions and Kerasly at 100 mentions. Torchly is a tensor library with automatic differentiation. Flowly builds static graphs before running them.\n";
    expect(featuresOf(text, "Flowly", "with ____ at 273 mentions")?.statistic).toBe(1);
    expect(featuresOf(text, "Torchly", "tensor library")?.statistic).toBe(0);
    // one figure is no statistic: "95% of the code in SQLite comes from three programmers" alone is a fact
    const one = "# Fossil\n\n95% of the code in Squill comes from just three programmers. Squill is an embedded database.\n";
    expect(featuresOf(one, "Squill", "95% of the code in ____")?.statistic).toBe(0);
    const { candidates } = generateWithTrace(text, { slug: "features" });
    for (const c of candidates) c.score = 0.9;
    expect(selectTiers(candidates).filter((c) => c.question.tier === "published" && /mentions/.test(c.question.prompt))).toEqual([]);
  });

  it("answer_example: one example of an open set ('apps like ____'); answer_in_heading: a name its section is about", () => {
    const text = "# React Compiler\n\n## Apps at Meta\n\nThe compiler has already shipped in apps like Quest Store at Meta.\n\nThe compiler has been battle tested on major apps at Meta for years.\n";
    expect(featuresOf(text, "Quest Store", "apps like")?.answer_example).toBe(1);
    expect(featuresOf(text, "Meta", "battle tested")?.answer_example).toBe(0);
    expect(featuresOf(text, "Meta", "battle tested")?.answer_in_heading).toBe(1);
    expect(featuresOf(text, "Quest Store", "apps like")?.answer_in_heading).toBe(0);
  });

  it("answer_foil_named: in a comparison of two names, the other one in the prompt leaves only the answer", () => {
    const text = [
      "# Dask and Spark",
      "",
      "Dask is a parallel computing library for Python. Spark is a distributed engine written in Scala. Dask is younger than Spark and started in 2014.",
      "",
      "Spark integrates well with other Apache projects. Dask integrates well with the numeric Python ecosystem. Spark has its own query optimizer for SQL. Dask has no query optimizer.",
      "",
      "Spark streaming follows a mini-batch approach. Dask provides a real-time futures interface.",
      "",
    ].join("\n");
    expect(featuresOf(text, "Dask", "younger than Spark")?.answer_foil_named).toBe(1);
    expect(featuresOf(text, "Dask", "real-time futures")?.answer_foil_named).toBe(0);
  });

  it("answer_foil_named: a section that sets two names against each other ('Astro vs. VuePress') leaves only the answer when the prompt names the other, unless choices offer more names", () => {
    const text = [
      "# Astro vs. X",
      "",
      "## Astro vs. VuePress",
      "",
      "VuePress is a documentation website builder from the creators of Vue.js. VuePress was designed for documentation websites and has built-in features that Astro does not support out of the box.",
      "",
      "## Astro vs. Gatsby",
      "",
      "Gatsby is a React-based static site builder. Gatsby requires a custom GraphQL API for all of your site content, while Astro reads your files directly.",
      "",
      "## Astro vs. Jekyll",
      "",
      "Jekyll is a static site builder written in Ruby. Jekyll uses an older templating language called Liquid, while Astro uses components.",
      "",
    ].join("\n");
    const { candidates } = generateWithTrace(text, { slug: "sections" });
    const cloze = candidates.find((c) => c.question.type === "cloze" && c.question.answer === "Astro" && c.question.prompt.includes("VuePress was designed"));
    expect(cloze?.features?.answer_foil_named).toBe(1);
    for (const c of candidates) c.score = 0.9;
    expect(selectTiers(candidates).filter((c) => c.question.tier === "published" && c.question.type !== "mcq" && c.question.answer === "Astro" && /VuePress|Gatsby|Jekyll/.test(c.question.prompt))).toEqual([]);
    // four choices from the whole page: naming Astro leaves VuePress, Gatsby and Jekyll to choose from
    const mcq = candidates.find((c) => c.question.type === "mcq" && c.question.answer === "Jekyll" && c.question.prompt.includes("while Astro"));
    expect(mcq?.features?.answer_foil_named).toBe(0);
    const typed = candidates.find((c) => c.question.type === "short_answer" && c.question.answer === "VuePress" && c.question.prompt.includes("that Astro does not"));
    expect(typed?.features?.answer_foil_named).toBe(1);
  });

  it("date_of_count: when a count that keeps changing was reached is never published ('The curl GitHub repository reaches 30,000 stars')", () => {
    const text = ["# How curl became like this", "", "## 2001", "", "May: the curl GitHub repository reaches 30,000 stars.", "", "## 2002", "", "October: curl sends its first HTTP/3 requests.", ""].join("\n");
    const { candidates } = generateWithTrace(text, { slug: "counts" });
    const dated = (needle: string) => candidates.find((c) => c.builder === "date-year" && c.question.prompt.includes(needle));
    expect(dated("30,000 stars")?.features?.date_of_count).toBe(1);
    expect(dated("30,000 stars")?.question.tier).toBe("suggested");
    // a protocol's number counts nothing (both dates are a timeline's, which no longer publishes its dates: events.test.ts)
    expect(dated("HTTP/3")?.features?.date_of_count).toBe(0);
  });
});
