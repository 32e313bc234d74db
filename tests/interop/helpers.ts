// Shared builders for the interop tests: questions of every Recall type, and a way to open the
// collection inside a written package.
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import type { PortableDeck, PortableQuestion } from "@/lib/interop/model";

export const DECK: PortableDeck = { slug: "frameworks", title: "Deep learning frameworks", description: "TensorFlow and PyTorch" };

export const QUESTIONS: PortableQuestion[] = [
  { id: "q_mcq", type: "mcq", prompt: "Who released TensorFlow?", choices: ["Google", "Meta", "Amazon"], answer: "Google", explanation: "Google released it in 2015.", sourceSentence: "Google released TensorFlow in 2015.", sourceCitation: "(TensorFlow, n.d.)", topic: "TensorFlow", factKey: "f_1" },
  { id: "q_tf", type: "true_false", prompt: "True or false: PyTorch came out in 2016.", choices: ["true", "false"], answer: "true", explanation: "True: PyTorch came out in 2016.", sourceSentence: "PyTorch came out in 2016.", topic: "PyTorch", factKey: "f_2" },
  { id: "q_cloze", type: "cloze", prompt: "Fill in the blank: TensorFlow was released in ____.", answer: "2015", acceptedAnswers: ["November 2015"], explanation: "TensorFlow was released in 2015.", sourceSentence: "TensorFlow was released in November 2015.", topic: "TensorFlow", factKey: "f_1" },
  { id: "q_short", type: "short_answer", prompt: "What do self-driving cars navigate with?", answer: "computer vision", explanation: "Self-driving cars navigate with computer vision.", sourceSentence: "Self-driving cars navigate with computer vision.", factKey: "f_3" },
  { id: "q_order", type: "ordering", prompt: "Put these in order, earliest first.", choices: ["PyTorch arrived", "TensorFlow was released", "TensorFlow 2.0"], answer: ["TensorFlow was released", "PyTorch arrived", "TensorFlow 2.0"], explanation: "2015, 2016, 2019.", sourceSentence: "Dates from the review.", factKey: "f_4" },
  { id: "q_match", type: "matching", prompt: "Match each framework to its company.", choices: ["Meta", "Google"], answer: ["TensorFlow → Google", "PyTorch → Meta"], explanation: "Google made TensorFlow; Meta made PyTorch.", sourceSentence: "Google made TensorFlow and Meta made PyTorch.", factKey: "f_5" },
];

export function openPackage(bytes: Uint8Array, entry = "collection.anki2") {
  const files = unzipSync(bytes);
  return { files, db: new Database(Buffer.from(files[entry])) };
}

/** What a question looks like after a trip through a file: the parts every format keeps. */
export function comparable(q: PortableQuestion) {
  return {
    type: q.type,
    prompt: q.prompt,
    choices: q.choices ?? (q.type === "true_false" ? ["true", "false"] : undefined),
    answer: q.answer,
    acceptedAnswers: q.acceptedAnswers?.length ? q.acceptedAnswers : undefined,
    explanation: q.explanation,
    sourceSentence: q.sourceSentence,
    sourceCitation: q.sourceCitation || undefined,
  };
}
