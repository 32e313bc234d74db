"use client";
// The chart drawings (chart-graphics.tsx) as lazily loaded parts: recharts arrives in its own
// chunk once the page runs in the browser; the server-rendered frame around each keeps its
// height meanwhile (the .chart-frame boxes in forecast-chart.tsx and retention-charts.tsx), so nothing below it moves.
import dynamic from "next/dynamic";

export const LazyForecastGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.ForecastGraphic), { ssr: false });
export const LazyRetentionOverTimeGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.RetentionOverTimeGraphic), { ssr: false });
export const LazyRetentionByDeckGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.RetentionByDeckGraphic), { ssr: false });
