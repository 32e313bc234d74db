// What a student's review history adds up to (the heatmap's reviews per day, retention per week
// and deck) changes only when a review is added or removed, yet it is the dashboard's most costly
// part: a year of history is thousands of rows to group on every view (issue #12). Those sums are
// kept here, per process, under the history's fingerprint — how many reviews the user has and when
// the latest was — which one statement on the (userId, reviewedAt) index reads on every view. So
// a review on any instance, an undo, or the reviews a deleted question takes with it show on the
// next view; nothing has to remember to invalidate anything.
import "server-only";
import { statements } from "@/lib/db/statements";

/** The most users whose sums are kept; the least recently viewed go first. */
const MAX_USERS = 500;

type Entry = { fingerprint: string; sums: Map<string, Promise<unknown>> };
const kept = new Map<string, Entry>();

/** Changes whenever a review of the user's is added or removed. */
export async function historyFingerprint(userId: string): Promise<string> {
  const [row] = await statements().rows<{ reviews: number | bigint; latest: string | Date | null }>(
    `SELECT COUNT(*) AS "reviews", MAX("reviewedAt") AS "latest" FROM "ReviewLog" WHERE "userId" = $1`,
    [userId],
  );
  const latest = row?.latest instanceof Date ? row.latest.toISOString() : (row?.latest ?? "");
  return `${row?.reviews ?? 0}|${latest}`;
}

/**
 * `load()` once per (user, fingerprint, key): `key` names everything else the sum depends on
 * (which sum, the user's calendar, today's study day). A failed load is not kept.
 */
export function sumOfHistory<T>(userId: string, fingerprint: string, key: string, load: () => Promise<T>): Promise<T> {
  let entry = kept.get(userId);
  if (!entry || entry.fingerprint !== fingerprint) entry = { fingerprint, sums: new Map() };
  // re-inserted: the Map's order is the order of last use
  kept.delete(userId);
  kept.set(userId, entry);
  if (kept.size > MAX_USERS) kept.delete(kept.keys().next().value!);
  const known = entry.sums.get(key) as Promise<T> | undefined;
  if (known) return known;
  const sums = entry.sums;
  const loading = load();
  sums.set(key, loading);
  loading.catch(() => sums.delete(key));
  return loading;
}
