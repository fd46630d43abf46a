"use client";

import { createContext, type ReactNode, useContext } from "react";
import { defaultFlags, type FlagName, type Flags } from "@/lib/flags/registry";

// Flags are evaluated on the server for the request and passed down as props:
// the first paint already has them (no flicker, no client fetch). Outside a
// provider every flag reads as its default, off.

const FlagsContext = createContext<Flags>(defaultFlags());

export function FlagsProvider({ flags, children }: { flags: Flags; children: ReactNode }) {
  return <FlagsContext.Provider value={flags}>{children}</FlagsContext.Provider>;
}

export function useFlag(flag: FlagName): boolean {
  return useContext(FlagsContext)[flag];
}

export function useFlags(): Flags {
  return useContext(FlagsContext);
}
