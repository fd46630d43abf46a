import { getPreferences, updatePreferences } from "@/db/queries/users";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { toPreferencesDto, updatePreferencesInput } from "@/lib/preferences/schemas";

// GET /api/preferences - the caller's preferences
export const GET = authedRoute(async ({ user, db }) => ({
  preferences: toPreferencesDto(await getPreferences(db, { userId: user.id })),
}));

// PATCH /api/preferences - change preferences (time zone, language, theme...)
export const PATCH = authedRoute(async ({ request, user, db }) => {
  const patch = await readJson(request, updatePreferencesInput);
  return { preferences: toPreferencesDto(await updatePreferences(db, { userId: user.id, patch })) };
});
