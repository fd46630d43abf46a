import { AppError } from "@/lib/errors";
import type { CommandStatus } from "./protocol";

// How a command's failure reads in `syncStatus`. The client shows the
// message and drops the command, so only errors that a retry would repeat
// become a status here; anything unexpected is "internal" and, not being
// recorded, may succeed when the client retries.

/** Codes a command can end with besides the AppError ones. */
export type SyncOnlyCode = "deleted";

/** A refusal that belongs to the sync policy rather than to the data layer. */
export class SyncCommandError extends Error {
  readonly code: SyncOnlyCode;
  constructor(code: SyncOnlyCode, message: string) {
    super(message);
    this.name = "SyncCommandError";
    this.code = code;
  }
}

export const deletedError = (what: string) =>
  new SyncCommandError("deleted", `This ${what} was deleted; restore it first`);

const RECORDED_CODES = new Set(["not_found", "forbidden", "validation_failed", "conflict", "bad_request"]);

export const errorStatus = (code: string, message: string): CommandStatus => ({ error: { code, message } });

/** The status a failed command records, or undefined when the failure was unexpected. */
export function statusOfError(error: unknown): CommandStatus | undefined {
  if (error instanceof SyncCommandError) return errorStatus(error.code, error.message);
  if (error instanceof AppError && RECORDED_CODES.has(error.code)) {
    return errorStatus(error.code, error.message);
  }
  return undefined;
}

/** A recorded answer for a uuid; another user's uuid is refused without a hint of theirs. */
export function answerFor(stored: { userId: string; status: CommandStatus }, userId: string): CommandStatus {
  return stored.userId === userId ? stored.status : errorStatus("conflict", "duplicate command id");
}

export const INTERNAL_STATUS: CommandStatus = errorStatus(
  "internal",
  "Something went wrong on our side. Please try again.",
);
