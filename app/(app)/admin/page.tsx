import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/admin/admin.module.css";
import { InviteForm } from "@/components/admin/invite-form";
import { InvitationsTable, OutboxList, ReportsList } from "@/components/admin/lists";
import { RunMonitorButton, VoiceSwitch } from "@/components/admin/monitor-controls";
import { AdminSection } from "@/components/admin/section";
import { AccountMenu } from "@/components/auth/account-menu";
import { listBetaInvitations } from "@/db/queries/invitations";
import { getLatestLaunchReports, getVoiceOverride } from "@/db/queries/launch-reports";
import { isEnabled } from "@/lib/flags";
import { MAX_ADDRESSES } from "@/lib/invitations/send";
import { INVITATION_TTL_DAYS } from "@/lib/invitations/token";
import { getOutbox } from "@/lib/mail";
import { currentAdmin } from "./require-admin";

export const metadata: Metadata = { title: "Admin · Voice Todo" };

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const format = (d: Date) => `${dateTime.format(d)} UTC`;

// Admins only: anyone else gets the same 404 as for a page that does not exist.
export default async function AdminPage() {
  const admin = await currentAdmin();
  if (!admin) notFound();
  const { account, db } = admin;
  const [invitations, outbox, reports, voiceOn, override] = await Promise.all([
    listBetaInvitations(db, { limit: 50 }),
    getOutbox(db, { limit: 20 }),
    getLatestLaunchReports(db, { limit: 10 }),
    isEnabled(db, { id: account.id }, "voice_commands"),
    getVoiceOverride(db),
  ]);
  const detail =
    override && !override.enabled
      ? `Turned off by ${override.setBy ?? "someone"} on ${format(override.updatedAt)}: ${override.reason ?? "no reason given"}.`
      : null;

  return (
    <div className="app">
      <header className="app-header">
        <Link href="/todos" className="brand">
          Voice Todo
        </Link>
        <AccountMenu account={{ name: account.name ?? account.email ?? "", isAdmin: true }} />
      </header>
      <main className={styles.page}>
        <Link href="/todos" className={styles.back}>
          <span aria-hidden="true">←</span> Back to my lists
        </Link>
        <h1 className={styles.title}>Admin</h1>
        <AdminSection
          id="invite"
          title="Invite to the beta"
          description={`Each address gets a single-use sign-up link, valid ${INVITATION_TTL_DAYS} days; signing up with it joins beta_users.`}
        >
          <InviteForm maxAddresses={MAX_ADDRESSES} />
        </AdminSection>
        <AdminSection
          id="voice"
          title="Voice commands kill switch"
          description="The launch monitor turns voice commands off when a launch metric is critical; they stay off until an admin turns them back on."
        >
          <VoiceSwitch enabled={voiceOn} detail={detail} />
        </AdminSection>
        <AdminSection
          id="reports"
          title="Launch reports"
          description="The latest runs of the launch monitor (every 15 minutes). Figures and charts are on the analytics page."
        >
          <RunMonitorButton />
          <ReportsList rows={reports} format={format} />
        </AdminSection>
        <AdminSection id="invitations" title="Invitations">
          <InvitationsTable rows={invitations} format={format} now={new Date()} />
        </AdminSection>
        <AdminSection
          id="outbox"
          title="Mail outbox"
          description="Every message the app sent or queued. Without SMTP_URL, mail stays here."
        >
          <OutboxList rows={outbox} format={format} />
        </AdminSection>
        <p className={styles.muted}>
          <Link href="/analytics">Analytics dashboard</Link>
        </p>
      </main>
    </div>
  );
}
