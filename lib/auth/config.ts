import "server-only";
import { createHash } from "node:crypto";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq } from "drizzle-orm";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { z } from "zod";
import { findUserByEmail, getAccount, mergeGuestInto } from "@/db/queries/accounts";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { recordEvent } from "@/lib/analytics/events";
import { invalidateUser } from "@/lib/cache";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { dropGuestCookie } from "./current-user";
import { GUEST_COOKIE, isWellFormedGuestToken } from "./guest-token";
import { verifyPassword } from "./password";
import { authSecret } from "./secret";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, SESSION_RENEW_SECONDS } from "./session";

const credentialsInput = z.object({ email: z.email().max(320), password: z.string().min(1).max(200) });

/** Runs before the password check: rate limits per IP and per account are enforced by the callers. */
async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) throw new CredentialsSignin();
  const user = await findUserByEmail(await getDb(), { email: parsed.data.email });
  // Same work and same answer whether or not the email is registered.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
  if (!user?.passwordHash || !ok) throw new CredentialsSignin();
  return { id: user.id, email: user.email, name: user.name };
}

// A real argon2id hash of a random string: verifying against it costs what a real check costs.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$RwV2JWFsoatAt9o9YbV6IQ$ZHWhrA0awkTYnIGyd2BHtbkIoyMVtJu9iNr683GOVP8";

/** OAuth providers are switched on by their environment variables. */
export function oauthProviders(): Provider[] {
  const e = env();
  const providers: Provider[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    providers.push(
      GitHub({
        clientId: e.AUTH_GITHUB_ID,
        clientSecret: e.AUTH_GITHUB_SECRET,
        allowDangerousEmailAccountLinking: false,
      }),
    );
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  return providers;
}

/** After any sign-in, whatever the browser made as a guest moves into the account. */
async function adoptGuestData(userId: string) {
  const token = (await cookies()).get(GUEST_COOKIE)?.value;
  if (!isWellFormedGuestToken(token)) return;
  const db = await getDb();
  const hash = createHash("sha256").update(token).digest("hex");
  const [guest] = await db.select({ id: users.id }).from(users).where(eqGuest(hash));
  if (!guest || guest.id === userId) return;
  const { movedTodos } = await mergeGuestInto(db, { guestId: guest.id, userId });
  // The guest is gone: a later sign-out starts a fresh guest, not a pointer to a removed user.
  await dropGuestCookie();
  log.info("guest merged into account", { userId, movedTodos });
  await invalidateUser(userId);
}

const eqGuest = (hash: string) => and(eq(users.guestTokenHash, hash), eq(users.isAnonymous, true));

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth(async () => ({
  secret: authSecret(),
  trustHost: true,
  adapter: DrizzleAdapter(await getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_RENEW_SECONDS },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: authorizeCredentials,
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        const account = await getAccount(await getDb(), { userId: user.id });
        token.sub = user.id;
        token.sv = account?.sessionVersion ?? 0;
        token.authTime = Math.floor(Date.now() / 1000);
      }
      if (trigger === "update" && typeof (session as { sv?: unknown } | undefined)?.sv === "number") {
        token.sv = (session as { sv: number }).sv;
      }
      if (Date.now() / 1000 - Number(token.authTime ?? 0) > SESSION_ABSOLUTE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // OAuth sign-ups do not pass through signUp(): count them here for the launch metrics.
    async createUser({ user }) {
      if (user.id) {
        await recordEvent(await getDb(), {
          userId: user.id,
          name: "account_created",
          properties: { upgradedGuest: false, via: "oauth" },
        });
      }
    },
    async signIn({ user }) {
      if (user.id) await adoptGuestData(user.id);
    },
  },
}));
