import Link from "next/link";

// Prerendered; a signed-in visitor is sent to the dashboard instead (proxy.ts).
export default function LandingPage() {
  return (
    <div className="page">
      <section className="hero">
        <h1>Remember what you read about technology.</h1>
        <p className="lede">
          Recall turns a technology review into a bank of questions — multiple choice, true or false, fill in the
          blank, timelines — and schedules each one with the SM-2 spaced-repetition algorithm, so you review a fact
          just before you would forget it.
        </p>
        <div className="actions">
          <Link href="/signup" className="button">
            Sign up
          </Link>
          <Link href="/login" className="button button-secondary">
            Log in
          </Link>
        </div>
      </section>
      <section className="grid" aria-label="What Recall does">
        <div className="card">
          <h2>Questions with sources</h2>
          <p>Every question links back to the sentence and citation it came from, so you always see why.</p>
        </div>
        <div className="card">
          <h2>Keyboard-first study</h2>
          <p>
            Answer, reveal and grade without touching the mouse: <kbd>Space</kbd> to reveal, <kbd>1</kbd>–<kbd>4</kbd>{" "}
            to grade.
          </p>
        </div>
        <div className="card">
          <h2>Classes</h2>
          <p>Instructors share a join code, assign decks with due dates and see what the class has not learned yet.</p>
        </div>
      </section>
    </div>
  );
}
