import { acceptInvitation, peekInvitation } from "@/db/queries/teams";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/http/route";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { invitationLinkPath } from "@/lib/sharing/links";
import { announceAccessChange } from "@/lib/sharing/notify";

type Params = { token: string };

// GET /api/invitations/:token - the team an open invitation leads to
export const GET = authedRoute<Params>(async ({ params, db }) => {
  const { teamName, invitation } = await peekInvitation(db, { token: params.token });
  return { teamName, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() };
});

// POST /api/invitations/:token - accept (once) and join the team; guests must sign up first
export const POST = authedRoute<Params>(async ({ params, user, db }) => {
  if (user.isAnonymous) {
    const next = encodeURIComponent(invitationLinkPath(params.token));
    throw new AppError("unauthorized", "Sign up or sign in to join the team", {
      signUp: `/signup?next=${next}`,
    });
  }
  await requireTeamCollaboration(db, user);
  const { teamId, affectedUserIds } = await acceptInvitation(db, { userId: user.id, token: params.token });
  announceAccessChange([user.id, ...affectedUserIds]);
  return { teamId };
});
