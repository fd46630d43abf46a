import { publish } from "@/lib/realtime";
import { announceListChange } from "@/lib/realtime/announce";
import { listChannel, userChannel } from "@/lib/realtime/events";

// After a membership change commits: everyone whose lists changed hears
// list_changed on their own channel (their streams re-check access, Ably
// clients fetch a new token, every device pulls: removedListIds for a lost
// list); the list's channel hears it too, so members still in see the new
// member list.

export function announceAccessChange(userIds: readonly string[], listId?: string): void {
  const unique = [...new Set(userIds)];
  if (listId) {
    announceListChange(unique, listId);
    void publish([listChannel(listId)], { type: "list_changed", listId });
  } else if (unique.length > 0) {
    void publish(unique.map(userChannel), { type: "list_changed" });
  }
}
