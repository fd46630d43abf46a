// What the benchmark prints and judges: the table, the app/floor ratios, the
// issue's targets and the machine it ran on.
import os from "node:os";
import type { LoadStats } from "./load";

/** "app" as shipped (list reads cached); "app-uncached" with CACHE_TTL_SECONDS=0, the floor's equal. */
export type Target = "app" | "app-uncached" | "floor";
export type Scenario = "list" | "create";
export type Run = LoadStats & { target: Target; scenario: Scenario };

export type Ratio = {
  target: Target;
  scenario: Scenario;
  connections: number;
  p50: number;
  p95: number;
  rps: number;
};
export type Check = { name: string; limit: string; actual: string; pass: boolean };

export function machine() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cpuCount: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "-");
const pad = (cells: string[], widths: number[]) =>
  cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [pad(header, widths), rule, ...rows.map((r) => pad(r, widths))].join("\n");
}

export function runsTable(runs: Run[]): string {
  const header = ["server / scenario", "conns", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "requests"];
  header.push("errors", "non-2xx", "cpu ms/req");
  const rows = runs.map((r) => [
    `${r.target} ${r.scenario}`,
    String(r.connections),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    ms(r.max),
    r.rps.toFixed(0),
    String(r.requests),
    String(r.errors),
    String(r.non2xx),
    r.serverCpuMsPerRequest === null ? "-" : r.serverCpuMsPerRequest.toFixed(2),
  ]);
  return table(header, rows);
}

export function ratios(runs: Run[]): Ratio[] {
  const out: Ratio[] = [];
  for (const app of runs.filter((r) => r.target !== "floor")) {
    const floor = runs.find(
      (r) => r.target === "floor" && r.scenario === app.scenario && r.connections === app.connections,
    );
    if (!floor) continue;
    out.push({
      target: app.target,
      scenario: app.scenario,
      connections: app.connections,
      p50: app.p50 / floor.p50,
      p95: app.p95 / floor.p95,
      rps: app.rps / floor.rps,
    });
  }
  return out;
}

export function ratiosTable(list: Ratio[]): string {
  const rows = list.map((r) => [
    `${r.target} ${r.scenario}`,
    String(r.connections),
    `${r.p50.toFixed(1)}x`,
    `${r.p95.toFixed(1)}x`,
    `${r.rps.toFixed(2)}x`,
  ]);
  return table(["server / scenario", "conns", "p50 / floor", "p95 / floor", "req/s / floor"], rows);
}

/** The targets, judged on the app's runs only (both list variants). */
export function checks(runs: Run[]): Check[] {
  const find = (target: Target, scenario: Scenario, connections: number) =>
    runs.find((r) => r.target === target && r.scenario === scenario && r.connections === connections);
  const out: Check[] = [];
  const atMost = (
    name: string,
    run: Run | undefined,
    field: "p95" | "p99",
    limit: number,
    strict = false,
  ) => {
    const actual = run ? run[field] : Number.NaN;
    const pass = strict ? actual < limit : actual <= limit;
    out.push({ name, limit: `${strict ? "<" : "<="} ${limit} ms`, actual: `${ms(actual)} ms`, pass });
  };
  // A write empties the writer's cached reads, so the uncached list is what a user sees after each change.
  for (const [target, scenario, limit] of [
    ["app", "list", 25],
    ["app-uncached", "list", 25],
    ["app", "create", 35],
  ] as const) {
    atMost(`${target} ${scenario} p95 at 10 connections`, find(target, scenario, 10), "p95", limit);
    const name = `${target} ${scenario} p99 at 50 connections (no collapse)`;
    atMost(name, find(target, scenario, 50), "p99", 250, true);
  }
  for (const r of runs.filter((x) => x.target !== "floor")) {
    const failed = r.errors + r.non2xx;
    out.push({
      name: `${r.target} ${r.scenario} errors at ${r.connections} connections`,
      limit: "0",
      actual: String(failed),
      pass: failed === 0,
    });
  }
  return out;
}

export function checksTable(list: Check[]): string {
  const rows = list.map((c) => [c.pass ? "PASS" : "MISSED", c.name, c.limit, c.actual]);
  return table(["result", "target", "limit", "actual"], rows);
}
