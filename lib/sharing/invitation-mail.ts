import type { MailMessage } from "@/lib/mail";

/** The email a team invitation sends (through lib/mail, like beta invitations). */
export function teamInvitationMail(params: {
  to: string;
  teamName: string;
  inviterName: string;
  url: string;
  expiresAt: Date;
}): MailMessage {
  const until = params.expiresAt.toUTCString();
  const text = [
    `${params.inviterName} invited you to the team "${params.teamName}" on Voice Todo.`,
    "",
    `Join: ${params.url}`,
    "",
    `The link works once and until ${until}. Sign in (or sign up) with any account to accept.`,
  ].join("\n");
  return { to: params.to, subject: `Join "${params.teamName}" on Voice Todo`, text };
}
