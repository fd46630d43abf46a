import { z } from "zod";
import { getCalendarFeed } from "@/db/queries/calendar";
import { buildCalendarFeed } from "@/lib/calendar/feed";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toErrorResponse } from "@/lib/http/errors";

export const dynamic = "force-dynamic";

type Params = { file: string };
const listQuery = z.uuid();

// GET /api/calendar/:secret.ics[?list=<id>] - the user's calendar feed (RFC 5545); the secret is the credential
export async function GET(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  try {
    const { file } = await context.params;
    const secret = /^(.+)\.ics$/.exec(file)?.[1];
    if (!secret) throw notFound("Calendar");
    const listParam = new URL(request.url).searchParams.get("list");
    const listId = listParam === null ? undefined : listQuery.safeParse(listParam).data;
    if (listParam !== null && !listId) throw notFound("List");
    const feed = await getCalendarFeed(await getDb(), { secret, listId });
    return new Response(buildCalendarFeed(feed), {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="voice-todo.ics"',
        // Private to whoever holds the URL; never kept by shared caches.
        "cache-control": "private, no-store",
        "x-robots-tag": "noindex",
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
