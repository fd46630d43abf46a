import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { FlagsProvider } from "@/components/flags/flags-provider";
import { getQueryClient } from "@/components/query-client";
import { SyncProvider } from "@/components/sync/sync-provider";
import { queryKeys, viewFromSearchParams } from "@/components/todos/query-keys";
import { TodoApp } from "@/components/todos/todo-app";
import { getAccount } from "@/db/queries/accounts";
import { getListsForUser } from "@/db/queries/lists";
import { getTodosForUser } from "@/db/queries/todos";
import { getPreferences } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { evaluateFlags } from "@/lib/flags";
import { toPreferencesDto } from "@/lib/preferences/schemas";

export const metadata: Metadata = { title: "Your lists · Voice Todo" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The app's one page: prefetches the view in the URL under the same query
// keys the client uses, so the first paint already shows the todos.
export default async function TodosPage({ searchParams }: Props) {
  const requested = viewFromSearchParams(await searchParams);
  const user = await requireUser();
  const db = await getDb();
  const queryClient = getQueryClient();
  // Flags are evaluated here, with the page, so the first paint already hides what is off.
  const [prefs, lists, account, flags] = await Promise.all([
    getPreferences(db, { userId: user.id }),
    getListsForUser(db, { userId: user.id }),
    user.isAnonymous ? undefined : getAccount(db, { userId: user.id }),
    evaluateFlags(db, user),
  ]);
  queryClient.setQueryData(queryKeys.lists(), lists);
  // Plain /todos opens the Inbox.
  const isHome = !requested.list && !requested.due && !requested.deleted && requested.status === "pending";
  const inbox = lists.find((l) => l.isDefault);
  const view = isHome && inbox ? { ...requested, list: inbox.id } : requested;
  await Promise.all([
    queryClient.prefetchQuery({
      queryKey: queryKeys.todoView(view),
      queryFn: () =>
        getTodosForUser(db, {
          userId: user.id,
          filter: { ...view, limit: 200 },
          timeZone: prefs.timeZone,
          weekStart: prefs.weekStart,
        }),
    }),
    queryClient.prefetchQuery({ queryKey: queryKeys.preferences(), queryFn: () => toPreferencesDto(prefs) }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <FlagsProvider flags={flags}>
        <SyncProvider userId={user.id} realtime={flags.real_time_sync}>
          <TodoApp
            view={view}
            account={
              account
                ? { name: account.name ?? account.email ?? "", isAdmin: account.role === "admin" }
                : null
            }
          />
        </SyncProvider>
      </FlagsProvider>
    </HydrationBoundary>
  );
}
