// Parse latency of the voice parser on every dev.jsonl utterance (after warm-up).
// Run: ./node_modules/.bin/tsx bench/parse-latency.ts  (writes bench/results/parse-latency.json)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseUtterance } from "../lib/voice/parse";
import type { ParseInput } from "../lib/voice/types";

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, "..", "..", "shared", "voice-commands", "dev.jsonl");
const RESULT = join(here, "results", "parse-latency.json");

export interface LatencyResult {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function runParseLatencyBench(rounds = 20, corpusPath = CORPUS): Promise<LatencyResult> {
  const inputs: ParseInput[] = readFileSync(corpusPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ParseInput);
  for (let i = 0; i < 3; i++) for (const input of inputs) parseUtterance(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      const start = performance.now();
      parseUtterance(input);
      samples.push(performance.now() - start);
    }
  samples.sort((a, b) => a - b);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
    n: samples.length,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runParseLatencyBench();
  mkdirSync(dirname(RESULT), { recursive: true });
  writeFileSync(
    RESULT,
    `${JSON.stringify({ ...result, unit: "ms", at: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(
    `parse latency over ${result.n} parses: p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms`,
  );
}
