import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { guardPage } from "@/lib/auth/page-guard";
import { exportableDeck } from "@/lib/interop/deck-export";
import { plural } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Export deck" };

export default async function ExportDeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { data: deck } = await guardPage({ path: `/decks/${encodeURIComponent(slug)}/export`, param: slug, schema: z.string() }, (user, value) =>
    exportableDeck(user.id, value),
  );
  return (
    <div className="page page-narrow stack" style={{ maxWidth: "44rem" }}>
      <div>
        <h1>Export {deck.title}</h1>
        <p className="lede">
          Take the deck to Anki or a spreadsheet. {plural(deck.questions, "question")}
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
            Anki packages only: your due dates, intervals, ease and lapses ({plural(deck.myCards, "card")} studied, {plural(deck.myReviews, "review")}), so you can continue in Anki where Recall left off. Only your own
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
