// A project's own history says "we" for its developers: "January: We dropped support for Gopher."
// in curl's history is a fact about curl, restated in the third person; what the writers want or
// think stays theirs, and a document whose writers do not make the thing keeps "we" unresolved.
import { describe, expect, it } from "vitest";
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

  it("restates a perfect ('we have also started') and a continued making ('we continued to improve'), not a continued thinking", () => {
    const text = history(["January: We dropped support for Gopher.", "", "We have also started work on a vulnerability database.", "", "We continued to improve the documentation.", "", "We continued to discuss the roadmap."]);
    expect(statementFor(text, "vulnerability")).toBe("Fetchy's developers have also started work on a vulnerability database.");
    expect(statementFor(text, "improve")).toBe("Fetchy's developers continued to improve the documentation.");
    expect(statementFor(text, "discuss")).toBeNull();
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
