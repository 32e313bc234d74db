import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { exportableDeck } from "@/lib/interop/deck-export";
import { NotFoundError } from "@/lib/permissions/errors";

export const metadata: Metadata = { title: "Export deck" };

export default async function ExportDeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/decks/${encodeURIComponent(slug)}/export`);
  let deck;
  try {
    deck = await exportableDeck(user.id, slug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div className="page page-narrow stack" style={{ maxWidth: "44rem" }}>
      <div>
        <h1>Export {deck.title}</h1>
        <p className="lede">
          Take the deck to Anki or a spreadsheet. {deck.questions} question{deck.questions === 1 ? "" : "s"}
          {deck.owner ? "" : " as published"}; exporting again gives the same notes, so Anki updates them instead of adding copies.
        </p>
      </div>
      <form className="form card" method="get" action={`/decks/${encodeURIComponent(deck.slug)}/export/file`}>
        <fieldset className="choices">
          <legend>Format</legend>
          <label className="choice">
            <input type="radio" name="format" value="apkg" defaultChecked /> Anki package (.apkg)
          </label>
          <label className="choice">
            <input type="radio" name="format" value="tsv" /> Anki text (.txt, tab-separated)
          </label>
          <label className="choice">
            <input type="radio" name="format" value="csv" /> CSV for spreadsheets (.csv)
          </label>
        </fieldset>
        <fieldset className="choices">
          <legend>Progress</legend>
          <label className="choice">
            <input type="checkbox" name="scheduling" value="1" aria-describedby="scheduling-hint" /> Include my scheduling
          </label>
          <p className="field-hint" id="scheduling-hint">
            Anki packages only: your due dates, intervals, ease and lapses ({deck.myCards} card{deck.myCards === 1 ? "" : "s"} studied,{" "}
            {deck.myReviews} review{deck.myReviews === 1 ? "" : "s"}), so you can continue in Anki where Recall left off. Only your own
            progress is ever exported.
          </p>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button">
            Download
          </button>
          <Link href="/decks" className="button button-secondary">
            Back to decks
          </Link>
        </div>
      </form>
    </div>
  );
}
