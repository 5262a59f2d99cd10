// Product photos uploaded in the back office, served from UPLOAD_DIR (lib/admin/catalogue/images.ts). Public, as
// the storefront shows them. Only names the upload itself makes are served (no "..", no hidden files, nothing
// outside the directory), with the type read from the bytes, never from the name; each file's name is random and
// never reused, so it is cached for a year.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { sniffImage } from "@/lib/admin/catalogue/image-sniff";
import { uploadedFilePath } from "@/lib/admin/catalogue/images";
import { getEnv } from "@/lib/env";

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  const relative = uploadedFilePath(`/media/${segments.join("/")}`);
  if (!relative) return notFound();
  const root = path.resolve(getEnv().UPLOAD_DIR);
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep)) return notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch {
    return notFound();
  }
  const image = sniffImage(bytes);
  if (!image) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": image.mime,
      "content-length": String(bytes.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}
