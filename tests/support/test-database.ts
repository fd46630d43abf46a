import postgres from "postgres";

// Each test run gets its own database on the server TEST_DATABASE_URL names,
// and drops it afterwards. Refuses anything but a local server: tests must
// never touch a real database.

export function assertLocal(url: string): void {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against non-local database host ${host}`);
  }
}

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

export async function createTestDatabase(baseUrl: string, prefix = "vt_test"): Promise<TestDatabase> {
  assertLocal(baseUrl);
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
