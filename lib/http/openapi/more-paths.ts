import { z } from "zod";
import { createTokenInput, signInInput, signUpInput } from "@/lib/auth/schemas";
import { voiceLogRequest, voiceRequest } from "@/lib/commands/schemas";
import { syncRequest } from "@/lib/sync/protocol";
import { body, errors, idParam, ok } from "./helpers";

const object = (properties: Record<string, unknown>) => ({ type: "object", properties });

/** Accounts and personal API tokens (Authorization: Bearer vt_...). */
export function accountPaths() {
  return {
    "/api/signup": {
      post: {
        summary: "Create an account and sign in (a guest's todos come along)",
        requestBody: body(signUpInput),
        responses: {
          201: ok(object({ user: object({ id: {}, email: {}, name: {} }) }), "Created"),
          ...errors(400, 403, 409, 422, 429),
        },
      },
    },
    "/api/signin": {
      post: {
        summary: "Sign in with email and password (sets the session cookie)",
        requestBody: body(signInInput),
        responses: { 200: ok(object({ ok: { type: "boolean" } })), ...errors(400, 401, 422, 429) },
      },
    },
    "/api/tokens": {
      get: {
        summary: "The caller's API tokens (never the tokens themselves)",
        responses: { 200: ok(object({ tokens: { type: "array" } })), ...errors(401, 403) },
      },
      post: {
        summary: "Create a personal API token, shown once",
        requestBody: body(createTokenInput),
        responses: {
          201: ok(object({ token: object({ id: {}, name: {}, token: { type: "string" } }) }), "Created"),
          ...errors(401, 403, 422),
        },
      },
    },
    "/api/account": {
      delete: {
        summary: "Delete the signed-in account and all its data (the account's email confirms it)",
        responses: { 204: { description: "Deleted" }, ...errors(400, 401, 403, 422) },
      },
    },
    "/api/tokens/{id}": {
      parameters: [idParam],
      delete: {
        summary: "Revoke a token",
        responses: { 204: { description: "Revoked" }, ...errors(401, 404) },
      },
    },
  };
}

/** Voice commands for outside clients, the sync protocol and real time. */
export function voiceAndSyncPaths() {
  return {
    "/api/voice": {
      post: {
        summary: "Parse and carry out a spoken or typed command (en, es, de)",
        description:
          "Answers what it did: the commands, the todos changed and a sentence to show or speak. Deleting several todos or clearing completed ones needs a second request with confirm: true.",
        requestBody: body(voiceRequest),
        responses: {
          200: ok(
            object({
              commands: { type: "array" },
              needsConfirmation: { type: "boolean" },
              outcomes: { type: "array" },
              reply: { type: "string" },
              todos: { type: "array" },
            }),
          ),
          ...errors(400, 401, 413, 415, 422, 429),
        },
      },
    },
    "/api/voice/commands": {
      get: {
        summary: "The caller's recent voice commands",
        responses: { 200: ok(object({ commands: { type: "array" } })) },
      },
      post: {
        summary: "Record a command the app parsed and applied itself",
        requestBody: body(voiceLogRequest),
        responses: { 201: ok(object({ id: {} }), "Recorded"), ...errors(400, 422) },
      },
    },
    "/api/sync": {
      post: {
        summary:
          "Apply an ordered batch of commands once each (by uuid) and return every change since the sync token",
        requestBody: body(syncRequest),
        responses: {
          200: ok(
            object({
              syncToken: { type: "string" },
              fullSync: { type: "boolean" },
              syncStatus: { type: "object" },
              todos: { type: "array" },
              lists: { type: "array" },
              removedListIds: { type: "array" },
            }),
          ),
          ...errors(400, 401, 413, 415, 422, 429),
        },
      },
    },
    "/api/migrations/local-storage": {
      post: {
        summary: "Move the old app's localStorage payload into the caller's account (idempotent)",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: z.toJSONSchema(
                z.object({
                  todos: z.array(z.unknown()),
                  preferences: z.record(z.string(), z.unknown()).optional(),
                }),
              ),
            },
          },
        },
        responses: {
          200: ok(
            object({
              migratedTodos: { type: "integer" },
              failedTodos: { type: "integer" },
              errors: { type: "array" },
            }),
          ),
          ...errors(400, 413, 415, 429),
        },
      },
      get: {
        summary: "How many migrated todos the caller has (for the read-back)",
        responses: { 200: ok(object({ count: { type: "integer" } })) },
      },
    },
    "/api/realtime/token": {
      get: {
        summary: "An Ably token request for the caller's channels, or where the built-in event stream is",
        responses: { 200: { description: "OK" }, ...errors(401, 404) },
      },
    },
    "/api/realtime/stream": {
      get: {
        summary: "Server-Sent Events: notices that something changed (built-in transport)",
        responses: { 200: { description: "text/event-stream" }, ...errors(401, 404) },
      },
    },
  };
}
