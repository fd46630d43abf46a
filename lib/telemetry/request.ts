import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { recordRequest, routeLabel } from "./metrics";

/**
 * One JSON log line and the latency/error metrics for an API request. Info in
 * production, where operators follow requests by their id; debug elsewhere so
 * that tests and development stay quiet.
 */
export function observeRequest(params: {
  requestId: string;
  request: Request;
  status: number;
  started: number;
  userId?: string;
}): void {
  const ms = Math.round(performance.now() - params.started);
  const path = new URL(params.request.url).pathname;
  const fields = {
    requestId: params.requestId,
    method: params.request.method,
    path,
    status: params.status,
    ms,
    ...(params.userId ? { userId: params.userId } : {}),
  };
  if (env().NODE_ENV === "production") log.info("request", fields);
  else log.debug("request", fields);
  recordRequest({ method: params.request.method, route: routeLabel(path), status: params.status, ms });
}
