import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES } from "./types";

/** The request body as text, refused (413) past the import limit without reading further. */
export async function readImportText(request: Request): Promise<string> {
  if (Number(request.headers.get("content-length") ?? "0") > MAX_IMPORT_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const tooLarge = () =>
  new AppError("payload_too_large", `An import may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
