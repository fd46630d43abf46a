import { z } from "zod";

// What travels over the real-time transports: a notice that something changed,
// never the changed data itself. Clients react by pulling through the sync
// endpoint, which checks access again, so an event that reaches someone a
// moment after they lost access tells them only that an id changed.

export const EVENT_TYPES = [
  "todo_created",
  "todo_updated",
  "todo_deleted",
  "list_changed",
  "voice_command_processed",
  "sync",
] as const;

export type RealtimeEventType = (typeof EVENT_TYPES)[number];

export type RealtimeEvent = {
  type: RealtimeEventType;
  id?: string;
  listId?: string;
  version?: number;
  /** The client that caused the change, so that client can skip its own echo. */
  origin?: string;
};

const shortText = z.string().min(1).max(200);

/** For events that arrive from another process (NOTIFY, Redis): a boundary like any other. */
export const realtimeEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  id: shortText.optional(),
  listId: shortText.optional(),
  version: z.number().int().optional(),
  origin: shortText.optional(),
});

// Ids go into Ably capabilities, where "*" is a wildcard: only plain ids may
// become channel names, so no id can widen what a token allows.
const CHANNEL_ID = /^[A-Za-z0-9_-]{1,100}$/;

function channelId(kind: string, id: string): string {
  if (!CHANNEL_ID.test(id)) throw new Error(`Not a valid ${kind} id for a channel name`);
  return id;
}

/** Everything addressed to one user: list access changes, preferences, their own devices. */
export const userChannel = (userId: string): string => `user:${channelId("user", userId)}`;

/** Changes to one list and its todos, for every member who can read it. */
export const listChannel = (listId: string): string => `list:${channelId("list", listId)}`;

/** user:<id> and list:<id> names only: what a subscriber may ask for at all. */
export function isChannelName(name: string): boolean {
  const match = /^(user|list):(.+)$/.exec(name);
  return match?.[2] !== undefined && CHANNEL_ID.test(match[2]);
}
