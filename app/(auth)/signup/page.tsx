import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentAccount } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { getDb } from "@/lib/db";
import { invitationForLink } from "@/lib/invitations/send";
import { oauthSignInAction, signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account · Voice Todo" };

type Props = { searchParams: Promise<{ next?: string; invite?: string }> };

export default async function Page({ searchParams }: Props) {
  const { next, invite } = await searchParams;
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/todos";
  if (await currentAccount()) redirect(target);
  // A beta invitation link (/signup?invite=...): the form carries the token when it is still usable.
  const invitation = invite ? await invitationForLink(await getDb(), invite) : undefined;
  return (
    <AuthForm
      mode="signup"
      action={signUpAction}
      next={target}
      oauth={enabledOAuthProviders()}
      oauthAction={oauthSignInAction}
      invitation={invitation}
    />
  );
}
