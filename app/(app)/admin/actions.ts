"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { AccountRow } from "@/db/queries/accounts";
import type { Db } from "@/lib/db";
import { setKillSwitch } from "@/lib/flags";
import { type InviteOutcome, inviteInputSchema, sendBetaInvitations } from "@/lib/invitations/send";
import { runLaunchMonitor } from "@/lib/launch-monitor/monitor";
import { log } from "@/lib/log";
import { currentAdmin } from "./require-admin";

export type AdminState = { ok?: string; error?: string };
export type InviteState = AdminState & { outcomes?: InviteOutcome[] };

const NOT_ALLOWED = "Only admins can do this.";
const SERVER_ERROR = "Something went wrong on our side. Please try again.";

/** Every admin action: the admin (re-checked from the database), then the work; failures as messages. */
async function withAdmin<S extends AdminState>(
  work: (ctx: { account: AccountRow; db: Db }) => Promise<S>,
): Promise<S | AdminState> {
  const admin = await currentAdmin();
  if (!admin) return { error: NOT_ALLOWED };
  try {
    return await work(admin);
  } catch (error) {
    unstable_rethrow(error);
    log.error("admin action failed", { error, userId: admin.account.id });
    return { error: SERVER_ERROR };
  }
}

/** The origin the admin reached the app at: the invitation links point there. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

export async function inviteAction(_state: InviteState, form: FormData): Promise<InviteState> {
  return withAdmin(async ({ account, db }) => {
    const parsed = inviteInputSchema.safeParse({ emails: form.get("emails") ?? "" });
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the addresses." };
    const outcomes = await sendBetaInvitations(db, {
      adminId: account.id,
      emails: parsed.data.emails,
      origin: await requestOrigin(),
    });
    revalidatePath("/admin");
    const sent = outcomes.filter((o) => o.status === "sent" || o.status === "queued").length;
    return { ok: `${sent} of ${outcomes.length} invited.`, outcomes };
  });
}

const switchInput = z.object({
  enabled: z.enum(["on", "off"]),
  reason: z.string().trim().max(300).default(""),
});

/** The voice_commands kill switch by hand: pulled in an emergency, or put back on after the monitor pulled it. */
export async function setVoiceAction(_state: AdminState, form: FormData): Promise<AdminState> {
  return withAdmin(async ({ account, db }) => {
    const { enabled, reason } = switchInput.parse({
      enabled: form.get("enabled"),
      reason: form.get("reason") ?? undefined,
    });
    await setKillSwitch(db, {
      flag: "voice_commands",
      enabled: enabled === "on",
      reason: reason || (enabled === "on" ? "turned back on by an admin" : "turned off by an admin"),
      setBy: `admin:${account.id}`,
    });
    revalidatePath("/admin");
    return { ok: enabled === "on" ? "Voice commands are back on." : "Voice commands are off for everyone." };
  });
}

export async function runMonitorAction(_state: AdminState): Promise<AdminState> {
  return withAdmin(async ({ db }) => {
    const { status, actions } = await runLaunchMonitor(db);
    revalidatePath("/admin");
    revalidatePath("/analytics");
    return { ok: `Launch monitor: ${status}${actions.length ? ` (${actions.length} actions)` : ""}.` };
  });
}
