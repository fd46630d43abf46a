import { z } from "zod";
import { exportEverything, exportList } from "@/db/queries/export-import";
import { buildVtodoCalendar } from "@/lib/calendar/vtodo";
import { todosToCsv } from "@/lib/export/csv";
import { readQuery } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { idSchema } from "@/lib/todos/schemas";

const exportQuery = z.strictObject({
  list: idSchema.optional(),
  format: z.enum(["json", "ics", "csv"]).default("json"),
});

const fileName = (name: string, ext: string) =>
  `${
    name
      .replace(/[^\p{L}\p{N} _-]/gu, "")
      .trim()
      .slice(0, 60) || "voice-todo"
  }.${ext}`;

function download(body: string, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${encodeURIComponent(name)}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "cache-control": "no-store",
    },
  });
}

// GET /api/export[?list=<id>&format=json|ics|csv] - everything the user owns as JSON, or one list as VTODOs or CSV
export const GET = authedRoute(async ({ request, user, db }) => {
  const query = readQuery(request, exportQuery);
  if (!query.list) {
    const file = await exportEverything(db, { userId: user.id });
    return download(`${JSON.stringify(file, null, 2)}\n`, "application/json", "voice-todo-export.json");
  }
  const list = await exportList(db, { userId: user.id, listId: query.list });
  if (query.format === "ics")
    return download(
      buildVtodoCalendar({ name: list.name, todos: list.todos }),
      "text/calendar",
      fileName(list.name, "ics"),
    );
  if (query.format === "csv") return download(todosToCsv(list.todos), "text/csv", fileName(list.name, "csv"));
  return download(`${JSON.stringify(list, null, 2)}\n`, "application/json", fileName(list.name, "json"));
});
