// Answer spans a student can defend as the only answer.
import { describe, expect, it } from "vitest";
import { generateWithTrace } from "@/lib/content";

describe("pairs of names", () => {
  // The second rating rejected "like ____ and Twitter" and "Webargs and ____": the pair is the fact.
  const text = [
    "# Web frameworks",
    "",
    "Big sites like Facebook and Twitter moved their pages to partial updates early on.",
    "",
    "Webargs and Marshmallow parse and validate the data of incoming requests.",
    "",
    "Flask was created by Armin Ronacher as a small framework for web applications.",
    "",
  ].join("\n");
  const answers = generateWithTrace(text, { slug: "pairs" }).candidates.filter((c) => c.question.type === "cloze").map((c) => c.question.answer);

  it("never blanks one half of a pair of names", () => {
    expect(answers).not.toContain("Twitter");
    expect(answers).not.toContain("Facebook");
    expect(answers).not.toContain("Marshmallow");
    expect(answers).not.toContain("Webargs");
  });

  it("still blanks a name that stands alone", () => {
    expect(answers).toContain("Armin Ronacher");
  });
});
