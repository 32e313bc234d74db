// "This year" in a dated post is the year it was written: the statement names it, or stands alone
// no more. Found on pnpm's "The year 2021 for pnpm" and the Go blog's birthday posts.
import { describe, expect, it } from "vitest";
import { publicationYear } from "@/lib/content/deixis";
import { statementsOf } from "./helpers";

describe("the year a document was written", () => {
  it("comes from the front matter's date, else a date opening the file name, else the one year of the title — unless the title names another year", () => {
    expect(publicationYear({ date: "2022-11-10T12:00:00Z" }, "2021-01-01-post.md", "Go news")).toBe(2022);
    expect(publicationYear({ date: "2022-11-10T12:00:00Z" }, "post.md", "Go in 2022")).toBe(2022);
    expect(publicationYear({}, "blog/2021-12-29-yearly-update.md", "Yearly update")).toBe(2021);
    expect(publicationYear({}, "update.md", "The year 2021 for pnpm")).toBe(2021);
    expect(publicationYear({}, "history.md", "curl from 1996 to 2023")).toBeUndefined();
    expect(publicationYear({}, "notes.md", "Notes")).toBeUndefined();
    // a survey of 2019 posted in 2020: which year "this year" means is unknown
    expect(publicationYear({ date: "2020-04-20T00:00:00Z" }, "survey.md", "Go Developer Survey 2019 Results")).toBeUndefined();
  });
});

describe("'this year' in a dated document", () => {
  const post = (date: string | undefined, sentences: string[]) => [...(date ? ["---", `date: ${date}`, "---", ""] : []), "# Fetchy news", "", sentences.join(" "), ""].join("\n");
  const statement = (text: string, needle: string, fileName?: string) => statementsOf(text, fileName).find((s) => s.sentence.includes(needle))?.statement ?? null;

  it("names the year, with or without a preposition before it", () => {
    const text = post("2021-12-29", ["Fetchy is a download tool.", "Fetchy's main repository received 5,000 stars this year.", "One milestone for this year was the new lockfile format.", "Fetchy was rewritten in Rust last year."]);
    expect(statement(text, "stars")).toBe("Fetchy's main repository received 5,000 stars in 2021.");
    expect(statement(text, "milestone")).toBe("One milestone for 2021 was the new lockfile format.");
    expect(statement(text, "rewritten")).toBe("Fetchy was rewritten in Rust in 2020.");
  });

  it("writes a possessive as one ('this year's' → '2021's') and a year that is the subject without 'in'", () => {
    const text = post("2017-09-05", ["Fetchy is a download tool.", "This year's 4.4% of full-time Fetchy users show a tick up from last year's 3.7%.", "Again, this year underscored that many developers need support for Fetchy in their IDEs.", "This year saw the release of Fetchy 2.0."]);
    expect(statement(text, "tick up")).toBe("2017's 4.4% of full-time Fetchy users show a tick up from 2016's 3.7%.");
    expect(statement(text, "underscored")).toContain("2017 underscored that many developers need support for Fetchy in their IDEs.");
    expect(statement(text, "saw the release")).toBe("2017 saw the release of Fetchy 2.0.");
    const also = post("2016-11-10", ["Fetchy is a download tool.", "This year also saw more than 30 new Fetchy user groups."]);
    expect(statement(also, "user groups")).toBe("2016 also saw more than 30 new Fetchy user groups.");
  });

  it("gives no statement for a moment only the writer knew ('next week', 'tomorrow')", () => {
    const text = post("2016-11-10", ["Fetchy is a download tool.", "FetchyConf in New York is next week.", "Fetchy 3 ships tomorrow with HTTP/3 support."]);
    expect(statement(text, "FetchyConf")).toBeNull();
    expect(statement(text, "ships tomorrow")).toBeNull();
  });

  it("takes the date from the uploaded file's name", () => {
    const text = post(undefined, ["Fetchy is a download tool.", "Fetchy's main repository received 5,000 stars this year."]);
    expect(statement(text, "stars", "2019-05-01-news.md")).toBe("Fetchy's main repository received 5,000 stars in 2019.");
  });

  it("is never a statement when the document gives no date", () => {
    const text = post(undefined, ["Fetchy is a download tool.", "Fetchy's main repository received 5,000 stars this year."]);
    expect(statement(text, "stars", "news.md")).toBeNull();
  });
});
