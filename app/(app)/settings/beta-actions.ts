"use server";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { joinCohort, leaveCohort } from "@/db/queries/cohorts";
import { currentAccount } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { BETA_COHORT } from "@/lib/flags";
import { log } from "@/lib/log";

export type BetaState = { ok?: string; error?: string };

const betaInput = z.object({ choice: z.enum(["join", "leave"]) });

// Join or leave the beta cohort (as Todoist's beta toggle does). Accounts
// only: a guest's cohort would vanish with its cookie.
export async function setBetaAction(_prev: BetaState, form: FormData): Promise<BetaState> {
  const parsed = betaInput.safeParse({ choice: form.get("choice") });
  if (!parsed.success) return { error: "Choose to join or leave the beta." };
  const user = await currentAccount();
  if (!user) return { error: "Your session has ended. Sign in again to change your settings." };
  try {
    const db = await getDb();
    const params = { userId: user.id, cohort: BETA_COHORT };
    if (parsed.data.choice === "join") await joinCohort(db, params);
    else await leaveCohort(db, params);
  } catch (error) {
    unstable_rethrow(error);
    log.error("beta toggle failed", { userId: user.id, error });
    return { error: "Something went wrong on our side. Please try again." };
  }
  // Flags are evaluated with each page: both pages show the change at once.
  revalidatePath("/settings");
  revalidatePath("/todos");
  return { ok: parsed.data.choice === "join" ? "You joined the beta." : "You left the beta." };
}
