import { buildOpenApiDocument } from "@/lib/http/openapi";

export const dynamic = "force-static";

// GET /api/openapi.json - the API description, generated from the zod schemas
export function GET() {
  return Response.json(buildOpenApiDocument());
}
