"use client";
// A deck's mastery per topic (fact), folded away under "By topic". A deck can have hundreds of
// topics: they are loaded from /api/mastery/<deck> when the list is first opened, so the
// dashboard neither computes nor sends them on each view.
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { MasteryBar } from "./mastery-bar";

/** [label, new, learning, young, mature] */
export type TopicCounts = [label: string, fresh: number, learning: number, young: number, mature: number];

type Loaded = { state: "closed" | "loading" } | { state: "failed"; error: string } | { state: "loaded"; topics: TopicCounts[] };

const UNREACHABLE = "Could not load the topics. Check your connection and open the list again.";

async function fetchTopics(deckId: string): Promise<Loaded> {
  try {
    const result = (await (await fetch(`/api/mastery/${encodeURIComponent(deckId)}`)).json()) as ActionResult<TopicCounts[]>;
    return result.ok ? { state: "loaded", topics: result.value } : { state: "failed", error: result.error ?? UNREACHABLE };
  } catch {
    return { state: "failed", error: UNREACHABLE };
  }
}

export function TopicMastery({ deckId, count }: { deckId: string; count: number }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "closed" });
  const toggled = async (open: boolean) => {
    // Loaded once; a failed load is tried again on the next opening.
    if (!open || loaded.state === "loaded" || loaded.state === "loading") return;
    setLoaded({ state: "loading" });
    setLoaded(await fetchTopics(deckId));
  };
  return (
    <details className="mastery-facts" onToggle={(event) => void toggled(event.currentTarget.open)}>
      <summary>By topic ({count})</summary>
      <div aria-live="polite">
        {loaded.state === "loading" ? <p className="muted">Loading topics…</p> : null}
        {loaded.state === "failed" ? <p role="alert">{loaded.error}</p> : null}
      </div>
      {loaded.state === "loaded" ? (
        <ul>
          {loaded.topics.map(([label, fresh, learning, young, mature], i) => (
            <li key={i} className="mastery-fact">
              <span className="mastery-fact-label">{label}</span>
              <MasteryBar counts={{ new: fresh, learning, young, mature, total: fresh + learning + young + mature }} label={label} />
            </li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
