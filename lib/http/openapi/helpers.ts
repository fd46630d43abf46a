import { z } from "zod";

// Small builders for OpenAPI objects from zod schemas.

export type JsonSchema = Record<string, unknown>;
export const input = (s: z.ZodType): JsonSchema =>
  z.toJSONSchema(s, { io: "input", unrepresentable: "any" }) as JsonSchema;
export const output = (s: z.ZodType): JsonSchema =>
  z.toJSONSchema(s, { io: "output", unrepresentable: "any" }) as JsonSchema;

export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: { type: "string" }, details: {} },
    },
  },
};

export const json = (schema: JsonSchema) => ({ content: { "application/json": { schema } } });
export const ok = (schema: JsonSchema, description = "OK") => ({ description, ...json(schema) });
export const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: "Error", ...json({ $ref: "#/components/schemas/Error" }) }]),
  );
export const body = (schema: z.ZodType) => ({ required: true, ...json(input(schema)) });
export const wrap = (key: string, ref: string) => ({ type: "object", properties: { [key]: { $ref: ref } } });
export const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };

export function queryParams(schema: z.ZodObject): unknown[] {
  const props = (input(schema).properties ?? {}) as Record<string, JsonSchema>;
  return Object.entries(props).map(([name, s]) => ({ name, in: "query", required: false, schema: s }));
}
