// The structure layer: Markdown, reStructuredText-ish Markdown and plain text become prose
// blocks with heading paths and offsets back into the source; code, HTML, URLs and link targets
// never reach a sentence.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/content/sentences";
import { structureDocument } from "@/lib/content/structure/document";
import { generateWithTrace } from "@/lib/content";
import { statementsOf } from "./helpers";

const sentencesOf = (src: string) => splitSentences(structureDocument(src).blocks);

describe("markdown structure", () => {
  it("keeps offsets into the original source for every sentence", () => {
    const src = "# Title\n\nTensorFlow was built by **Google**. It shipped in [November 2015](https://x.y).\n";
    const [first, second] = sentencesOf(src);
    expect(first.text).toBe("TensorFlow was built by Google.");
    expect(src.slice(first.start, first.end)).toBe("TensorFlow was built by **Google**.");
    expect(second.text).toBe("It shipped in November 2015.");
    expect(src.slice(second.start, second.start + 10)).toBe("It shipped");
  });

  it("reads a list item that is nothing but a link as a reference, not a statement (talk titles under 'For more information, see:')", () => {
    const doc = structureDocument("# BEAMJIT\n\nBEAMJIT was a tracing JIT for the Erlang VM.\n\nFor more information about BEAMJIT, see:\n\n* [JIT, a Maze of Twisty Little Traces](https://example.org/talk)\n* Its traces were compiled with [LLVM](https://llvm.org) by a separate pass.\n");
    const items = doc.blocks.filter((b) => b.kind === "item");
    expect(items.map((b) => b.role)).toEqual(["references", "body"]);
    const prompts = generateWithTrace("# BEAMJIT\n\nBEAMJIT was a tracing JIT for the Erlang VM. JIT compilers translate code at run time.\n\nSee:\n\n* [JIT, a Maze of Twisty Little Traces](https://example.org/talk)\n* [BEAMJIT, the Just-in-Time Compiling Abstract Machine](https://example.org/talk2)\n", { slug: "jit" }).candidates.map((c) => c.question.prompt);
    expect(prompts.filter((p) => /Twisty|Compiling Abstract/.test(p))).toEqual([]);
  });

  it("keeps a '#' glued to a heading's last word ('The history of C#' was shown as 'The history of C' on every card, round eight)", () => {
    expect(structureDocument("# The history of C\\#\n\nC# is a language from Microsoft.\n").title).toBe("The history of C#");
    expect(structureDocument("## Why F# ##\n\nF# is a functional language.\n").blocks.find((b) => b.kind === "paragraph")?.headingPath).toEqual(["Why F#"]);
  });

  it("gives each block its heading path and each list item the sentence introducing its list", () => {
    const doc = structureDocument("# A vs B\n\n## Scope\n\nWhere B is better:\n\n- It scales well.\n- It is cheap.\n\n> A quote here.\n");
    const items = doc.blocks.filter((b) => b.kind === "item");
    expect(items.map((b) => b.text.text)).toEqual(["It scales well.", "It is cheap."]);
    expect(items[0].headingPath).toEqual(["A vs B", "Scope"]);
    expect(items[0].leadIn).toBe("Where B is better:");
    expect(items[0].group).toBe(items[1].group);
    expect(doc.blocks.find((b) => b.kind === "quote")?.text.text).toBe("A quote here.");
  });

  it("drops code, inline HTML, images, bare URLs and link targets but keeps link and code text", () => {
    const src = "Intro.\n\n```js\nconst x = 1;\n```\n\n<img src=\"a.png\"> Zod is a [schema library](https://zod.dev) for `TypeScript` <abbr title=\"x\">ORMs</abbr> (see https://zod.dev).\n";
    const texts = sentencesOf(src).map((s) => s.text);
    expect(texts).toContain("Zod is a schema library for TypeScript ORMs.");
    expect(texts.join(" ")).not.toMatch(/const x|https?:|<|zod\.dev\)/);
  });

  it("keeps an address a preposition takes as its object, so the sentence stays whole", () => {
    // Cargo's sparse index post: "a new service at `https://index.crates.io/` for hosting …" read "at for hosting" (rated ungrammatical)
    const texts = sentencesOf("# Index\n\nWe have introduced a new service at `https://index.crates.io/` for hosting the index.\n").map((s) => s.text);
    expect(texts).toEqual(["We have introduced a new service at https://index.crates.io/ for hosting the index."]);
  });

  it("keeps the space before code that starts with a mark ('your `.svelte` files'), and a sentence that only continues one is no statement", () => {
    const sentences = sentencesOf("With runes, reactivity extends beyond your `.svelte` files. Outside `.svelte` components, runes work.\n\n...into tightly optimized JavaScript that updates the document when state changes.\n");
    expect(sentences.map((s) => s.clean).slice(0, 2)).toEqual(["With runes, reactivity extends beyond your .svelte files.", "Outside .svelte components, runes work."]);
    expect(statementsOf("# Svelte\n\nSvelte compiles components.\n\n...into tightly optimized JavaScript that updates the document when state changes.\n").map((s) => s.statement ?? "").join(" ")).not.toMatch(/optimized/);
  });

  it("never ends a sentence at an abbreviation after a bracket ('(e.g. server)')", () => {
    const sentences = splitSentences(structureDocument("Events name an entity (e.g. server, container or service) and a check. Then they are stored.\n").blocks);
    expect(sentences.map((s) => s.text)).toEqual(["Events name an entity (e.g. server, container or service) and a check.", "Then they are stored."]);
  });

  it("never ends a sentence at 'a.k.a.' or at 'e.g.' before a capital (twentieth round: 'Multi-dimensional (a.k.a.' was cut from its sentence)", () => {
    const texts = sentencesOf("# T\n\nMulti-dimensional (a.k.a. N-dimensional, ND) arrays are an essential part of computational science. The tool, a.k.a. Foo, is good. Some tools, e.g. Bar, are bad.\n").map((s) => s.text);
    expect(texts).toEqual(["Multi-dimensional (a.k.a. N-dimensional, ND) arrays are an essential part of computational science.", "The tool, a.k.a. Foo, is good.", "Some tools, e.g. Bar, are bad."]);
  });

  it("ends a short opening sentence at its full stop ('Similar to Dask. In 2023, …'), never an abbreviation ('Dr. Smith')", () => {
    const texts = (src: string) => splitSentences(structureDocument(src).blocks).map((s) => s.text);
    expect(texts("Similar to Dask. In 2023, Snowflake acquired Ponder.\n")).toEqual(["Similar to Dask.", "In 2023, Snowflake acquired Ponder."]);
    expect(texts("1) [Pods](/docs/pods). A pod is the unit of scheduling in Kubernetes.\n")).toEqual(["Pods.", "A pod is the unit of scheduling in Kubernetes."]);
    expect(texts("Dr. Smith wrote the scheduler. It is fast.\n")).toEqual(["Dr. Smith wrote the scheduler.", "It is fast."]);
  });

  it("ends a sentence at a one-letter name after a preposition ('written in C. Damien Doligez …'), never at an initial ('by J. Smith')", () => {
    const texts = (src: string) => splitSentences(structureDocument(src).blocks).map((s) => s.text);
    expect(texts("Caml Light was based on a bytecode interpreter written in C. Damien Doligez contributed its memory manager.\n")).toEqual(["Caml Light was based on a bytecode interpreter written in C.", "Damien Doligez contributed its memory manager."]);
    expect(texts("The scheduler was written by J. Smith in 2010. It is fast.\n")).toEqual(["The scheduler was written by J. Smith in 2010.", "It is fast."]);
  });

  it("reads a heading without its section number ('### 2.8 GPL vs. BSD' compares GPL and BSD), and keeps a heading that opens with a count", () => {
    const doc = structureDocument("# Fossil Versus Git\n\n### 2.8 GPL vs. BSD\n\nGit is covered by the GPL.\n\n## 10 Years of Electron\n\nElectron is ten years old.\n");
    const [gpl, electron] = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(gpl.headingPath.at(-1)).toBe("GPL vs. BSD");
    expect(electron.headingPath.at(-1)).toBe("10 Years of Electron");
  });

  it("reads rows of simple tables and never runs list items together", () => {
    const doc = structureDocument("| Tool | Language |\n|---|---|\n| Spark | Scala |\n\n- one item\n- two item\n");
    const row = doc.blocks.find((b) => b.kind === "row");
    expect(row?.cells).toEqual(["Spark", "Scala"]);
    expect(row?.header).toEqual(["Tool", "Language"]);
    expect(sentencesOf("- Spark is old\n- Dask is new\n").map((s) => s.text)).toEqual(["Spark is old", "Dask is new"]);
  });

  it("takes a bold lead-in as the block's label, but not a bold subject", () => {
    const doc = structureDocument("**1.13 — The Try Operator:** The operator propagates errors.\n\n**Requests** is a library.\n");
    const [labelled, subject] = doc.blocks;
    expect(labelled.label).toBe("1.13 — The Try Operator");
    expect(labelled.text.text).toBe("The operator propagates errors.");
    expect(subject.label).toBeUndefined();
    expect(subject.text.text).toBe("Requests is a library.");
  });

  it("takes a bold TL;DR, Note or Update as a label even before a name written in lower case", () => {
    // "**TL;DR** grpc-dotnet (…) is now the recommended gRPC implementation" (an unseen announcement) was read as code
    const [tldr] = structureDocument("**TL;DR** grpc-dotnet is now the recommended gRPC implementation for C#.\n").blocks;
    expect(tldr.label).toBe("TL;DR");
    expect(tldr.text.text).toBe("grpc-dotnet is now the recommended gRPC implementation for C#.");
  });

  it("drops a superscript footnote mark with its number, but keeps a power's digits", () => {
    // "The Google gRPC-Web client<sup>[13](#f13)</sup> is …" read "client13", rated garbled blind
    const [marked, power] = structureDocument('The gRPC-Web client<sup id="a9">[9](#f9)</sup> is written in TypeScript, on WHATWG Streams<sup>18</sup>.\n\nA disk holds 10<sup>6</sup> blocks.\n').blocks;
    expect(marked.text.text).toBe("The gRPC-Web client is written in TypeScript, on WHATWG Streams.");
    expect(power.text.text).toBe("A disk holds 106 blocks.");
  });

  it("reads front matter, MkDocs heading attributes and admonition markers as markup", () => {
    const doc = structureDocument("---\ntitle: Brokers\n---\n\n# Kafka { #kafka }\n\n/// note\n\nKafka keeps a log.\n\n///\n");
    expect(doc.title).toBe("Brokers");
    expect(doc.blocks[0].text.text).toBe("Kafka");
    expect(sentencesOf("# K { #k }\n\n/// tip\n\nKafka keeps a log.\n\n///\n").map((s) => s.text)).toEqual(["Kafka keeps a log."]);
  });

  it("reads a definition list's term as its own paragraph over its definition ('MC MC serves as …' was asked, twenty-fourth round)", () => {
    const src = "# Compilers\n\n[MC](https://llvm.org/docs/mc)\n    MC serves as the output abstraction layer. It is used for:\n\n    - Branch relaxation.\n    - Assemblers.\n\nThere is an ongoing project.\n";
    expect(sentencesOf(src).map((s) => s.text)).toEqual(["MC", "MC serves as the output abstraction layer.", "It is used for:", "Branch relaxation.", "Assemblers.", "There is an ongoing project."]);
    // a short line over an indented one is no term inside a paragraph or a list
    expect(sentencesOf("PyTorch is fast\n    and flexible.\n").map((s) => s.text)).toEqual(["PyTorch is fast and flexible."]);
    expect(sentencesOf("Graphs are built.\n\n- PyTorch\n    builds them eagerly.\n").map((s) => s.text)).toContain("PyTorch builds them eagerly.");
  });

  it("reads AsciiDoc whose wrapped line starts with '#' as AsciiDoc ('# DIG07-10227). Additional support came from …' titled a RISC-V history's deck)", () => {
    const doc = structureDocument("== History\n\nWe designed RISC-V in 2010.\n\n=== Funding\n\nResearch was funded by U.C. Discovery (Award\n# DIG07-10227). Support came from Nokia.\n");
    expect(doc.title).toBe("History");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => b.text.text)).toEqual(["History", "Funding"]);
    expect(sentencesOf("== History\n\nThe state funded the work (Award\n# 10227) for two years.\n\n=== Funding\n\nMore text.\n").map((s) => s.text)).toContain("The state funded the work (Award # 10227) for two years.");
  });

  it("reads Zine's SuperMD front matter: a page titled 'Why Zig …' is not named after its first heading", () => {
    const doc = structureDocument('---\n.title = "Why Zig When There is Already C++, D, and Rust?",\n.date = @date("2024-08-07:00:00:00"),\n.custom = {\n\t"mobile_menu_title": "Why Zig?",\n},\n---\n\n# No hidden control flow\n\nZig has no macros.\n');
    expect(doc.title).toBe("Why Zig When There is Already C++, D, and Rust?");
    expect(doc.frontMatter.date).toBe("2024-08-07:00:00:00");
    expect(doc.blocks[0].text.text).toBe("No hidden control flow");
  });

  it("treats a header block of short lines before the first heading as metadata and repairs a paragraph cut mid-sentence", () => {
    const doc = structureDocument("Jane Doe\n\njane@example.com\n\n## **Frameworks**\n\nPyTorch was thus given a\n\nwindow of opportunity.\n");
    expect(doc.title).toBe("Frameworks");
    expect(doc.header[0]).toBe("Jane Doe");
    expect(splitSentences(doc.blocks).map((s) => s.text)).toEqual(["PyTorch was thus given a window of opportunity."]);
  });

  it("takes a first heading others rank with for a section, not the title: the deck is named after the file then", () => {
    // Prometheus's comparison opens with "## Prometheus vs. Graphite" beside "## Prometheus vs. InfluxDB":
    // every card of its deck was headed "Prometheus vs. Graphite", a question about InfluxDB too
    const src = "## Prometheus vs. Graphite\n\nGraphite stores numeric samples.\n\n## Prometheus vs. InfluxDB\n\nInfluxDB stores events.\n";
    expect(structureDocument(src).title).toBeUndefined();
    expect(generateWithTrace(src, { fileName: "01-prometheus-vs-alternatives.md" }).bank.deck.title).toBe("Prometheus vs alternatives");
    expect(structureDocument("## Frameworks\n\nPyTorch is fast.\n\n### Speed\n\nIt is.\n").title).toBe("Frameworks");
  });

  it("never joins the paragraphs around a code block, and a sentence the code completes is no statement", () => {
    // Go's "Errors are values": "The Scan method could instead have been defined as" + code + "and then
    // the example user code might be …" was asked as one sentence (rated ungrammatical)
    const src = "# Errors\n\nThe Scan method could instead have been defined as\n\n\tfunc (s *Scanner) Scan() (token []byte, error)\n\nand then the example user code might be shorter.\n";
    expect(sentencesOf(src).map((s) => s.text)).toEqual(["The Scan method could instead have been defined as", "and then the example user code might be shorter."]);
    expect(statementsOf(src).find((s) => s.sentence.startsWith("The Scan method"))?.statement).toBeNull();
  });
});

describe("AsciiDoc", () => {
  // modelled on the NetBeans history (eleventh round), whose "link:url[Netigso]" left "introduced link: from …" in a published question
  const ADOC = "= Apache NetBeans History\n:toc:\n\n== The student project\n\nNetBeans started as a student project in 1996 to write a link:https://en.wikipedia.org/wiki/Delphi[Delphi]-like Java IDE.\n\n[start=1997]\n. Xelfi was the first Java IDE written in Java.\n\n=== NetBeans 7\n\nNetBeans 7.1 introduced link:http://wiki.netbeans.org/Netigso[Netigso], see <<intro,the introduction>>.\n\n[source,java]\n----\nclass A {}\n----\n";

  it("reads its title, headings and ordered items, keeps link text and drops attributes and listings", () => {
    const doc = structureDocument(ADOC);
    expect(doc.title).toBe("Apache NetBeans History");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((h) => [h.text.text, h.level])).toEqual([
      ["Apache NetBeans History", 1],
      ["The student project", 2],
      ["NetBeans 7", 3],
    ]);
    expect(sentencesOf(ADOC).map((s) => s.text)).toEqual([
      "NetBeans started as a student project in 1996 to write a Delphi-like Java IDE.",
      "Xelfi was the first Java IDE written in Java.",
      "NetBeans 7.1 introduced Netigso, see the introduction.",
    ]);
  });

  it("keeps each character's offset in the original file", () => {
    const [first] = sentencesOf(ADOC);
    expect(ADOC.slice(first.start, first.end)).toBe("NetBeans started as a student project in 1996 to write a link:https://en.wikipedia.org/wiki/Delphi[Delphi]-like Java IDE.");
  });

  it("is never guessed for Markdown", () => {
    expect(structureDocument("# Title\n\n== not a heading\n\nText with link:x[y].\n").blocks.filter((b) => b.kind === "heading").map((b) => b.text.text)).toEqual(["Title"]);
  });
});

describe("plain text", () => {
  it("reads a title underlined with alternating marks as a section heading (nineteenth round: Dinit's '-=-=-' sections ran into their first paragraph and every question lost its system)", () => {
    const src = "Comparison of Dinit with others\n===============================\n\nTenets of the design\n=-=-=-=-=-=-=-=-=-=-\n\nDinit is simple.\n\nOpenRC (Gentoo)\n-=-=-=-=-=-=-=-\n\nOpenRC runs on Gentoo.\n";
    const blocks = structureDocument(src).blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((h) => [h.text.text, h.level])).toEqual([
      ["Comparison of Dinit with others", 1],
      ["Tenets of the design", 2],
      ["OpenRC (Gentoo)", 2],
    ]);
    const openrc = blocks.find((b) => b.text.text === "OpenRC runs on Gentoo.");
    expect(openrc?.headingPath.at(-1)).toBe("OpenRC (Gentoo)");
    expect(src.slice(openrc!.text.sourceOffset(0), openrc!.text.sourceOffset(0) + 6)).toBe("OpenRC");
  });

  it("drops the brackets and separators a dropped address leaves behind ('S6-RC (http://…)' had read 'S6-RC ()', 'Upstart (Ubuntu; )')", () => {
    const src = "# T\n\nS6-RC (http://skarnet.org/s6) is a service manager. Upstart (Ubuntu; http://upstart.ubuntu.com) was replaced. Cinit (http://x.org/c; defunct) died. Nosh (see https://jdebp.uk/nosh/) is a suite.\n";
    expect(sentencesOf(src).map((s) => s.text)).toEqual(["S6-RC is a service manager.", "Upstart (Ubuntu) was replaced.", "Cinit (defunct) died.", "Nosh is a suite."]);
  });

  it("never reads a line of alternating marks between paragraphs as an underline", () => {
    const src = "# Title\n\nFirst paragraph ends here.\n\n-=-=-=-=-=\n\nSecond paragraph.\n";
    expect(structureDocument(src).blocks.filter((b) => b.kind === "heading").map((h) => h.text.text)).toEqual(["Title"]);
  });
});

describe("reStructuredText inside Markdown", () => {
  const RST = ":orphan:\n\nComparison\n==========\n\nSummary\n-------\n\nLanguage\n~~~~~~~~\n\n-   Spark is written in `Scala <https://scala-lang.org>`_ and supports :doc:`arrays <array>`.\n\n.. _Spark: https://spark.apache.org/\n\n.. code-block:: python\n\n    x = 1\n\nUse Postgres_ for small data.\n";

  it("reads underlined headings with levels in adornment order", () => {
    const headings = structureDocument(RST).blocks.filter((b) => b.kind === "heading");
    expect(headings.map((h) => [h.text.text, h.level])).toEqual([
      ["Comparison", 1],
      ["Summary", 2],
      ["Language", 3],
    ]);
  });

  it("knows a title over- and underlined alike for reStructuredText, whatever the marks (twentieth round: FoundationDB's '#####' title was lost and its '=====' sections read as titles)", () => {
    const src = "#####################\nTransaction Manifesto\n#####################\n\nWhat is a transaction?\n======================\n\nA transaction is a set of reads and writes.\n";
    expect(structureDocument(src).blocks.filter((b) => b.kind === "heading").map((h) => [h.text.text, h.level])).toEqual([
      ["Transaction Manifesto", 1],
      ["What is a transaction?", 2],
    ]);
  });

  it("keeps role and link text, drops targets, directives and the reference underscore", () => {
    const texts = sentencesOf(RST).map((s) => s.text);
    expect(texts).toEqual(["Spark is written in Scala and supports arrays.", "Use Postgres for small data."]);
  });

  it("keeps the text of a link that runs over two lines, and its offsets ('`DroidPlanner from' ⏎ 'Arthur <https://…>`__' had left 'Arthur <>__')", () => {
    const src = "History\n=======\n\nEarly days\n----------\n\nAndroid GCSs appear (`DroidPlanner from\nArthur <https://diydrones.com/x>`__, `AndroPilot from Kevin Hester <https://diydrones.com/y>`__) in 2013.\n";
    const [first] = sentencesOf(src);
    expect(first.text).toBe("Android GCSs appear (DroidPlanner from Arthur, AndroPilot from Kevin Hester) in 2013.");
    expect(src.slice(first.start, first.end)).toMatch(/^Android GCSs appear .* in 2013\.$/s);
  });

  it("shows only the last part of a role's target written with a tilde (twentieth round: ':py:class:`~xarray.DataArray`' had read '~xarray.DataArray')", () => {
    const src = "Why xarray?\n===========\n\nSee :py:class:`pandas.Series` too.\n\n:py:class:`~xarray.DataArray` is a labeled array, built on :py:class:`numpy.ndarray`.\n";
    const [, second] = sentencesOf(src);
    expect(second.text).toBe("DataArray is a labeled array, built on numpy.ndarray.");
    expect(src.slice(second.start, second.start + 3)).toBe("Dat");
  });

  it("keeps a domain role's text and drops a comment (sixteenth round: ':py:func:`globals`' had read ':pyglobals', and a comment was asked)", () => {
    const src = "=======\nWhy Hy?\n=======\n\n.. Changes to the below paragraph should be mirrored on Hy's homepage.\n\nA variable named globals can shadow the Python built-in function :py:func:`globals`. Hy works with :ref:`macros <macros>` too.\n";
    expect(sentencesOf(src).map((s) => s.text)).toEqual(["A variable named globals can shadow the Python built-in function globals.", "Hy works with macros too."]);
  });

  it("is not triggered by Markdown code fences", () => {
    const md = "# Post\n\nIntro text here.\n\n```\ncode\n```\n\nTo learn more, run it again.\n\n```\nmore\n```\n\n## Next\n\nMore prose.\n";
    const headings = structureDocument(md).blocks.filter((b) => b.kind === "heading").map((h) => h.text.text);
    expect(headings).toEqual(["Post", "Next"]);
  });
});

describe("credits", () => {
  // react.dev's "Introducing react.dev" (seventh blind rating, a page never seen before) asked "Who
  // turned React's doodles into a clear diagram system?" from its "## Who worked on this?
  // {/*who-worked-on-this*/}" section: who made the document is provenance, like its references.
  const doc = structureDocument(
    ["# A new site", "", "The new site teaches modern React with Hooks.", "", "## Who worked on this? {/*who-worked-on-this*/}", "", "Ann Lee turned our doodles into a clear diagram system.", "", "## Acknowledgements", "", "Bob Ray reviewed every page.", ""].join("\n"),
  );

  it("marks the sections that credit people as references, and an MDX anchor is no part of a heading", () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paragraphs.map((b) => b.role)).toEqual(["body", "references", "references"]);
    expect(paragraphs[1].headingPath).toEqual(["A new site", "Who worked on this?"]);
  });

  it("marks who paid for the work as references too (a RISC-V history's '=== Funding': award numbers and sponsors)", () => {
    const funded = structureDocument(["# A new ISA", "", "RISC-V began in 2010.", "", "## Funding", "", "Research was supported by Microsoft (Award 024263).", "", "## Disclaimer", "", "No endorsement should be inferred.", ""].join("\n"));
    expect(funded.blocks.filter((b) => b.kind === "paragraph").map((b) => b.role)).toEqual(["body", "references", "references"]);
  });
});

describe("speakers", () => {
  // MDN's history page (fourteenth session's second round) ended on "## Speakers" with a "###" bio
  // for each: 22 of 23 of its published questions asked a bio ("____ is @hoosteeno on Twitter")
  it("marks a section of speakers' or contributors' bios as references, with each speaker's subsection", () => {
    const doc = structureDocument(["# The history of Fetchy", "", "Fetchy began in 2004.", "", "## Speakers", "", "### Ann Lee", "", "Ann is @annlee on Twitter.", "", "## Our awesome contributors", "", "Bob Ray translated the docs.", "", "## Next steps", "", "Fetchy will move to a new engine.", ""].join("\n"));
    const paragraphs = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paragraphs.map((b) => b.role)).toEqual(["body", "references", "references", "body"]);
  });
});

describe("a changelog's pointers to pull requests", () => {
  // Thirteenth blind rating: "Node 16.14 is now the minimum version to run ____ (#6388)" kept the
  // pull request's number, a link's text, in the question.
  it("leaves '(#6388)' and '(#12, #13)' out of statements and questions, as it does citations", () => {
    const text = "# News\n\n- Node 16.14 is now the minimum version to run SvelteKit ([#6388](https://github.com/sveltejs/kit/pull/6388))\n- The Gadget compiler now supports source maps (#12, #13).\n";
    expect(statementsOf(text).map((s) => s.statement)).toEqual(["Node 16.14 is now the minimum version to run SvelteKit", "The Gadget compiler now supports source maps."]);
    expect(generateWithTrace(text, { slug: "news" }).candidates.filter((c) => /#\d/.test(c.question.prompt))).toEqual([]);
  });
});

describe("a newsletter's showcase", () => {
  // Three "What's new in Svelte" posts (never in the corpus) published 12 questions on their
  // "Community Showcase" ("Gram Jam is a word puzzle game …"), each rejected blind as trivia.
  const text = [
    "# What's new in Gadget",
    "",
    "Gadget 2.0 ships a faster compiler.",
    "",
    "## Community Showcase",
    "",
    "### Apps & Sites built with Gadget",
    "",
    "- [WordJam](https://wordjam.example) is a word puzzle game inspired by match three games.",
    "- [TuneBump](https://tunebump.example) is a privacy-respecting alternative frontend for music streaming.",
    "- [TimeFlow](https://timeflow.example) is a smart calendar and task manager for busy teams.",
    "",
    "### Learning Resources",
    "",
    "- [Gadget Tips](https://tips.example) is a video course on writing Gadget components.",
    "",
  ].join("\n");

  it("marks every block under a showcase heading, subsections too, and nothing else", () => {
    const blocks = structureDocument(text).blocks.filter((b) => b.kind !== "heading");
    expect(blocks.map((b) => !!b.showcase)).toEqual([false, true, true, true, true]);
  });

  it("publishes nothing from it: its questions are suggestions at most", () => {
    const { candidates } = generateWithTrace(text, { slug: "gadget-news" });
    const fromShowcase = candidates.filter((c) => c.statements.every((s) => s.analysed.sentence.block.showcase));
    expect(fromShowcase.length).toBeGreaterThan(0);
    expect(fromShowcase.filter((c) => c.question.tier === "published")).toEqual([]);
    expect(fromShowcase.some((c) => c.question.tier === "suggested")).toBe(true);
  });
});

describe("items of a list its lead-in announces", () => {
  // uv's pip compatibility page (seventh blind rating): under "`uv pip check` will surface the
  // following diagnostics:", "A package has a ____ that doesn't match …" said nothing on its own.
  const text = ["# Checks", "", "At present, uv pip check will surface the following diagnostics:", "", "- A package has no METADATA file, or the METADATA file can't be parsed.", "- A package has a Requires-Python that doesn't match the running interpreter.", "", "Vitest has these features:", "", "- Vitest runs tests in worker threads by default.", "", "The formatter exits with the following status codes:", "", "- `0` if Ruff terminates successfully, regardless of whether any files were formatted.", ""].join("\n");
  const sentences = statementsOf(text);

  it("gives no statement to a description of what the lead-in announces, but keeps a sentence of its own", () => {
    expect(sentences.filter((s) => s.sentence.startsWith("A package")).map((s) => s.statement)).toEqual([null, null]);
    // a value the item explains (Ruff's exit codes, eighth blind rating)
    expect(sentences.find((s) => s.sentence.includes("terminates successfully"))?.statement).toBeNull();
    expect(sentences.find((s) => s.sentence.startsWith("Vitest runs"))?.statement).toBe("Vitest runs tests in worker threads by default.");
  });
});
