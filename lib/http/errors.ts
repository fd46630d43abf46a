import { z } from "zod";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** Every route handler ends here: AppErrors become their status, anything else a logged 500. */
export function toErrorResponse(error: unknown, requestId?: string): Response {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return Response.json(body, { status: error.status, headers: error.headers });
  }
  if (error instanceof z.ZodError) return toErrorResponse(validationError(error), requestId);
  log.error("unhandled error", { requestId, error });
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again." } },
    { status: 500 },
  );
}

export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "Invalid input";
  return new AppError("validation_failed", message, { issues });
}
