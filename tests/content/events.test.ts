// Dated events: a timeline line is asked about only when it is a statement of what happened,
// never a changelog note ("Removed axTLS support."), which the blind ratings rejected as fragments;
// a headline without its auxiliary ("DICT support added.") is read as the passive it means.
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";
import { selectTiers } from "@/lib/content/select";
import { statementsOf } from "./helpers";

const timeline = [
  "# History of Fetchy",
  "",
  "Fetchy is a command line tool for transferring data, written by Ada Lovelace in 2015.",
  "",
  "## 2018",
  "",
  "January: New SSH backend powered by libssh.",
  "",
  "March: Removed axTLS support.",
  "",
  "July: Fetchy shows headers using bold type face.",
  "",
  "## 2024",
  "",
  "May: Experimental support for ECH, dropped NTLM_WB.",
  "",
  "June: First 0RTT for QUIC, SSL session import/export.",
  "",
  "July: The Fetchy container has been pulled more than six billion times.",
  "",
  "September: TFTP support was added.",
  "",
  "October: DICT support added.",
  "",
  "November: Three new protocols added in one release.",
  "",
  "In 2019 there are dozens of Fetchy conferences all over the world, with over 150 meetup groups.",
  "",
  "December: The Fetchy tool defaults to HTTP/2 for HTTPS URLs",
  "",
].join("\n");

/** The prompts of every question asking when something in `text` happened. */
const datesAskedOf = (text: string) =>
  generateWithTrace(text, { slug: "dates-asked" })
    .candidates.filter((c) => /did the following happen|When did/.test(c.question.prompt))
    .map((c) => c.question.prompt);

describe("dated events", () => {
  const { candidates } = generateWithTrace(timeline, { slug: "fetchy" });
  const dated = candidates.filter((c) => /did the following happen|In which year/.test(c.question.prompt)).map((c) => c.question.prompt);

  it("ask about timeline lines that say what happened", () => {
    expect(dated.some((p) => p.includes("shows headers using bold type face"))).toBe(true);
    expect(dated.some((p) => p.includes("has been pulled more than six billion times"))).toBe(true);
  });

  it("read a headline's missing auxiliary as the passive it means ('DICT support added.' → '… was added.')", () => {
    expect(dated.some((p) => p.endsWith("DICT support was added."))).toBe(true);
    expect(dated.some((p) => p.endsWith("Three new protocols were added in one release."))).toBe(true);
    expect(dated.filter((p) => /support added\.|protocols added/.test(p))).toEqual([]);
  });

  it("read a line in the narrative present whose verb the tagger took for a plural noun ('The Fetchy tool defaults to …')", () => {
    expect(dated.some((p) => p.includes("The Fetchy tool defaults to HTTP/2 for HTTPS URLs"))).toBe(true);
  });

  it("take a participle that goes with its date along ('… to the public starting in 1987' → '… to the public.')", () => {
    const text = "# History of Caml\n\nCaml V3.1 was distributed free of charge to the public starting in 1987. Caml Light was released in 1991.\n";
    const asked = datesAskedOf(text);
    expect(asked.some((p) => p.endsWith("Caml V3.1 was distributed free of charge to the public."))).toBe(true);
    expect(asked.filter((p) => /starting\.$/.test(p))).toEqual([]);
  });

  it("never ask the year of a main clause whose date is an opening participle's ('Officially standardized in May 2015, HTTP/2 was incredibly successful'), only the date that completes its sentence", () => {
    const text = "# History of HTTP\n\nOfficially standardized in May 2015, HTTP/2 was incredibly successful. HTTP/3 was published in June 2022. First released in 2020, HTTP/2.5 was another major update of the protocol.\n";
    const asked = datesAskedOf(text);
    expect(asked.filter((p) => /standardized|successful|major update/.test(p))).toEqual([]);
    expect(asked.some((p) => p.includes("HTTP/3 was published"))).toBe(true);
    // the sentence with its date blanked reads whole (seventh round: 'First released PHP 8.0 was …' was garbled, the completed sentence acceptable)
    const completed = generateWithTrace(text, { slug: "dates-asked" }).candidates.filter((c) => c.builder === "date-mcq").map((c) => c.question.prompt);
    expect(completed).toContain("Which date completes the statement? First released in ____, HTTP/2.5 was another major update of the protocol.");
  });

  it("ask a timeline line by its year, among other years, and a month that completes a sentence among months of other years ('July 2017' among 'June 2017' and 'August 2017' asks the month)", () => {
    const text = ["# History of Fetchy", "", "## 2016", "", "March: Fetchy 1.0 was released.", "", "## 2017", "", "June: Fetchy moved to a new website.", "", "July: OSS-Fuzz started fuzzing Fetchy.", "", "August: Fetchy 2.0 was released.", "", "## 2019", "", "January: Fetchy's author started working full-time on Fetchy.", "", "## 2020", "", "May: Fetchy 3.0 was released.", "", "In July 2021, Fetchy's website moved to fetchy.dev. In March 2021, Fetchy gained HTTP/3 support.", ""].join("\n");
    const mcqs = generateWithTrace(text, { slug: "months" }).candidates.filter((c) => c.builder === "date-mcq");
    const fuzz = mcqs.find((c) => c.question.prompt.endsWith("OSS-Fuzz started fuzzing Fetchy."));
    expect(fuzz?.question.answer).toBe("2017");
    expect(fuzz!.question.choices!.every((c) => /^\d{4}$/.test(c))).toBe(true);
    const moved = mcqs.find((c) => c.question.answer === "July 2021");
    expect(moved).toBeDefined();
    const years = moved!.question.choices!.map((c) => c.slice(-4));
    expect(new Set(years).size).toBe(years.length);
  });

  it("read a timeline line dated with a dash or with its day first ('September 2019 — …', '13 October 2002: …') as a dated note", () => {
    const text = ["# Ten years of Fetchy", "", "Some milestones:", "", "* September 2019 — Fetchy's plugin API went GA in Fetchy 1.16.", "* 13 October 2002: Fetchy went open source at its first conference.", "* March 2021 — Fetchy 2.0 was released with a new scheduler.", ""].join("\n");
    const { candidates } = generateWithTrace(text, { slug: "dashes" });
    const notes = candidates.filter((c) => c.statements.some((s) => !!s.analysed.sentence.datePrefix));
    expect(notes.length).toBeGreaterThan(0);
    expect(candidates.filter((c) => /September 2019 —|13 October 2002:/.test(c.question.prompt))).toEqual([]);
    const dates = notes.filter((c) => c.builder === "date-year").map((c) => c.question.answer);
    expect(dates).toEqual(expect.arrayContaining(["2002", "2021"]));
  });

  it("read a timeline line dated with an abbreviated month and its year ('Aug 2010 - the Mission Planner is released by Michael Oborne') as a dated note, never 'Jan,' alone", () => {
    const text = ["# History of Fetchy", "", "May 2007 - Chris Anderson starts the Fetchy project.", "", "Aug 2010 - the Fetchy Planner is released by Michael Oborne.", "", "Sep 2012 - Fetchy 2.0 is released with a new scheduler.", "", "Jan, our designer, drew the Fetchy logo in 2011.", ""].join("\n");
    const { candidates } = generateWithTrace(text, { slug: "short-months" });
    expect(candidates.filter((c) => /Aug 2010 -|Sep 2012 -/.test(c.question.prompt))).toEqual([]);
    const dated = (needle: string) => candidates.find((c) => c.statements.some((s) => s.analysed.sentence.clean.includes(needle)))?.statements[0].analysed.sentence.datePrefix;
    expect(dated("Fetchy Planner")).toMatchObject({ month: 8, year: 2010 });
    expect(dated("new scheduler")).toMatchObject({ month: 9, year: 2012 });
    expect(dated("drew the Fetchy logo")).toBeUndefined();
  });

  it("read a line whose bold label is dated as a dated note ('**13 October 2002:** Fetchy goes Open Source …', '**2.33 -- April 2004:** …')", () => {
    const text = ["# History of Fetchy", "", "- **13 October 2002:** **Fetchy goes Open Source, 1st Fetchy Conference.**", "- **2.33 -- April 2004:** Game Engine returns, ambient occlusion, new procedural textures.", "- **2.40 -- January 2006:** Fetchy gains a new particle system.", ""].join("\n");
    const { candidates } = generateWithTrace(text, { slug: "labels" });
    const open = candidates.filter((c) => c.question.type === "cloze" && c.question.answer === "Open Source");
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((c) => c.statements.every((s) => s.analysed.sentence.datePrefix?.year === 2002))).toBe(true);
    expect(candidates.filter((c) => c.builder === "date-year").map((c) => c.question.answer)).toEqual(expect.arrayContaining(["2002", "2006"]));
  });

  it("publish no date of a timeline's line, milestone or not, where prose publishes a milestone's (23 of 98 labelled timeline dates acceptable)", () => {
    const text = ["# History of Fetchy", "", "Fetchy 1.0 was released in March 2012, the first release for a wide audience.", "", "## Timeline", "", "- **December 1998:** Fetchy 5 was released and introduced the first manual page.", "- **March 2017:** OSS-Fuzz started fuzzing Fetchy's parser for the first time.", ""].join("\n");
    const dates = generateWithTrace(text, { slug: "timeline-dates" }).candidates.filter((c) => c.builder === "date-year");
    // rated as likely as can be, the dates are held back by their layout alone
    for (const c of dates) c.score = 0.9;
    const published = selectTiers(dates).filter((c) => c.question.tier === "published");
    expect(dates.filter((c) => c.statements.some((s) => !!s.analysed.sentence.datePrefix)).length).toBe(2);
    expect(published.map((c) => c.question.answer)).toEqual(["2012"]);
  });

  it("never ask the date of a state ('In 2019 there are dozens of conferences …')", () => {
    expect(dated.filter((p) => p.includes("conferences"))).toEqual([]);
  });

  it("never ask the date of what a time relative to that date dates ('… accepted in April 2023, and implemented over that summer')", () => {
    const text = "# Fetchy telemetry\n\nThe new design of Fetchy telemetry was accepted in April 2023, and implemented over that summer.\n\nFetchy 2.0 was released in October 2023 with telemetry.\n";
    const asked = datesAskedOf(text);
    expect(asked.filter((p) => p.includes("that summer"))).toEqual([]);
    expect(asked.some((p) => p.includes("Fetchy 2.0 was released"))).toBe(true);
  });

  it("never ask the year of an event that keeps another year, or a pronoun it does not name ('stopped issuing them in 2015, and … accepting them in 2017')", () => {
    const text = "# Fetchy and certificates\n\nCertificate authorities stopped issuing them in 2015, and all the major browsers stopped accepting them in 2017.\n\nFetchy was first released in 2011 by Ada Lovelace.\n\nFetchy added HTTP/2 support in 2014.\n";
    const asked = datesAskedOf(text);
    expect(asked.filter((p) => /them|Certificate authorities/.test(p))).toEqual([]);
    expect(asked.some((p) => p.includes("Fetchy was first released"))).toBe(true);
  });

  it("never ask the year of a state that lasts or recurs ('named Most Loved every year since our 1.0 release in 2015')", () => {
    const text = "# Fetchy at ten\n\nFetchy has been named the most loved tool every year since its 1.0 release in 2015.\n\nFetchy was first released in 2011 by Ada Lovelace.\n\nFetchy added HTTP/2 support in 2014.\n";
    const asked = datesAskedOf(text);
    expect(asked.filter((p) => p.includes("most loved"))).toEqual([]);
    expect(asked.some((p) => p.includes("Fetchy was first released"))).toBe(true);
  });

  it("never ask about a changelog note that is not a sentence", () => {
    for (const note of ["New SSH backend", "Removed axTLS", "dropped NTLM_WB", "import/export"]) expect(dated.filter((p) => p.includes(note)), note).toEqual([]);
  });
});

describe("the document's topic", () => {
  it("counts words built on it as the topic: a version of it, or 'RESTful' in an essay on REST", () => {
    const essay = [
      "# What REST means",
      "",
      "REST was described by Roy Fielding in his dissertation in 2000. REST is an architectural style for hypermedia systems. REST relies on a uniform interface between components. REST APIs must be hypertext-driven, according to Roy Fielding. Few JSON APIs are RESTful in that sense.",
      "",
    ].join("\n");
    const { candidates } = generateWithTrace(essay, { slug: "rest" });
    const topical = candidates.filter((c) => c.features?.answer_is_topic).map((c) => c.question.answer);
    expect(topical).toContain("REST");
    expect(topical.some((a) => a === "RESTful" || a === "REST APIs")).toBe(true);
    expect(candidates.filter((c) => c.question.tier === "published" && c.features?.answer_is_topic)).toEqual([]);
  });

  const alternatives = (home: string) =>
    [
      "# Alternatives and comparisons",
      "",
      "## Requests",
      "",
      "Quickapi got some inspiration from Requests. Requests is a library to interact with APIs as a client. Quickapi is a library to build APIs as a server.",
      "",
      "## Hug",
      "",
      "Hug inspired Quickapi to declare a response parameter in functions. Hug was created by Timothy Crosley. Quickapi uses Python type hints to declare parameters.",
      "",
      `## ${home}`,
      "",
      "Starlette is a lightweight ASGI framework. Quickapi inherits directly from Starlette. Pydantic handles data validation for Quickapi.",
      "",
    ].join("\n");
  const topicalAnswers = (text: string) =>
    generateWithTrace(text, { slug: "alternatives" })
      .candidates.filter((c) => c.features?.answer_is_topic)
      .map((c) => c.question.answer);

  it("is what the opening paragraph names most when no name dominates the statements (an interview about a library)", () => {
    const interview = (lede: string) =>
      [
        lede,
        "",
        "Q: How did it start?",
        "",
        "> I wrote Swapjs at Hubly in 2011. My first commit to Swapjs was in February. Hubly used Rails and jQuery.",
        "",
        "Swapjs loads pages via Ajax. Swapjs was released publicly in March 2011. Hubly grew quickly after 2012. Ajax was popular in 2010. Rails shaped web frameworks for years.",
        "",
      ].join("\n");
    expect(topicalAnswers(interview("I'm excited to interview the author of Swapjs, a small library. He also co-founded Hubly, but I want to focus on Swapjs."))).toContain("Swapjs");
    // an opening that names both as often leaves the document without a topic
    expect(topicalAnswers(interview("I'm excited to interview the author of Swapjs, a small library, and co-founder of Hubly."))).toEqual([]);
  });

  it("is the product a page of alternatives is written around, when a heading is about it ('Used by Quickapi')", () => {
    expect(topicalAnswers(alternatives("Used by Quickapi"))).toContain("Quickapi");
    // a page whose headings only name the alternatives compares them with it: asking which is which is the point
    expect(topicalAnswers(alternatives("Starlette"))).toEqual([]);
  });

  it("is never an alternative with a section of its own, whatever other headings hold its name ('## React' beside 'Preact and Other React-Like Libraries')", () => {
    // Vue's comparison with other frameworks had React for its topic: React's own answers were
    // held back, and the name the page is written around was not
    const page = [
      "# Comparison with Other Frameworks",
      "",
      "## React",
      "",
      "React and Vue share many similarities. React is renowned for its steep learning curve. Vue offers a gentle learning curve. React uses JSX for its templates.",
      "",
      "### Preact and Other React-Like Libraries",
      "",
      "Preact is a small library with the React API. React renders on the server with its own tools.",
      "",
      "## Ember",
      "",
      "Ember is a full-featured framework. Vue is a more flexible solution. Ember uses Handlebars for its templates.",
      "",
    ].join("\n");
    expect(topicalAnswers(page)).not.toContain("React");
  });
});

describe("labelled entries", () => {
  // Each entry's text is in the writer's voice or is no sentence of its own; the label is the fact.
  const history = [
    "# Fetchy over the years",
    "",
    "## 2019",
    "",
    "**2.1 — Parallel Transfers:** Our favourite change of the year, by far.",
    "",
    "**2.4 — Retry Budgets:** We finally shipped what everyone asked us for.",
    "",
    "## 2020",
    "",
    "**3.0 — HTTP/3 Support:** Fetchy speaks QUIC to any server that offers it.",
    "",
    "**3.2 — Config Files:** Settings can now live in a file next to the project.",
    "",
  ].join("\n");
  const { candidates } = generateWithTrace(history, { slug: "fetchy-years" });

  it("dates every entry by its year heading, even when its text states nothing on its own", () => {
    const years = candidates.filter((c) => c.question.type === "short_answer" && c.question.prompt.startsWith("In which year does the review place"));
    const asked = Object.fromEntries(years.map((c) => [/“(.+)”/.exec(c.question.prompt)![1], c.question.answer]));
    expect(asked).toMatchObject({ "Parallel Transfers": "2019", "Retry Budgets": "2019", "HTTP/3 Support": "2020", "Config Files": "2020" });
  });

  it("say whose history the year is in, when the document has a topic", () => {
    const about = [history, "Fetchy is a command line tool for transfers. Fetchy runs on every platform. Many teams use Fetchy daily.", ""].join("\n");
    const prompts = generateWithTrace(about, { slug: "fetchy-topic" }).candidates.map((c) => c.question.prompt);
    expect(prompts).toContain("In which year does the review place “Parallel Transfers” in Fetchy's history?");
  });

  it("take the history a title tells as the document's ('History of Maven' is Maven's, not that of the project named most, Alexandria)", () => {
    const maven = [
      "# History of Maven",
      "",
      "Alexandria was a web-based source tool. Alexandria used Gump for builds. Alexandria was retired in 2002.",
      "",
      "Maven began as a subproject of Alexandria. Maven was moved to Turbine in 2002. Maven 1.0 was released in 2004.",
      "",
      "The central repository was created in 2003 to hold Maven's artifacts.",
      "",
    ].join("\n");
    const prompts = datesAskedOf(maven);
    expect(prompts.filter((p) => p.includes("Alexandria's history"))).toEqual([]);
    expect(prompts).toContain("In which year did the following happen in Maven's history? Alexandria was retired.");
  });

  it("name whose history it is only when the title names it ('in Bush's history' in a 'History of the Web' that quotes Vannevar Bush at length)", () => {
    const web = [
      "# History of the Web",
      "",
      "In 1945 Vannevar Bush wrote an essay about the memex. Bush imagined a universal library. Bush described trails of thought between records. Bush called them associations.",
      "",
      "The word hypertext was coined by Ted Nelson in 1965. The first web browser was released in 1990. Mosaic was released in 1993.",
      "",
    ].join("\n");
    const prompts = datesAskedOf(web);
    expect(prompts.length).toBeGreaterThan(0);
    expect(prompts.filter((p) => /Bush's history/.test(p))).toEqual([]);
  });

  it("never name a class of thing as whose history it is ('APIs' history', from a heading 'APIs and debugging')", () => {
    // The demo deck asked "In which year did this happen in APIs' history?" for TensorFlow's release.
    const comparison = [
      "# Fetchy vs Grabby",
      "",
      "## Origins",
      "",
      "Fetchy became publicly available in 2015. Grabby was first released in 2016.",
      "",
      "## APIs and debugging",
      "",
      "Fetchy offers high-level APIs and low-level APIs. The high-level APIs are simple. Grabby keeps its APIs small. Both APIs are documented.",
      "",
    ].join("\n");
    const prompts = generateWithTrace(comparison, { slug: "fetchy-apis" }).candidates.map((c) => c.question.prompt);
    expect(prompts.some((p) => p.includes("Fetchy became publicly available"))).toBe(true);
    expect(prompts.filter((p) => /APIs['’] history/i.test(p))).toEqual([]);
  });

  it("matches the entries to their versions", () => {
    const matching = candidates.find((c) => c.question.type === "matching");
    expect(matching?.question.left).toEqual(["Parallel Transfers", "Retry Budgets", "HTTP/3 Support", "Config Files"]);
    expect(matching?.question.answer).toEqual(["Parallel Transfers → 2.1", "Retry Budgets → 2.4", "HTTP/3 Support → 3.0", "Config Files → 3.2"]);
  });
});

describe("events whose date cannot be taken out", () => {
  const text = [
    "# History of Fetchy",
    "",
    "Towards the end of 1996, Ada Lovelace was spending time writing a chat bot for a computing channel.",
    "",
    "The first release with Ada's additions was 0.2, released on December 17, 1996.",
    "",
    "Fetchy 1.0 was released in March 1998 with brand new proxy support.",
    "",
    "The client and the server are coupled, just like the SocialSite API that Roy Fielding complained about back in 2008.",
    "",
    "GCX is an old project, as it was first released in 1987.",
    "",
    "Fetchy was released as open source in 1999.",
    "",
    "The aim is for Fetchy 1.13, scheduled for August 2019, to enable module mode by default.",
    "",
    "Fetchy's satisfaction score was 61 in the survey, statistically unchanged from 2019 and 2018.",
    "",
    "In the day 2 keynote, Ada Lovelace shared the state of Fetchy, including 78 million downloads in 2023.",
    "",
    "On the 10th of November 2009 Fetchy's developers launched the Fetchy project as open source.",
    "",
    "Fetchy 1 will reach End of Life in 2027 after a long run.",
    "",
    "The plan is to launch Fetchy 3 in early 2026 with a stable library.",
    "",
    "Fetchy 4 is on the horizon in 2028, bringing native async, with a stable release set to follow.",
    "",
    "Later in October 2019, Ada Lovelace took user feedback into consideration and Fetchy 2.0 was released with a new API.",
    "",
    "While Fetchy had a head start, Grabby entered the field one year later in September 2016.",
    "",
    "When Ada released Fetchy Hooks in 2018, the Hooks docs assumed the reader knew classes.",
    "",
    "Early in 2013 Fetchy's developers released Android support, making Fetchy the first cross-platform fetcher.",
    "",
    "Starting August 2022, Grabby's price change caused an exodus of projects to Fetchy.",
    "",
    "Knockout was released in 2010 and supports Internet Explorer back to IE6 while much of Fetchy doesn't support IE at all.",
    "",
    "Fetchy was open sourced first (back in March 2013), followed by Grabby a few years later (March 2015).",
    "",
    "In February of 1995, the most popular fetcher on the Web was the public domain daemon developed by Rob McCool.",
    "",
    "Fetchy's new collector is a concurrent, tri-color, mark-sweep collector, an idea first proposed by Dijkstra in 1978.",
    "",
    "Grabkey is a fork of the open-source Grabby database created in 2009 by the Italian hacker Salvatore Sanfilippo.",
    "",
    "Ada Lovelace worked briefly at Grabby before moving to Australia in early 2007.",
    "The Supercomputing Centre joined the team as a core partner, and the Fetchy project began to overhaul its parts for the 2.0 release in 2012.",
    "",
  ].join("\n");
  const prompts = generateWithTrace(text, { slug: "fetchy-early" }).candidates.map((c) => c.question.prompt);

  it("asks the year of a sentence that still reads without it", () => {
    expect(prompts).toContain("In which year did the following happen? Fetchy 1.0 was released with brand new proxy support.");
    // "Later in October 2019, …": "Later" goes with its date (the original seed asked "… happen? Later Google took …")
    expect(prompts).toContain("In which year did the following happen? Ada Lovelace took user feedback into consideration and Fetchy 2.0 was released with a new API.");
    // the comma that closed the date's clause stays (react.dev: "… released React Hooks the Hooks docs assumed …", rated garbled blind)
    // ("Ada", named in full two paragraphs before, is given her full name: people.ts)
    expect(prompts).toContain("In which year did the following happen? When Ada Lovelace released Fetchy Hooks, the Hooks docs assumed the reader knew classes.");
  });

  it("takes a lone word that goes with its date along ('Early in 2013 …', 'Starting August 2022, …': asked as 'Early Appium's developers …', 'Starting Slack's …', rated garbled)", () => {
    expect(prompts).toContain("In which year did the following happen? Fetchy's developers released Android support, making Fetchy the first cross-platform fetcher.");
    expect(prompts).toContain("In which year did the following happen? Grabby's price change caused an exodus of projects to Fetchy.");
    expect(prompts.filter((p) => /happen[^?]*\? (?:Early|Starting) /.test(p))).toEqual([]);
  });

  it("ends an event at its date when what follows is a present state ('Knockout was released in 2010 and supports IE6 while …' asked as one event, rated garbled)", () => {
    expect(prompts.some((p) => /happen[^?]*\? Knockout was released\.$/.test(p))).toBe(true);
    expect(prompts.filter((p) => /happen[^?]*\? Knockout was released and supports/.test(p))).toEqual([]);
  });

  it("never asks one year for two events ('… open sourced first, followed by Bazel a few years later') nor the date of a superlative state ('In February of 1995, the most popular server … was …', rated ambiguous)", () => {
    expect(prompts.filter((p) => /followed by Grabby|most popular fetcher/.test(p) && /^(?:In which year|When did|Which date)/.test(p))).toEqual([]);
    // the date of what came before or after the main event ("… at Symantec before moving to Australia in early 2007": Hubzilla's history, rated ambiguous)
    expect(prompts.filter((p) => /^In which year.*before moving/.test(p))).toEqual([]);
    // nor the date of what the clause works towards ("… began to overhaul … for the 2.0 release in 2012": Zeek's partner joined in 2010, rated wrong in a blind random sample)
    expect(prompts.filter((p) => /^(?:In which year|When did).*joined the team/.test(p))).toEqual([]);
  });

  it("never leaves a dangling 'Towards the end', '…, released.', '… about back.' or 'scheduled for,' (eighth blind rating, the Go blog)", () => {
    expect(prompts.filter((p) => /Towards the end(?! of)|, released\.$|back\.$|one year\.$|scheduled for[ ,]+(?:will|to)\b/.test(p))).toEqual([]);
  });

  it("never dates what something is by an aside after a comma ('… collector, an idea first proposed by Dijkstra in 1978': rated trivia blind)", () => {
    expect(prompts.filter((p) => /collector/.test(p) && /year|When/.test(p))).toEqual([]);
  });

  it("never dates what something is by what a participle after a noun says of that noun ('… a fork of the Redis database created in 2009 by …': Valkey forked in 2024, rated ambiguous blind)", () => {
    expect(prompts.filter((p) => /fork of/.test(p) && /year|When/.test(p))).toEqual([]);
  });

  it("never takes the date of a figure for the date of the event ('including 78 million downloads in 2023', fourteenth blind rating)", () => {
    expect(prompts.filter((p) => /keynote/.test(p) && /year|When/.test(p))).toEqual([]);
  });

  it("takes 'the' with its date ('On the 10th of November 2009, …') and never asks when something to come 'happened' (fifteenth blind rating)", () => {
    expect(prompts).toContain("In which year did the following happen? Fetchy's developers launched the Fetchy project as open source.");
    expect(prompts.filter((p) => /^On the Fetchy|End of Life|The plan is/.test(p.replace(/^[^?]*\? /, "")) && /year|When/.test(p))).toEqual([]);
  });

  it("never asks when what is 'on the horizon' happened (twenty-third round: 'WASI 0.3 is on the horizon in 2026' was asked as an event)", () => {
    expect(prompts.filter((p) => /on the horizon/.test(p) && /year|When/.test(p))).toEqual([]);
  });

  it("never asks for one of two dates joined by 'and' ('unchanged from 2019 and 2018', the Go survey)", () => {
    expect(prompts.filter((p) => /^In which year|^When did/.test(p) && /satisfaction score/.test(p))).toEqual([]);
  });

  it("never dates the main clause by a date that belongs to a clause inside it ('just like the API … complained about in 2008', 'as it was first released in 1987')", () => {
    expect(prompts.filter((p) => /^In which year|^When did/.test(p) && /coupled|old project/.test(p))).toEqual([]);
    expect(prompts).toContain("In which year did the following happen? Fetchy was released as open source.");
  });
});

describe("a timeline line's later sentences", () => {
  // Rated on curl's history: "In January 2001, the MIT license is extremely liberal …" dates an
  // explanation by the release it follows.
  const text = ["# Fetchy", "", "## 2001", "", "January: Daniel released fetchy 7.5.2 under a new license again: MIT. The MIT license is extremely liberal and can be combined with GPL in other projects. He announced it on the list.", ""].join("\n");
  const prompts = generateWithTrace(text, { slug: "fetchy-license" }).candidates.map((c) => c.question.prompt);

  it("leave an explanation in the present tense undated", () => {
    expect(prompts.some((p) => p.includes("In January 2001, the MIT license"))).toBe(false);
    expect(prompts).toContain("Fill in the blank: The MIT license is extremely liberal and can be combined with ____ in other projects.");
    expect(prompts.some((p) => /When did the following happen.*MIT license is extremely liberal/.test(p))).toBe(false);
  });

  it("keep the line's date on the event itself", () => {
    expect(prompts.some((p) => p.startsWith("Fill in the blank: In January 2001, Daniel released fetchy"))).toBe(true);
  });
});

describe("a timeline entry that does not name what it happened to", () => {
  // Rated "unresolved subject" on curl's history: "In which year did this happen? TELNET support was added."
  const prompts = generateWithTrace(timeline, { slug: "fetchy" }).candidates.map((c) => c.question.prompt);

  it("is asked about the history of the document's subject", () => {
    expect(prompts).toContain("In which year did the following happen in Fetchy's history? TFTP support was added.");
  });

  it("leaves an entry that names it as it is", () => {
    expect(prompts.some((p) => /Fetchy's history.*The Fetchy container/.test(p))).toBe(false);
  });

  it("is not asked about that history when another name did it ('GitHub launched …' in an interview about pjax)", () => {
    const dated = `${timeline}\nIn March 1997, Acme Cloud launched with a web store.\n\nHSTS was supported in June 1997.\n`;
    const asked = generateWithTrace(dated, { slug: "fetchy-others" }).candidates.map((c) => c.question.prompt);
    expect(asked).toContain("In which year did the following happen? Acme Cloud launched with a web store.");
    expect(asked).toContain("In which year did the following happen in Fetchy's history? HSTS was supported.");
  });

  it("is asked about that history when the sentence dates itself too ('Version 2.2 was released in March 1997')", () => {
    const dated = `${timeline}\nVersion 2.2 was released in March 1997 and introduced support to run on Windows.\n`;
    const asked = generateWithTrace(dated, { slug: "fetchy-versions" }).candidates.map((c) => c.question.prompt);
    expect(asked).toContain("In which year did the following happen in Fetchy's history? Version 2.2 was released and introduced support to run on Windows.");
  });
});

describe("a paragraph that opens with a year ('In 2009, …')", () => {
  // Rated "unresolved" on the Go blog: "Go ran only on Linux and Mac …" without the paragraph's "In 2009,"
  const text = "# Go at ten\n\nIn 2009, Go was a good idea with a working sketch of an implementation. Go ran only on Linux and Mac, on 32- and 64-bit x86 and 32-bit ARM. The go command did not exist. Go supports many platforms and architectures.\n";

  it("dates its later past-tense sentences that happened, and only those", () => {
    expect(statementsOf(text).map((s) => s.statement)).toEqual([
      "In 2009, Go was a good idea with a working sketch of an implementation.",
      "In 2009, Go ran only on Linux and Mac, on 32- and 64-bit x86 and 32-bit ARM.",
      "The go command did not exist.",
      "Go supports many platforms and architectures.",
    ]);
  });

  it("asks the year of what it dates", () => {
    const prompts = generateWithTrace(text, { slug: "go-ten" }).candidates.map((c) => c.question.prompt);
    expect(prompts.some((p) => /^In which year did the following happen.*Go ran only on Linux and Mac, on 32- and 64-bit x86 and 32-bit ARM\.$/.test(p))).toBe(true);
  });

  it("writes the dated sentence's first word in lower case after the date ('In 2014, there was …'; 'In 2014, There' read garbled on conda-forge's history)", () => {
    const history = "# History of conda-forge\n\nIn 2014, Filipe Fernandes and Phil Elson were maintaining the Binstar channels for IOOS and SciTools. There was also a healthy exchange of recipes between the channels, often assisted by members of other communities.\n";
    const prompts = generateWithTrace(history, { slug: "there" }).candidates.map((c) => c.question.prompt);
    expect(prompts.some((p) => p.includes("In 2014, there was also"))).toBe(true);
    expect(prompts.filter((p) => p.includes("In 2014, There"))).toEqual([]);
  });
});

describe("a date that bounds ('By 2010, …')", () => {
  it("is never an answer: any later year would be as true", () => {
    const text = "# The web\n\nBy 2010, more and more web developers were pushing their code into JavaScript. Gmail was launched in April 2004 by Google.\n";
    const answers = generateWithTrace(text, { slug: "bounds" }).candidates.map((c) => JSON.stringify(c.question.answer));
    expect(answers.filter((a) => a.includes("2010"))).toEqual([]);
    expect(answers.some((a) => a.includes("2004"))).toBe(true);
  });
});
