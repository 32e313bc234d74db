// A sentence that makes its point after a colon ("… became clear: most APIs stopped at Level 2.")
// gives that clause as a statement of its own; a colon before a list, a label, a quotation or a
// subordinate clause keeps the sentence whole.
import { describe, expect, it } from "vitest";
import { colonAt } from "@/lib/content/colons";
import { statementsOf } from "./helpers";

const statements = (text: string) => statementsOf(`# Notes\n\n${text}\n`).map((s) => s.statement);

describe("a clause after a colon", () => {
  it("is a statement of its own, and the part before stays one without it", () => {
    expect(statements("Graphite drew the old charts well enough: Prometheus keeps every dimension in an explicit label.")).toEqual([
      "Graphite drew the old charts well enough.",
      "Prometheus keeps every dimension in an explicit label.",
    ]);
  });

  it("is read after a spaced dash as after a colon, but never from a tail that is no clause ('- not the part …')", () => {
    expect(statements("TypeScript has its benefits for teams - static type checking can be very useful for large applications.")).toContain(
      "Static type checking can be very useful for large applications.",
    );
    expect(statements("Even worse, the URL cannot be changed by the page - not the part that gets read by the server, anyway.")).not.toContain("Not the part that gets read by the server, anyway.");
  });

  it("keeps what 'This means that …' leads into, with its pronoun resolved ('Dask … This means that it has fewer features')", () => {
    const all = statementsOf("# Dask\n\nGenerally Dask is smaller and lighter weight than Spark. This means that it has fewer features and is used with other libraries.\n").map((s) => s.statement);
    expect(all.some((s) => s?.endsWith(" Dask has fewer features and is used with other libraries."))).toBe(true);
  });

  it("yields the clause even when the part before cannot stand alone", () => {
    expect(statements("During this crucial change, something became increasingly clear: most JSON APIs were stopping at Level 2.")).toContain(
      "Most JSON APIs were stopping at Level 2.",
    );
  });

  it("is a statement of its own after the date that opens it, and dated by it (a history's 'coordinated all four browsers simultaneously released …', the date cut out, was published and rated garbled blind)", () => {
    expect(statements("The formal announcement of WebAssembly was coordinated: on June 17, 2015, all four browsers simultaneously released blogs linking to each other.")).toEqual([
      "The formal announcement of WebAssembly was coordinated.",
      "On June 17, 2015, all four browsers simultaneously released blogs linking to each other.",
    ]);
    // a preposition that opens no date still keeps the sentence whole
    const whole = "Prometheus changed how teams monitor services: in practice, most teams now scrape metrics from every job.";
    expect(statements(whole)).toEqual([whole]);
  });

  it("keeps the fact before the writers' own clause (', and we are therefore enthusiastic to announce …': Arrow's founding date was lost with it, twenty-third round)", () => {
    expect(statements("The Apache Arrow project was officially established and had its first git commit on February 5th 2016, and we are therefore enthusiastic to announce its anniversary!")).toEqual([
      "The Apache Arrow project was officially established and had its first git commit on February 5th 2016.",
      null,
    ]);
  });

  it("splits a first-person sentence too, keeping the part that is not the writer's ('we ran 6g …')", () => {
    expect(statements("Today, we can answer that question: Go is everywhere, used by at least a million developers worldwide.")).toEqual([
      null,
      "Go is everywhere, used by at least a million developers worldwide.",
    ]);
    expect(statements("The go command did not exist yet: we ran commands like 6g to compile and 6l to link binaries.")).toEqual(["The go command did not exist yet.", null]);
  });

  it("keeps a list, a subordinate clause and a quotation with their sentence", () => {
    const list = "Vitest ships with several testing features: snapshots, mocks, coverage and a watch mode.";
    expect(statements(list)).toEqual([list]);
    const contrast = "Prometheus has a richer metadata model: while Graphite encodes dimensions in names, Prometheus uses labels.";
    expect(statements(contrast)).toEqual([contrast]);
    expect(colonAt('Engineer Peter Bourgon said it best: "Go demonstrates that the cruft is not necessary."')).toBeUndefined();
    expect(colonAt("Note: Vitest runs every test file in a worker.")).toBeUndefined();
  });
});
