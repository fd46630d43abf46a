import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeamsPage } from "@/components/sharing/teams-page";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { teamCollaborationEnabled } from "@/lib/sharing/gate";

export const metadata: Metadata = { title: "Teams · Voice Todo" };

// /teams - the caller's teams: create, invite, roles, removal (behind team_collaboration)
export default async function Teams() {
  const user = await requireUser();
  if (!(await teamCollaborationEnabled(await getDb(), user))) notFound();
  return (
    <main className="app narrow">
      <Link href="/todos">
        <span aria-hidden="true">←</span> Back to my lists
      </Link>
      <h1>Teams</h1>
      {user.isAnonymous ? (
        <p>
          Teams are for accounts. <Link href="/signup?next=/teams">Create an account</Link> to make or join
          one.
        </p>
      ) : (
        <TeamsPage userId={user.id} />
      )}
    </main>
  );
}
