// One autocannon run, summarised. autocannon's own histogram has no p95, so
// every response time is kept (a few tens of thousands per run) and the
// percentiles are taken here.
import { readFileSync } from "node:fs";
import autocannon, { type RequestData, type Result } from "autocannon";

export type LoadRequest = {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** Cookies to rotate through, one per request (many users instead of one growing list). */
  cookies?: string[];
};

export type LoadStats = {
  connections: number;
  durationS: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU time the server process spent per request (user + system), when /proc tells. */
  serverCpuMsPerRequest: number | null;
};

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)] ?? Number.NaN;
}

/** user + system CPU milliseconds of a process, from /proc (Linux only). */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

function rotate(cookies: string[]): (request: RequestData) => RequestData {
  let next = 0;
  return (request) => {
    request.headers.cookie = cookies[next % cookies.length] ?? "";
    next += 1;
    return request;
  };
}

export async function runLoad(
  request: LoadRequest,
  connections: number,
  durationS: number,
  serverPid?: number,
): Promise<LoadStats> {
  const latencies: number[] = [];
  const cpuBefore = cpuMs(serverPid);
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: request.method,
        headers: request.headers,
        body: request.body,
        connections,
        duration: durationS,
        timeout: 10,
        requests: request.cookies ? [{ setupRequest: rotate(request.cookies) }] : undefined,
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
  const cpuAfter = cpuMs(serverPid);
  const sorted = Float64Array.from(latencies).sort();
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = Number(count);
  const requests = sorted.length;
  return {
    connections,
    durationS: result.duration,
    requests,
    rps: result.duration > 0 ? requests / result.duration : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    serverCpuMsPerRequest:
      cpuBefore !== null && cpuAfter !== null && requests > 0 ? (cpuAfter - cpuBefore) / requests : null,
  };
}
