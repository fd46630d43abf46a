import { preferencesDto, updatePreferencesInput } from "@/lib/preferences/schemas";
import {
  clearCompletedInput,
  createListInput,
  createTodoInput,
  listDto,
  reorderInput,
  todoDto,
  todoFilterSchema,
  updateListInput,
  updateTodoInput,
} from "@/lib/todos/schemas";
import { body, errorSchema, errors, idParam, ok, output, queryParams, wrap } from "./openapi/helpers";
import { accountPaths, voiceAndSyncPaths } from "./openapi/more-paths";

// The OpenAPI description is generated from the same zod schemas the routes
// validate with, so the document cannot disagree with the server.

export function buildOpenApiDocument() {
  const todo = "#/components/schemas/Todo";
  const list = "#/components/schemas/List";
  return {
    openapi: "3.1.0",
    info: {
      title: "Voice Todo API",
      version: "1.0.0",
      description:
        "JSON API of Voice Todo. Errors are {error: {code, message}}. State-changing requests from another site are refused.",
    },
    components: {
      schemas: {
        Todo: output(todoDto),
        List: output(listDto),
        Preferences: output(preferencesDto),
        Error: errorSchema,
      },
    },
    paths: {
      "/api/todos": {
        get: {
          summary: "List todos",
          parameters: queryParams(todoFilterSchema),
          responses: {
            200: ok({ type: "object", properties: { todos: { type: "array", items: { $ref: todo } } } }),
            ...errors(401, 422),
          },
        },
        post: {
          summary: "Create a todo",
          requestBody: body(createTodoInput),
          responses: { 201: ok(wrap("todo", todo), "Created"), ...errors(400, 401, 404, 409, 413, 415, 422) },
        },
      },
      "/api/todos/{id}": {
        parameters: [idParam],
        get: { summary: "Get a todo", responses: { 200: ok(wrap("todo", todo)), ...errors(401, 404) } },
        patch: {
          summary: "Update, complete or reopen a todo",
          requestBody: body(updateTodoInput),
          responses: { 200: ok(wrap("todo", todo)), ...errors(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        delete: {
          summary: "Move a todo to the trash",
          responses: { 200: ok(wrap("todo", todo)), ...errors(401, 403, 404) },
        },
      },
      "/api/todos/{id}/restore": {
        parameters: [idParam],
        post: {
          summary: "Restore a todo from the trash",
          responses: { 200: ok(wrap("todo", todo)), ...errors(401, 403, 404) },
        },
      },
      "/api/todos/reorder": {
        post: {
          summary: "Reorder a list's todos",
          requestBody: body(reorderInput),
          responses: {
            200: ok({ type: "object", properties: { reordered: { type: "integer" } } }),
            ...errors(400, 404, 422),
          },
        },
      },
      "/api/todos/clear-completed": {
        post: {
          summary: "Move completed todos to the trash",
          requestBody: body(clearCompletedInput),
          responses: {
            200: ok({
              type: "object",
              properties: { cleared: { type: "array", items: { type: "string" } } },
            }),
            ...errors(400, 404, 422),
          },
        },
      },
      "/api/lists": {
        get: {
          summary: "List the caller's lists",
          responses: {
            200: ok({ type: "object", properties: { lists: { type: "array", items: { $ref: list } } } }),
          },
        },
        post: {
          summary: "Create a list",
          requestBody: body(createListInput),
          responses: { 201: ok(wrap("list", list), "Created"), ...errors(400, 409, 413, 415, 422) },
        },
      },
      "/api/lists/{id}": {
        parameters: [idParam],
        patch: {
          summary: "Rename, recolor or move a list",
          requestBody: body(updateListInput),
          responses: { 200: ok(wrap("list", list)), ...errors(400, 403, 404, 409, 422) },
        },
        delete: {
          summary: "Delete a list (its todos go to the trash)",
          responses: { 204: { description: "Deleted" }, ...errors(403, 404, 409) },
        },
      },
      "/api/preferences": {
        get: {
          summary: "The caller's preferences",
          responses: { 200: ok(wrap("preferences", "#/components/schemas/Preferences")) },
        },
        patch: {
          summary: "Change preferences",
          requestBody: body(updatePreferencesInput),
          responses: {
            200: ok(wrap("preferences", "#/components/schemas/Preferences")),
            ...errors(400, 422),
          },
        },
      },
      ...accountPaths(),
      ...voiceAndSyncPaths(),
      "/api/health": {
        get: { summary: "Liveness", responses: { 200: { description: "The process answers" } } },
      },
      "/api/ready": {
        get: {
          summary: "Readiness: database reachable, migrations applied",
          responses: { 200: { description: "Ready" }, 503: { description: "Not ready" } },
        },
      },
    },
  };
}
