import { z } from "zod";
import { notFound } from "@/lib/errors";

/** A malformed id in a path is a todo or list that does not exist: 404, like any other unknown id. */
export function pathId(params: { id?: string }, what: "Todo" | "List"): string {
  const parsed = z.uuid().safeParse(params.id);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
