// PostgreSQL error codes arrive on the driver's error or, wrapped by Drizzle, on its cause.
function pgCode(error: unknown): string | undefined {
  let e: unknown = error;
  while (e && typeof e === "object") {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (error: unknown) => pgCode(error) === "23505";
export const isCheckViolation = (error: unknown) => pgCode(error) === "23514";
