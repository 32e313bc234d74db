// Timing for benchmarks: the median of several runs after one warm-up run, in milliseconds.
export async function median(run: () => Promise<unknown>, runs: number): Promise<number> {
  await run(); // warm the statement cache and SQLite's page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}
