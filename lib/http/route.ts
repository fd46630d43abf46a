import "server-only";
import { noteActivity } from "@/lib/analytics/activity";
import { recordRequest } from "@/lib/analytics/request-stats";
import { type CurrentUser, requireUserFromRequest } from "@/lib/auth/current-user";
import { invalidateUser } from "@/lib/cache";
import { type Db, getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  checkRateLimit,
  clientIp,
  type RateLimitPolicy,
  type RateLimitResult,
  rateLimitHeaders,
  rateLimitIdentifier,
} from "@/lib/rate-limit";
import { observeRequest } from "@/lib/telemetry/request";
import { toErrorResponse } from "./errors";
import { isCrossSiteWrite } from "./same-origin";

export type RouteContext<P> = { request: Request; params: P; user: CurrentUser; db: Db; requestId: string };
export type PublicRouteContext = { request: Request; requestId: string };

type NextContext<P> = { params: Promise<P> };
type RouteOptions = {
  /** Writes count against "writes" unless a route names its own policy; reads are not limited. */
  rateLimit?: RateLimitPolicy;
};

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Counts the request; throws 429 with the limit's headers when over it. */
export async function enforceRateLimit(
  policy: RateLimitPolicy,
  identifier: string,
): Promise<RateLimitResult> {
  const result = await checkRateLimit(policy, identifier);
  if (!result.allowed) {
    throw new AppError(
      "rate_limited",
      `You're going a little fast. Please wait ${result.retryAfterSeconds} seconds and try again.`,
      { retryAfterSeconds: result.retryAfterSeconds },
      rateLimitHeaders(result),
    );
  }
  return result;
}

/** Accounts are limited per user wherever they are; guests per address (per user when none is known). */
function identifierFor(user: CurrentUser, request: Request): string {
  const ip = clientIp(request.headers);
  return rateLimitIdentifier(user.isAnonymous && ip ? { ip } : { userId: user.id });
}

function finish(response: Response, requestId: string, limit: RateLimitResult | undefined): Response {
  response.headers.set("x-request-id", requestId);
  if (limit) for (const [k, v] of Object.entries(rateLimitHeaders(limit))) response.headers.set(k, v);
  return response;
}

/**
 * Wraps every authenticated route handler: request id -> same-origin check ->
 * user -> rate limit -> handler -> JSON -> cache invalidation after writes.
 * A handler returns data (sent as 200 JSON) or a Response.
 */
export function authedRoute<P = Record<string, never>>(
  handler: (ctx: RouteContext<P>) => Promise<unknown>,
  options: RouteOptions = {},
): (request: Request, context: NextContext<P>) => Promise<Response> {
  return async (request, context) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const started = performance.now();
    const isWrite = !READ_METHODS.has(request.method);
    let response: Response;
    let limit: RateLimitResult | undefined;
    let userId: string | undefined;
    try {
      // Bearer tokens are not ambient credentials: a cross-site page cannot send them.
      if (!request.headers.has("authorization") && isCrossSiteWrite(request)) {
        throw new AppError("forbidden", "Cross-site requests are not allowed");
      }
      const user = await requireUserFromRequest(request);
      userId = user.id;
      noteActivity(user.id);
      const policy = options.rateLimit ?? (isWrite ? "writes" : undefined);
      if (policy) limit = await enforceRateLimit(policy, identifierFor(user, request));
      const params = await context.params;
      const result = await handler({ request, params, user, db: await getDb(), requestId });
      response = result instanceof Response ? result : Response.json(result);
      // A user never sees their own change answered from a cache.
      if (isWrite && response.ok) await invalidateUser(user.id);
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    observeRequest({ requestId, request, status: response.status, started, userId });
    recordRequest({
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      ms: performance.now() - started,
    });
    return finish(response, requestId, limit);
  };
}

/** For the few routes that need no user (sign-up, sign-in): the same checks, limited per address. */
export function publicRoute(
  handler: (ctx: PublicRouteContext) => Promise<unknown>,
  options: { rateLimit: RateLimitPolicy },
): (request: Request) => Promise<Response> {
  return async (request) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const started = performance.now();
    let response: Response;
    let limit: RateLimitResult | undefined;
    try {
      if (isCrossSiteWrite(request)) throw new AppError("forbidden", "Cross-site requests are not allowed");
      limit = await enforceRateLimit(
        options.rateLimit,
        rateLimitIdentifier({ ip: clientIp(request.headers) }),
      );
      const result = await handler({ request, requestId });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    observeRequest({ requestId, request, status: response.status, started });
    recordRequest({
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      ms: performance.now() - started,
    });
    return finish(response, requestId, limit);
  };
}
