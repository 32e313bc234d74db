// One stacked mastery bar and the sentence it decorates; used by the server-rendered deck rows
// (mastery-bars.tsx) and the per-topic list drawn in the browser (topic-mastery.tsx).
import type { MasteryCounts, MasteryLevel } from "@/lib/stats/mastery";

const LEVELS: { level: MasteryLevel; label: string }[] = [
  { level: "mature", label: "mature" },
  { level: "young", label: "young" },
  { level: "learning", label: "learning" },
  { level: "new", label: "new" },
];

export function masterySentence(counts: MasteryCounts): string {
  return LEVELS.map(({ level, label }) => `${counts[level]} ${label}`).join(", ") + ` of ${counts.total}`;
}

export function MasteryBar({ counts, label }: { counts: MasteryCounts; label: string }) {
  return (
    <div className="mastery-bar" role="img" aria-label={`${label}: ${masterySentence(counts)}`}>
      {LEVELS.map(({ level }) =>
        counts[level] > 0 ? (
          <span key={level} className={`mastery-${level}`} style={{ width: `${(counts[level] / Math.max(counts.total, 1)) * 100}%` }} />
        ) : null,
      )}
    </div>
  );
}
