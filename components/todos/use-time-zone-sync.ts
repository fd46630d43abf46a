"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "./api-client";
import { preferencesQuery } from "./queries";
import { queryKeys } from "./query-keys";

/** The browser's IANA time zone. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// "Today" and "overdue" are computed in the user's zone. Until the person
// picks a zone in Settings, the stored zone follows the device they use
// (the default "UTC" means nobody chose one); a chosen zone is left alone.
export function useTimeZoneSync() {
  const client = useQueryClient();
  const { data: prefs } = useQuery(preferencesQuery());
  useEffect(() => {
    const zone = browserTimeZone();
    if (!prefs || prefs.timeZone === zone || prefs.timeZone !== "UTC") return;
    api.updatePreferences({ timeZone: zone }).then((updated) => {
      client.setQueryData(queryKeys.preferences(), updated);
      return client.invalidateQueries({ queryKey: queryKeys.todos() });
    });
  }, [prefs, client]);
}
