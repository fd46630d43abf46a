import { z } from "zod";
import { writeImport } from "@/db/queries/export-import";
import { getPreferences } from "@/db/queries/users";
import { localDateTimeOf } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors";
import { readQuery } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { parseOwnJson } from "@/lib/import/json";
import { readImportText } from "@/lib/import/read-body";
import { parseTodoistCsv } from "@/lib/import/todoist";
import { announceListChange } from "@/lib/realtime/announce";

const importQuery = z.strictObject({
  format: z.enum(["todoist", "json"]).optional(),
  list: z.string().trim().min(1).max(80).optional().describe("The list a Todoist project goes into"),
});

// POST /api/import[?format=todoist|json&list=<name>] - a Todoist CSV export or our JSON export (raw body).
// Everything is checked first; any problem answers 422 with [{line, message}] and nothing is written.
export const POST = authedRoute(
  async ({ request, user, db }) => {
    const query = readQuery(request, importQuery);
    const type = request.headers.get("content-type") ?? "";
    const format = query.format ?? (/json/i.test(type) ? "json" : "todoist");
    const text = await readImportText(request);
    if (!text.trim())
      throw new AppError("bad_request", "The file is empty", {
        errors: [{ line: 1, message: "The file is empty" }],
      });
    const prefs = await getPreferences(db, { userId: user.id });
    const result =
      format === "json"
        ? parseOwnJson(text)
        : parseTodoistCsv(text, {
            now: localDateTimeOf(new Date(), prefs.timeZone),
            timeZone: prefs.timeZone,
          });
    if (!result.ok) {
      const first = result.errors[0];
      throw new AppError(
        "validation_failed",
        `Nothing was imported: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"}${first ? ` (line ${first.line}: ${first.message})` : ""}`,
        { errors: result.errors },
      );
    }
    if (format === "todoist")
      for (const list of result.plan.lists) list.name = query.list ?? "Todoist import";
    const written = await writeImport(db, { userId: user.id, plan: result.plan });
    for (const listId of written.listIds) announceListChange([user.id], listId);
    return Response.json({ imported: written }, { status: 201 });
  },
  { rateLimit: "migration" },
);
