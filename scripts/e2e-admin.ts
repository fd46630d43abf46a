/** The browser tests' first admin: the e2e server starts with ADMIN_EMAILS set to it. */
export const E2E_ADMIN_EMAIL = "admin@e2e.voice-todo.test";
