import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { guardPage } from "@/lib/auth/page-guard";
import { loadDeckWorkshop } from "@/lib/decks/deck-editor";
import { PublishForm } from "./publish-form";
import { QuestionEditor } from "./question-editor";
import { isLiveQuestion, SUGGESTED_TIER } from "@/lib/decks/live-questions";

export const metadata: Metadata = { title: "Edit deck" };

export default async function EditDeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { data: workshop } = await guardPage({ path: `/decks/${encodeURIComponent(slug)}/edit`, param: slug, schema: z.string() }, (user, value) =>
    loadDeckWorkshop(user.id, value),
  );
  const { deck, facts } = workshop;
  const questions = facts.flatMap((fact) => fact.questions);
  const kept = questions.filter(isLiveQuestion).length;
  // The generator's two tiers: published questions are studied; suggestions wait below for the author.
  const isSuggested = (q: { tier: string }) => q.tier === SUGGESTED_TIER;
  const publishedCount = questions.filter((q) => !isSuggested(q)).length;
  const suggestions = questions.filter(isSuggested);
  const editable = (question: (typeof questions)[number]) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    choices: Array.isArray(question.choices) ? question.choices.map(String) : [],
    answer: question.answer as string | string[],
    explanation: question.explanation,
    rejected: question.rejected,
    tier: question.tier,
  });
  return (
    <div className="page stack">
      <div className="page-header">
        <div>
          <h1>{deck.title}</h1>
          <p className="muted">
            {deck.publishedAt ? "Published" : "Draft"} · {kept} of {publishedCount} questions kept · {suggestions.length} suggested · {facts.length} facts
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
      {publishedCount === 0 ? (
        <p className="notice">
          {suggestions.length > 0
            ? "No question from this review was clear enough to publish on its own, so students have nothing to study yet. Promote the suggested questions you want studied below."
            : "No question could be made from this review: it has too few sentences that state a fact (code, lists of links and first-person notes give none)."}
        </p>
      ) : null}
      {facts
        .filter((fact) => fact.questions.some((q) => !isSuggested(q)))
        .map((fact) => (
          <section key={fact.id} className="fact-group" aria-labelledby={`fact-${fact.id}`}>
            <h3 id={`fact-${fact.id}`}>
              {fact.subject} <span className="muted">{fact.predicate}</span> {fact.object}
            </h3>
            <blockquote className="study-source">
              <p>{fact.sentence}</p>
              {fact.citation ? <footer>— {fact.citation}</footer> : null}
            </blockquote>
            <ul className="question-list">
              {fact.questions
                .filter((q) => !isSuggested(q))
                .map((question) => (
                  <QuestionEditor key={question.id} question={editable(question)} />
                ))}
            </ul>
          </section>
        ))}
      <section className="stack" aria-labelledby="suggested-heading">
        <h2 id="suggested-heading">Suggested questions</h2>
        <p className="muted">
          The generator was less sure these are clear and correct, so students do not see them. Promote the ones you want studied.
        </p>
        {suggestions.length === 0 ? (
          <p className="muted">No suggestions for this deck.</p>
        ) : (
          <ul className="question-list">
            {suggestions.map((question) => (
              <QuestionEditor key={question.id} question={editable(question)} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
