// A full outbox batch (SYNC_MAX_COMMANDS commands, a todo_add can carry
// 10 000 characters of notes) is far above the JSON API's 64 KB; 1 MB keeps
// one request bounded while letting a client send batches of ~100 without
// thinking about their size.
export const SYNC_MAX_BODY_BYTES = 1024 * 1024;

// Sync commands commit in groups of this many: a commit waits for the disk
// (milliseconds each), so one per command makes pushing an outbox slow,
// while one per batch would hold locks and not-yet-visible versions for the
// whole batch (see PULL_OVERLAP in token.ts).
export const SYNC_COMMIT_GROUP = 25;
