// Answer matching for every question type: choices, typos, case, articles, aliases, dates at
// their precision, ordering and matching.
import { describe, expect, it } from "vitest";
import { checkAnswer, type CheckableQuestion } from "@/lib/study/check-answer";

const shortAnswer = (answer: string, extra: Partial<CheckableQuestion> = {}): CheckableQuestion => ({ type: "short_answer", answer, ...extra });

describe("checkAnswer", () => {
  it("mcq: only the exact choice", () => {
    const q: CheckableQuestion = { type: "mcq", answer: "November 2015", choices: ["November 2015", "October 2019", "September 2016"] };
    expect(checkAnswer(q, "November 2015")).toMatchObject({ correct: true, matched: "November 2015" });
    expect(checkAnswer(q, "October 2019").correct).toBe(false);
  });

  it("true/false", () => {
    const q: CheckableQuestion = { type: "true_false", answer: "false", choices: ["true", "false"] };
    expect(checkAnswer(q, "false").correct).toBe(true);
    expect(checkAnswer(q, "False").correct).toBe(true);
    expect(checkAnswer(q, "true").correct).toBe(false);
  });

  it("ignores case, whitespace, punctuation and leading articles", () => {
    const q = shortAnswer("the Google Brain team");
    for (const r of ["Google Brain team", "  google   brain TEAM. ", "The Google Brain Team", "a google brain team"]) {
      expect(checkAnswer(q, r).correct, r).toBe(true);
    }
    expect(checkAnswer(q, "google brain team").normalisedResponse).toBe("google brain team");
  });

  it("tolerates typos in proportion to length", () => {
    expect(checkAnswer(shortAnswer("TensorBoard"), "TensorBord").correct).toBe(true);
    expect(checkAnswer(shortAnswer("immediate execution"), "imediate executon").correct).toBe(true);
    expect(checkAnswer(shortAnswer("TensorBoard"), "TensorFlow").correct).toBe(false);
  });

  it("tells 'C++', 'C#' and 'C' apart, and takes the signs read out", () => {
    expect(checkAnswer(shortAnswer("C++"), "C").correct).toBe(false);
    expect(checkAnswer(shortAnswer("C++"), "C#").correct).toBe(false);
    expect(checkAnswer(shortAnswer("C#"), "c sharp").correct).toBe(true);
    expect(checkAnswer(shortAnswer("Cap'n Proto C++"), "cap'n proto c plus plus").correct).toBe(true);
    expect(checkAnswer(shortAnswer("C"), "C++").correct).toBe(false);
  });

  it("allows no typos in very short answers or numbers", () => {
    expect(checkAnswer(shortAnswer("pdb"), "pdf").correct).toBe(false);
    expect(checkAnswer(shortAnswer("CNBC"), "CNBS").correct).toBe(false);
    expect(checkAnswer(shortAnswer("TensorFlow 2.0"), "TensorFlow 2.1").correct).toBe(false);
  });

  it("accepts aliases listed in acceptedAnswers", () => {
    const q = shortAnswer("PyTorch", { acceptedAnswers: ["Pytorch", "torch"] });
    expect(checkAnswer(q, "torch")).toMatchObject({ correct: true, matched: "torch" });
    expect(checkAnswer(q, "pytorch").correct).toBe(true);
  });

  it("compares dates at the fact's precision", () => {
    const q = shortAnswer("November 2015", { answerValue: { iso: "2015-11", precision: "month" } });
    for (const r of ["November 2015", "Nov 2015", "nov. 2015", "11/2015", "2015-11", "in November 2015", "November 6, 2015"]) {
      expect(checkAnswer(q, r).correct, r).toBe(true);
    }
    for (const r of ["2015", "October 2015", "November 2016", "November"]) expect(checkAnswer(q, r).correct, r).toBe(false);
  });

  it("reads the date from the answer text when no answerValue is stored", () => {
    expect(checkAnswer(shortAnswer("July 26, 2022"), "2022-07-26").correct).toBe(true);
    expect(checkAnswer(shortAnswer("July 26, 2022"), "July 2022").correct).toBe(false);
    expect(checkAnswer({ type: "cloze", answer: "2016" }, "2016").correct).toBe(true);
    expect(checkAnswer({ type: "cloze", answer: "2016" }, "2017").correct).toBe(false);
  });

  it("ordering: exact order only", () => {
    const q: CheckableQuestion = { type: "ordering", answer: ["a", "b", "c"], choices: ["c", "a", "b"] };
    expect(checkAnswer(q, ["a", "b", "c"]).correct).toBe(true);
    expect(checkAnswer(q, ["b", "a", "c"]).correct).toBe(false);
    expect(checkAnswer(q, ["a", "b"]).correct).toBe(false);
  });

  it("matching: all pairs right, in any order", () => {
    const q: CheckableQuestion = {
      type: "matching",
      left: ["TensorFlow", "PyTorch", "JAX"],
      choices: ["Meta", "Google Brain", "Google"],
      answer: ["TensorFlow → Google Brain", "PyTorch → Meta", "JAX → Google"],
    };
    expect(checkAnswer(q, ["PyTorch → Meta", "JAX → Google", "TensorFlow → Google Brain"]).correct).toBe(true);
    expect(checkAnswer(q, ["PyTorch → Google", "JAX → Meta", "TensorFlow → Google Brain"]).correct).toBe(false);
    expect(checkAnswer(q, ["PyTorch → Meta", "PyTorch → Meta", "TensorFlow → Google Brain"]).correct).toBe(false);
  });

  it("treats malformed responses as wrong, not as errors", () => {
    expect(checkAnswer(shortAnswer("TensorBoard"), undefined).correct).toBe(false);
    expect(checkAnswer(shortAnswer("TensorBoard"), 42).correct).toBe(false);
    expect(checkAnswer(shortAnswer("TensorBoard"), "").correct).toBe(false);
  });
});
