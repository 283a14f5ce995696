// Measuring, for every benchmark in tools/bench (plain Node, no TypeScript imports): percentiles
// of timed samples and a free local port for a server under test.
import { createServer } from 'node:net';

/** The nearest-rank percentile `p` of ascending samples. */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** p50, p99, max and count of some samples (milliseconds). */
export function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1), n: s.length };
}

/** A one-line summary: "p50 … ms, p99 … ms, max … ms (n=…)". */
export function describeSamples(samples) {
  const { p50, p99, max, n } = summarise(samples);
  return `p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms, max ${max.toFixed(2)} ms (n=${n})`;
}

/** Runs `fn` `warmup` times, then `runs` times timed; returns the summary of the timed runs. */
export async function timeRuns(fn, { runs, warmup }) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}
