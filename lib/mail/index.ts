import { desc } from "drizzle-orm";
import { mailOutbox } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// One way to send mail: through SMTP when SMTP_URL is set (nodemailer),
// otherwise into the outbox table that the admin page shows. Every message is
// recorded either way, with its outcome, so that nothing is dropped silently.

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type MailResult = { id: string; status: "queued" | "sent" | "failed"; error?: string };

type Transport = { sendMail(message: MailMessage & { from: string }): Promise<unknown> };

let transport: Promise<Transport> | undefined;
async function smtpTransport(url: string): Promise<Transport> {
  transport ??= import("nodemailer").then((nodemailer) => nodemailer.createTransport(url));
  return transport;
}

export async function sendMail(db: DbOrTx, message: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = env();
  let status: MailResult["status"] = "queued";
  let error: string | undefined;
  if (SMTP_URL) {
    try {
      await (await smtpTransport(SMTP_URL)).sendMail({ ...message, from: MAIL_FROM });
      status = "sent";
    } catch (e) {
      status = "failed";
      error = e instanceof Error ? e.message : String(e);
      log.warn("mail not sent", { to: message.to, error: e });
    }
  }
  const [row] = await db
    .insert(mailOutbox)
    .values({
      ...message,
      html: message.html ?? null,
      transport: SMTP_URL ? "smtp" : "outbox",
      status,
      error: error ?? null,
      sentAt: status === "sent" ? new Date() : null,
    })
    .returning({ id: mailOutbox.id });
  if (!row) throw new Error("mail outbox insert returned nothing");
  return { id: row.id, status, ...(error ? { error } : {}) };
}

/** The latest mail, newest first, for the admin page. */
export async function getOutbox(db: DbOrTx, params: { limit?: number } = {}) {
  return db
    .select()
    .from(mailOutbox)
    .orderBy(desc(mailOutbox.createdAt))
    .limit(params.limit ?? 100);
}
