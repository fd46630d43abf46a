import { acceptLinkShare, peekLinkShare } from "@/db/queries/link-shares";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { announceAccessChange } from "@/lib/sharing/notify";
import { acceptLinkShareInput } from "@/lib/sharing/schemas";

type Params = { token: string };

// GET /api/shares/:token - what a link opens (list name, role, whether a password is needed)
export const GET = authedRoute<Params>(async ({ params, user, db }) => {
  await requireTeamCollaboration(db, user);
  const { share, listName, needsPassword } = await peekLinkShare(db, { token: params.token });
  return { listName, role: share.role, needsPassword };
});

// POST /api/shares/:token - join the list through the link ({password?}); the caller becomes a member
export const POST = authedRoute<Params>(
  async ({ request, params, user, db }) => {
    await requireTeamCollaboration(db, user);
    const { password } = await readJson(request, acceptLinkShareInput);
    const joined = await acceptLinkShare(db, { userId: user.id, token: params.token, password });
    announceAccessChange([user.id, ...joined.affectedUserIds], joined.listId);
    return { listId: joined.listId, role: joined.role };
  },
  // Password guesses count against the sign-in limit.
  { rateLimit: "auth" },
);
