// The parts of the run that are not HTTP load: which build is measured, and
// the voice parser's latency from bench/parse-latency.ts (another engineer's).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runToEnd } from "./servers";

export type BuildInfo = {
  buildId: string;
  builtAt: string;
  builtByThisRun: boolean;
  staleAgainstSources: boolean;
};

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|css|sql)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds when asked to (BENCH_BUILD=1) or when there is no build; says whether the build is stale. */
export async function prepareBuild(root: string, nextBin: string): Promise<BuildInfo> {
  const buildIdFile = path.join(root, ".next", "BUILD_ID");
  const mustBuild = process.env.BENCH_BUILD === "1" || !existsSync(buildIdFile);
  if (mustBuild) {
    console.error("building the app (next build)...");
    await runToEnd(nextBin, ["build"], 10 * 60_000);
  }
  const builtAt = statSync(buildIdFile).mtimeMs;
  const sources = ["app", "components", "db", "lib", "proxy.ts"].map((p) => path.join(root, p));
  const newest = Math.max(
    ...sources
      .filter((p) => existsSync(p))
      .map((p) => (statSync(p).isDirectory() ? newestSource(p) : statSync(p).mtimeMs)),
  );
  return {
    buildId: readFileSync(buildIdFile, "utf8").trim(),
    builtAt: new Date(builtAt).toISOString(),
    builtByThisRun: mustBuild,
    staleAgainstSources: newest > builtAt,
  };
}

export type ParseLatency = { p50: number; p95: number; p99: number; n: number };
export type ParseSection = ParseLatency | { skipped: string } | { error: string };

/** Skipped only when the file is missing; any other failure is reported as an error. */
export async function parseSection(root: string): Promise<ParseSection> {
  const file = path.join(root, "bench", "parse-latency.ts");
  if (!existsSync(file)) return { skipped: "bench/parse-latency.ts does not exist" };
  try {
    // A computed specifier: the file may not exist when this one is type-checked.
    const mod: unknown = await import(pathToFileURL(file).href);
    const run =
      typeof mod === "object" && mod !== null && "runParseLatencyBench" in mod
        ? mod.runParseLatencyBench
        : null;
    if (typeof run !== "function") throw new Error("it does not export runParseLatencyBench()");
    const result: unknown = await run();
    const fields = ["p50", "p95", "p99", "n"] as const;
    const values = fields.map((f) =>
      typeof result === "object" && result !== null ? Reflect.get(result, f) : undefined,
    );
    const [p50, p95, p99, n] = values;
    if (
      typeof p50 !== "number" ||
      typeof p95 !== "number" ||
      typeof p99 !== "number" ||
      typeof n !== "number"
    ) {
      throw new Error(`runParseLatencyBench() returned ${JSON.stringify(result)}, not {p50, p95, p99, n}`);
    }
    return { p50, p95, p99, n };
  } catch (error) {
    return { error: `bench/parse-latency.ts: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function describeParse(parse: ParseSection): string {
  if ("p50" in parse) return `n=${parse.n}: p50 ${parse.p50} ms, p95 ${parse.p95} ms, p99 ${parse.p99} ms`;
  if ("skipped" in parse) return `skipped: ${parse.skipped}`;
  return `FAILED: ${parse.error}`;
}
