// Sentences whose subject is followed by an aside ("Vitest, however, uses …") or that open with
// "Today," or "Performance-wise," state a fact like any other; they used to be dropped as fragments.
import { describe, expect, it } from "vitest";
import { asideAfterSubject } from "@/lib/content/asides";
import { tokenize } from "@/lib/content/tokens";
import { statementsOf } from "./helpers";

const statement = (text: string) => statementsOf(text)[0]?.statement ?? null;

describe("asides between subject and verb", () => {
  it("restates the sentence without the aside", () => {
    expect(statement("Vitest, however, uses worker threads to isolate tests and run them in parallel.")).toBe(
      "Vitest uses worker threads to isolate tests and run them in parallel.",
    );
    expect(statement("The Mocha runner, in contrast, runs tests serially by default.")).toBe("The Mocha runner runs tests serially by default.");
    expect(statement("Vitest, on the other hand, is optimised for fast unit tests in a headless environment.")).toBe(
      "Vitest is optimised for fast unit tests in a headless environment.",
    );
  });

  it("a function named in code is a name, and company set off after it goes ('history.replaceState()' was read as a verb)", () => {
    const tokens = tokenize("Its sibling history.replaceState() had been added.");
    const name = tokens.find((t) => t.text.startsWith("history."));
    expect(name?.text).toBe("history.replaceState()");
    expect(name?.tags.has("Verb")).toBe(false);
    expect(statement("The history.pushState() function, along with its sibling history.replaceState(), had been recently added to all major web browsers.")).toBe(
      "The history.pushState() function had been recently added to all major web browsers.",
    );
  });

  it("restates a contrast written without commas ('GraphQL on the other hand is spreading …')", () => {
    expect(statement("GraphQL on the other hand is spreading like wildfire because it solves real-world problems.")).toBe(
      "GraphQL is spreading like wildfire because it solves real-world problems.",
    );
    expect(statement("Prometheus and the Alertmanager by contrast offer a fully open-source redundant option.")).toBe("Prometheus and the Alertmanager offer a fully open-source redundant option.");
    // an adverb may stand between the contrast and the verb (Vue's comparison: "____ on the other hand only supports IE9+", rated unresolved blind)
    expect(statement("Vue on the other hand only supports IE9 and later browsers.")).toBe("Vue only supports IE9 and later browsers.");
    // "also" and "too" are the sentence's own words without commas
    expect(statement("Vitest also runs tests in a headless browser environment.")).toBe("Vitest also runs tests in a headless browser environment.");
  });

  it("restates the sentence when the aside made the tagger misread its verb", () => {
    // "supports" after "by contrast," is tagged as a plural noun until the aside is gone
    expect(statementsOf("Graphite stores numeric samples only. Prometheus, by contrast, supports the float64 data type with limited support for strings.")[1].statement).toBe(
      "Prometheus supports the float64 data type with limited support for strings.",
    );
  });

  it("restates a sentence without the description set off before its subject's name ('another competitor, PyTorch, was …')", () => {
    expect(statement("In 2016, another competitor, PyTorch, was on the rise in research labs.")).toBe("In 2016, PyTorch was on the rise in research labs.");
    expect(statement("Its author, Mitchell Hashimoto, is now working on another Go project.")).toBe("Mitchell Hashimoto is now working on another Go project.");
    // a list of names, or a name before its description, is no such thing
    expect(statement("Spark is fast, the JVM is mature, Scala is expressive.")).not.toMatch(/^Spark is fast, Scala/);
  });

  it("restates a subject without the examples set off after it", () => {
    expect(statement("Browser-based runners, like Cypress, WebdriverIO and Web Test Runner, will catch issues that a headless runner cannot.")).toBe(
      "Browser-based runners will catch issues that a headless runner cannot.",
    );
  });

  it("leaves a comma-joined clause and a list alone", () => {
    expect(asideAfterSubject(tokenize("This build is slow, however, it always works on the first try."))).toBeUndefined();
    expect(asideAfterSubject(tokenize("Cypress, WebdriverIO and Playwright run tests in a real browser."))).toBeUndefined();
    expect(asideAfterSubject(tokenize("Vitest, for example, runs tests in worker threads."))).toEqual([1, 3]);
  });
});

describe("opening adverbials", () => {
  it("keeps a sentence that opens with 'Performance-wise,' or 'Today,'", () => {
    expect(statement("Performance-wise, Mocha runs tests serially by default.")).toBe("Performance-wise, Mocha runs tests serially by default.");
    expect(statement("Today, Rust is used by hundreds of tech companies around the world.")).toBe("Today, Rust is used by hundreds of tech companies around the world.");
  });
});
