import "server-only";
import { type CurrentUser, requireUserFromRequest } from "@/lib/auth/current-user";
import { type Db, getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { toErrorResponse } from "./errors";
import { isCrossSiteWrite } from "./same-origin";

export type RouteContext<P> = { request: Request; params: P; user: CurrentUser; db: Db; requestId: string };

type NextContext<P> = { params: Promise<P> };

/**
 * Wraps every authenticated route handler: request id -> same-origin check ->
 * user -> handler -> JSON. A handler returns data (sent as 200 JSON) or a Response.
 */
export function authedRoute<P = Record<string, never>>(
  handler: (ctx: RouteContext<P>) => Promise<unknown>,
): (request: Request, context: NextContext<P>) => Promise<Response> {
  return async (request, context) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    const started = performance.now();
    let response: Response;
    try {
      // Bearer tokens are not ambient credentials: a cross-site page cannot send them.
      if (!request.headers.has("authorization") && isCrossSiteWrite(request))
        throw new AppError("forbidden", "Cross-site requests are not allowed");
      const user = await requireUserFromRequest(request);
      const params = await context.params;
      const result = await handler({ request, params, user, db: await getDb(), requestId });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    response.headers.set("x-request-id", requestId);
    log.debug("request", {
      requestId,
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return response;
  };
}

export type PublicRouteContext = { request: Request; requestId: string };

/** For the few routes that need no user (sign-up, sign-in): the same checks and error handling. */
export function publicRoute(
  handler: (ctx: PublicRouteContext) => Promise<unknown>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID();
    let response: Response;
    try {
      if (isCrossSiteWrite(request)) throw new AppError("forbidden", "Cross-site requests are not allowed");
      const result = await handler({ request, requestId });
      response = result instanceof Response ? result : Response.json(result);
    } catch (error) {
      response = toErrorResponse(error, requestId);
    }
    response.headers.set("x-request-id", requestId);
    return response;
  };
}
