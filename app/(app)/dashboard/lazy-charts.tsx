"use client";
// The chart drawings (chart-graphics.tsx) as lazily loaded parts: recharts arrives in its own
// chunk once the page runs in the browser. Meanwhile the server-rendered .chart-frame box around
// each (forecast-chart.tsx, retention-charts.tsx) keeps its height, so nothing below it moves.
import dynamic from "next/dynamic";

export const LazyForecastGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.ForecastGraphic), { ssr: false });
export const LazyRetentionOverTimeGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.RetentionOverTimeGraphic), { ssr: false });
export const LazyRetentionByDeckGraphic = dynamic(() => import("./chart-graphics").then((charts) => charts.RetentionByDeckGraphic), { ssr: false });
