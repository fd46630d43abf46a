import { z } from "zod";
import { notFound } from "@/lib/errors";

/** A malformed id in a path names nothing: 404, like any unknown id. */
export function uuidParam(value: string | undefined, what: string): string {
  const parsed = z.uuid().safeParse(value);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}

/** A user id in a path (text ids: UUIDs from us, other shapes from older providers). */
export function userIdParam(value: string | undefined): string {
  const parsed = z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .safeParse(value);
  if (!parsed.success) throw notFound("Member");
  return parsed.data;
}
