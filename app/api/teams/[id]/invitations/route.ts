import { getAccount } from "@/db/queries/accounts";
import { inviteToTeam } from "@/db/queries/teams";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { sendMail } from "@/lib/mail";
import { requireTeamCollaboration } from "@/lib/sharing/gate";
import { teamInvitationMail } from "@/lib/sharing/invitation-mail";
import { absoluteUrl, invitationLinkPath } from "@/lib/sharing/links";
import { uuidParam } from "@/lib/sharing/params";
import { inviteInput } from "@/lib/sharing/schemas";

type Params = { id: string };

// POST /api/teams/:id/invitations - email a single-use, expiring invitation ({email, role}) (team owner)
export const POST = authedRoute<Params>(
  async ({ request, params, user, db }) => {
    await requireTeamCollaboration(db, user);
    const teamId = uuidParam(params.id, "Team");
    const input = await readJson(request, inviteInput);
    const invited = await inviteToTeam(db, { userId: user.id, teamId, ...input });
    const inviter = await getAccount(db, { userId: user.id });
    const mail = await sendMail(
      db,
      teamInvitationMail({
        to: input.email,
        teamName: invited.teamName,
        inviterName: inviter?.name || inviter?.email || "Someone",
        url: absoluteUrl(request, invitationLinkPath(invited.token)),
        expiresAt: invited.expiresAt,
      }),
    );
    return Response.json(
      { email: input.email, expiresAt: invited.expiresAt.toISOString(), mail: mail.status },
      { status: 201 },
    );
  },
  { rateLimit: "invites" },
);
