import type { Metadata } from "next";
import { AcceptLink } from "@/components/sharing/accept-link";

export const metadata: Metadata = { title: "Team invitation · Voice Todo", robots: { index: false } };

// /invitations/:token - accept a team invitation (signed in; guests are sent to sign up first)
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="app narrow">
      <h1>Team invitation</h1>
      <AcceptLink kind="invitation" token={token} />
    </main>
  );
}
