import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { currentAccount } from "@/lib/auth/current-user";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { oauthSignInAction, signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in · Voice Todo" };

type Props = { searchParams: Promise<{ next?: string }> };

export default async function Page({ searchParams }: Props) {
  const { next } = await searchParams;
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/todos";
  if (await currentAccount()) redirect(target);
  return (
    <AuthForm
      mode="signin"
      action={signInAction}
      next={target}
      oauth={enabledOAuthProviders()}
      oauthAction={oauthSignInAction}
    />
  );
}
