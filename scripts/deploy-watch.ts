// npm run deploy-watch -- URL [--minutes 5] [--interval-ms 1000] [--max-error-rate 0.05] [--max-p95-ms 1500]
// The post-deploy health watch: probes a new deployment for its first minutes
// and exits 1 as soon as its error rate or p95 latency crosses a threshold
// (CI then runs `vercel rollback`), 0 when the whole window stays healthy.
// Probes are real requests through the app: /api/health (the process),
// /api/ready (database and migrations) and /api/openapi.json (a rendered
// route), so a broken database or a crashing build both show as errors.
import { parseArgs } from "node:util";
import { DEFAULT_THRESHOLDS, evaluate, type Sample, type Thresholds } from "../lib/telemetry/health-watch";

const PROBES = ["/api/health", "/api/ready", "/api/openapi.json"];

export type WatchOptions = {
  minutes: number;
  intervalMs: number;
  thresholds: Thresholds;
  bypassSecret?: string;
  log?: (line: string) => void;
};

async function probe(url: URL, bypassSecret: string | undefined): Promise<Sample> {
  const started = performance.now();
  const at = Date.now();
  try {
    const response = await fetch(url, {
      headers: {
        "cache-control": "no-cache",
        ...(bypassSecret ? { "x-vercel-protection-bypass": bypassSecret } : {}),
      },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    // 4xx is an answer (the app is up and refusing); 5xx and 503-not-ready are faults.
    return { ok: response.status < 500, ms: performance.now() - started, at };
  } catch {
    return { ok: false, ms: performance.now() - started, at };
  }
}

/** Resolves true when healthy for the whole window, false at the first unhealthy verdict. */
export async function watch(baseUrl: string, options: WatchOptions): Promise<boolean> {
  const say = options.log ?? ((line: string) => console.log(line));
  const samples: Sample[] = [];
  const deadline = Date.now() + options.minutes * 60_000;
  let round = 0;
  while (Date.now() < deadline) {
    const results = await Promise.all(PROBES.map((p) => probe(new URL(p, baseUrl), options.bypassSecret)));
    samples.push(...results);
    const verdict = evaluate(samples, options.thresholds);
    round += 1;
    if (round % 10 === 0 || verdict.status === "unhealthy") {
      say(
        `${verdict.samples} probes, errors ${(verdict.errorRate * 100).toFixed(1)}%, p95 ${Math.round(verdict.p95Ms)} ms: ${verdict.status}`,
      );
    }
    if (verdict.status === "unhealthy") {
      say(`UNHEALTHY: ${verdict.reasons.join("; ")}`);
      return false;
    }
    await new Promise((r) => setTimeout(r, options.intervalMs));
  }
  const final = evaluate(samples, { ...options.thresholds, minSamples: 0 });
  say(
    `healthy for ${options.minutes} min: ${final.samples} probes, errors ${(final.errorRate * 100).toFixed(1)}%, p95 ${Math.round(final.p95Ms)} ms`,
  );
  return final.status === "healthy";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      minutes: { type: "string", default: "5" },
      "interval-ms": { type: "string", default: "1000" },
      "max-error-rate": { type: "string", default: String(DEFAULT_THRESHOLDS.maxErrorRate) },
      "max-p95-ms": { type: "string", default: String(DEFAULT_THRESHOLDS.maxP95Ms) },
      "min-samples": { type: "string", default: String(DEFAULT_THRESHOLDS.minSamples) },
    },
  });
  const url = positionals[0];
  const numbers = [
    values.minutes,
    values["interval-ms"],
    values["max-error-rate"],
    values["max-p95-ms"],
    values["min-samples"],
  ].map(Number);
  if (!url || numbers.some((n) => !Number.isFinite(n) || n < 0)) {
    console.error(
      "usage: npm run deploy-watch -- URL [--minutes 5] [--max-error-rate 0.05] [--max-p95-ms 1500]",
    );
    process.exit(2);
  }
  const [minutes = 5, intervalMs = 1000, maxErrorRate = 0.05, maxP95Ms = 1500, minSamples = 20] = numbers;
  watch(url, {
    minutes,
    intervalMs,
    thresholds: { maxErrorRate, maxP95Ms, minSamples },
    bypassSecret: process.env.VERCEL_AUTOMATION_BYPASS_SECRET || undefined,
  }).then(
    (healthy) => process.exit(healthy ? 0 : 1),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
