// The review calendar's geometry, shared by the server part that places the month labels
// (heatmap.tsx) and the client grid (heatmap-grid.tsx). Its own module: a constant exported from
// a "use client" file is, on the server, a reference to the client module — a function — and the
// month labels were drawn at x="function(){throw …}".
export const CELL = 11;
const GAP = 3;
export const STEP = CELL + GAP;
export const LEFT = 30; // room for weekday labels
export const TOP = 16; // room for month labels
