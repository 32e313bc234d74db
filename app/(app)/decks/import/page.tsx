import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import a deck" };

export default async function ImportDeckPage() {
  await requireUser("/decks/import");
  return (
    <div className="page page-narrow stack" style={{ maxWidth: "52rem" }}>
      <div>
        <h1>Import a deck</h1>
        <p className="lede">
          Bring a deck from Anki (.apkg or .colpkg), Quizlet (its exported text) or a spreadsheet (CSV or TSV). You see what will be imported
          before anything is saved; the deck arrives as your draft, to check, edit and publish like one built{" "}
          <Link href="/decks/new">from a review</Link>.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
