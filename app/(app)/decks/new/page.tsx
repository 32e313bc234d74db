import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { NewDeckForm } from "./new-deck-form";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireUser("/decks/new");
  return (
    <div className="page page-narrow" style={{ maxWidth: "44rem" }}>
      <h1>Build a deck from a review</h1>
      <p className="lede">
        Upload or paste a review that compares technologies. Recall finds its facts and writes questions about them; you
        check them, fix or reject any, and publish the deck.
      </p>
      <p>
        Have a deck in Anki, Quizlet or a spreadsheet already? <Link href="/decks/import">Import a deck</Link> instead.
      </p>
      <NewDeckForm />
    </div>
  );
}
