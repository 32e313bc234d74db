import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { loadDeckWorkshop } from "@/lib/decks/deck-editor";
import { NotFoundError } from "@/lib/permissions/errors";
import { PublishForm } from "./publish-form";
import { QuestionEditor } from "./question-editor";
import { isLiveQuestion } from "@/lib/decks/live-questions";

export const metadata: Metadata = { title: "Edit deck" };

export default async function EditDeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(slug)}/edit`);
  let workshop;
  try {
    workshop = await loadDeckWorkshop(user.id, slug);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return (
      <div className="page stack">
        <h1>Edit deck</h1>
        <p className="notice">{error.message}</p>
        <Link href="/decks">Back to decks</Link>
      </div>
    );
  }
  const { deck, facts } = workshop;
  const questions = facts.flatMap((fact) => fact.questions);
  const kept = questions.filter(isLiveQuestion).length;
  return (
    <div className="page stack">
      <div className="page-header">
        <div>
          <h1>{deck.title}</h1>
          <p className="muted">
            {deck.publishedAt ? "Published" : "Draft"} · {kept} of {questions.length} questions kept · {facts.length} facts
          </p>
        </div>
        <div className="actions">
          {deck.publishedAt ? (
            <Link className="button button-secondary" href={`/study/${deck.slug}`}>
              Study it
            </Link>
          ) : null}
          <Link className="button button-secondary" href={`/decks/${deck.slug}/export`}>
            Export
          </Link>
        </div>
      </div>
      <PublishForm deckId={deck.id} visibility={deck.visibility} published={deck.publishedAt !== null} />
      <h2>Questions by fact</h2>
      {facts.map((fact) => (
        <section key={fact.id} className="fact-group" aria-labelledby={`fact-${fact.id}`}>
          <h3 id={`fact-${fact.id}`}>
            {fact.subject} <span className="muted">{fact.predicate}</span> {fact.object}
          </h3>
          <blockquote className="study-source">
            <p>{fact.sentence}</p>
            {fact.citation ? <footer>— {fact.citation}</footer> : null}
          </blockquote>
          <ul className="question-list">
            {fact.questions.map((question) => (
              <QuestionEditor
                key={question.id}
                question={{
                  id: question.id,
                  type: question.type,
                  prompt: question.prompt,
                  choices: Array.isArray(question.choices) ? question.choices.map(String) : [],
                  answer: question.answer as string | string[],
                  explanation: question.explanation,
                  rejected: question.rejected,
                }}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
