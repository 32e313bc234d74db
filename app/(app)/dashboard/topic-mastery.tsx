"use client";
// A deck's mastery per topic (fact), folded away under "By topic". A deck can have hundreds of
// topics: the rows are drawn only when the list is opened, from compact tuples, so the
// dashboard's HTML and RSC payload do not carry every topic's rendered bar on each view.
import { useState } from "react";
import { MasteryBar } from "./mastery-bar";

/** [label, new, learning, young, mature] */
export type TopicCounts = [label: string, fresh: number, learning: number, young: number, mature: number];

export function TopicMastery({ topics }: { topics: TopicCounts[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mastery-facts" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>By topic ({topics.length})</summary>
      {open ? (
        <ul>
          {topics.map(([label, fresh, learning, young, mature], i) => (
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
