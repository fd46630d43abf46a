import type { CurrentUser } from "@/lib/auth/current-user";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isEnabled } from "@/lib/flags";

// Teams and sharing are behind team_collaboration: when it is off for the
// user, their routes answer 404, as for anything that does not exist.
// (The calendar feed and import/export are for everyone.)

export async function teamCollaborationEnabled(db: Db, user: CurrentUser): Promise<boolean> {
  return isEnabled(db, user, "team_collaboration");
}

export async function requireTeamCollaboration(db: Db, user: CurrentUser): Promise<void> {
  if (!(await teamCollaborationEnabled(db, user))) throw notFound("Page");
}
