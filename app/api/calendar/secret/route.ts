import { disableCalendarFeed, hasCalendarFeed, regenerateCalendarSecret } from "@/db/queries/calendar";
import { authedRoute } from "@/lib/http/route";
import { absoluteUrl, calendarFeedPath } from "@/lib/sharing/links";

// GET /api/calendar/secret - whether the caller has a feed (the URL itself is only shown when made)
export const GET = authedRoute(async ({ user, db }) => ({
  enabled: await hasCalendarFeed(db, { userId: user.id }),
}));

// POST /api/calendar/secret - a new secret feed URL, shown once; the previous URL stops working
export const POST = authedRoute(async ({ request, user, db }) => {
  const secret = await regenerateCalendarSecret(db, { userId: user.id });
  return { url: absoluteUrl(request, calendarFeedPath(secret)) };
});

// DELETE /api/calendar/secret - turn the feed off
export const DELETE = authedRoute(async ({ user, db }) => {
  await disableCalendarFeed(db, { userId: user.id });
  return new Response(null, { status: 204 });
});
