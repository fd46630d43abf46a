// The floor for `npm run bench`: a bare node:http server answering
// GET /api/todos and POST /api/todos with the SQL the app sends, through the
// same driver (postgres.js) and the same pool size. Whatever the app costs on
// top of this is Next.js, zod, drizzle and our own code.
//
// db/queries cannot be imported here (they start with `import "server-only"`,
// which throws outside Next), so the statements below are the text drizzle
// generates for getTodosForUser, getPreferences, getDefaultListId,
// requireListAccess and createTodo, run the way drizzle runs them: unnamed
// (prepare: false), because drizzle only names statements built with .prepare().
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import postgres from "postgres";

const url = process.env.DATABASE_URL;
const port = Number(process.env.PORT ?? "0");
if (!url || !port) throw new Error("floor-server needs DATABASE_URL and PORT");

const sql = postgres(url, {
  max: Number(process.env.DATABASE_POOL_MAX ?? "10"),
  onnotice: () => {},
  prepare: true,
});
// Like drizzle: dates and timestamps arrive as text and are mapped in JS.
for (const type of [1184, 1082, 1083, 1114, 1182, 1185, 1115, 1231]) {
  sql.options.parsers[type] = (value: string) => value;
  sql.options.serializers[type] = (value: unknown) => value;
}
const run = (text: string, params: postgres.ParameterOrJSON<never>[]) =>
  sql.unsafe(text, params, { prepare: false });

const TODO_COLUMNS = `"id", "list_id", "created_by", "assignee_id", "completed_by", "title", "notes", "priority", "status", "due_date", "due_at", "time_zone", "recurrence", "recurrence_basis", "tags", "position", "created_at", "updated_at", "completed_at", "deleted_at", "version", "created_via", "voice_confidence", "voice_text", "location"`;

const USER_BY_TOKEN = `select "id", "is_anonymous" from "users" where "users"."guest_token_hash" = $1`;
const LIST_TODOS = `select ${TODO_COLUMNS} from "todos" where ("todos"."list_id" in (
    select lm.list_id from list_members lm where lm.user_id = $1
    union
    select lm.list_id from list_members lm join team_members tm on tm.team_id = lm.team_id where tm.user_id = $2
  ) and "todos"."deleted_at" is null and "todos"."status" = $3) order by "todos"."position" asc, "todos"."created_at" asc limit $4`;
const PREFERENCES = `select "user_id", "speech_language", "spoken_answers", "theme", "time_zone", "week_start", "hour12", "recurrence_basis", "extra", "updated_at" from "user_preferences" where "user_preferences"."user_id" = $1`;
const DEFAULT_LIST = `select "id" from "lists" where ("lists"."owner_id" = $1 and "lists"."is_default" = $2)`;
const LIST_ACCESS = `select "id", "is_default", "owner_id", (
    select lm.role from list_members lm
    left join team_members tm on tm.team_id = lm.team_id and tm.user_id = $1
    where lm.list_id = "lists"."id" and (lm.user_id = $2 or tm.user_id is not null)
    order by lm.role asc limit 1
  ) from "lists" where ("lists"."id" = $3 and "lists"."deleted_at" is null)`;
const INSERT_TODO = `insert into "todos" (${TODO_COLUMNS}) values (default, $1, $2, default, default, $3, $4, $5, default, $6, $7, $8, $9, $10, $11, coalesce((select max(position) from todos where list_id = $12 and deleted_at is null), 0) + 1024, default, default, default, default, default, $13, $14, $15, $16) returning ${TODO_COLUMNS}`;

// The app caches token hash -> user for five minutes; so does the floor.
const users = new Map<string, string>();

async function userId(req: IncomingMessage): Promise<string | undefined> {
  const token = /(?:^|;\s*)vt_guest=([A-Za-z0-9_-]{43})/.exec(req.headers.cookie ?? "")?.[1];
  if (!token) return undefined;
  const hash = createHash("sha256").update(token).digest("hex");
  const hit = users.get(hash);
  if (hit) return hit;
  const [row] = await run(USER_BY_TOKEN, [hash]);
  const id = row?.id;
  if (typeof id !== "string") return undefined;
  users.set(hash, id);
  return id;
}

type Row = Record<string, unknown>;
const iso = (v: unknown) => (typeof v === "string" ? new Date(v).toISOString() : null);

// The same JSON shape as toTodoDto, so that both servers send the same bytes.
function toDto(r: Row) {
  return {
    id: r.id,
    listId: r.list_id,
    title: r.title,
    notes: r.notes,
    priority: r.priority,
    status: r.status,
    dueDate: r.due_date,
    dueTime: null,
    dueAt: iso(r.due_at),
    timeZone: r.time_zone,
    recurrence: r.recurrence,
    recurrenceBasis: r.recurrence_basis,
    tags: r.tags,
    position: r.position,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    completedAt: iso(r.completed_at),
    deletedAt: iso(r.deleted_at),
    version: Number(r.version),
    createdVia: r.created_via,
    voiceText: r.voice_text,
    voiceConfidence: r.voice_confidence,
    location: r.location ?? null,
    createdBy: r.created_by,
    assigneeId: r.assignee_id,
    completedBy: r.completed_by,
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

async function listTodos(res: ServerResponse, user: string, query: URLSearchParams): Promise<void> {
  const limit = Math.min(Math.max(Number(query.get("limit") ?? "200") || 200, 1), 500);
  const rows = await run(LIST_TODOS, [user, user, "pending", limit]);
  send(res, 200, { todos: rows.map(toDto) });
}

async function createTodo(req: IncomingMessage, res: ServerResponse, user: string): Promise<void> {
  const body = await readBody(req);
  const title = typeof body === "object" && body !== null && "title" in body ? body.title : undefined;
  if (typeof title !== "string" || title.length < 1 || title.length > 500) {
    return send(res, 422, { error: { code: "validation_failed", message: "title" } });
  }
  const [prefs] = await run(PREFERENCES, [user]);
  const [list] = await run(DEFAULT_LIST, [user, true]);
  const listId = list?.id;
  if (!prefs || typeof listId !== "string") return send(res, 404, { error: { code: "not_found" } });
  const [access] = await run(LIST_ACCESS, [user, user, listId]);
  if (!access) return send(res, 404, { error: { code: "not_found" } });
  const tz = String(prefs.time_zone);
  const basis = String(prefs.recurrence_basis);
  const params = [listId, user, title, "", "medium", null, null, tz, null, basis, "{}", listId, "text"];
  const [row] = await run(INSERT_TODO, [...params, null, null, null]);
  if (!row) throw new Error("insert returned nothing");
  send(res, 201, { todo: toDto(row) });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? "/", "http://127.0.0.1");
  if (pathname === "/health") return send(res, 200, { status: "ok" });
  if (pathname !== "/api/todos") return send(res, 404, { error: { code: "not_found" } });
  const user = await userId(req);
  if (!user) return send(res, 401, { error: { code: "unauthorized" } });
  if (req.method === "GET") return listTodos(res, user, searchParams);
  if (req.method === "POST") return createTodo(req, res, user);
  send(res, 405, { error: { code: "method_not_allowed" } });
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, { error: { code: "internal" } });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1");

function stop(): void {
  server.close();
  server.closeAllConnections();
  sql.end({ timeout: 2 }).finally(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
