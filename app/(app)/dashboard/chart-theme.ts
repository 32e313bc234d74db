// Shared look of the recharts charts: theme variables (light and dark) and a fixed height,
// because a chart with no fixed height has nothing to measure and draws nothing.
import type { CSSProperties } from "react";

export const CHART_HEIGHT = 220;

export const AXIS_TICK = { fill: "var(--muted)", fontSize: 12 };

export const TOOLTIP_STYLE: CSSProperties = {
  background: "var(--surface)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--text)",
};

/** The per-deck retention bars grow with the number of decks. */
export function retentionByDeckHeight(decks: number): number {
  return Math.max(96, 40 * decks + 40);
}
