import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { DeckBuilder } from "./deck-builder";

export const metadata: Metadata = { title: "New deck" };

export default async function NewDeckPage() {
  await requireUser("/decks/new");
  return <DeckBuilder />;
}
