// The body of a beacon (navigator.sendBeacon): small JSON the browser sends without waiting for an answer.
import type { z } from "zod";

/** The body checked against its schema, or the HTTP status refusing it (too large, not JSON, not the shape). */
export async function readBeaconBody<T>(
  request: Request,
  schema: z.ZodType<T>,
  maxBytes: number,
): Promise<{ data: T } | { status: 400 | 413 }> {
  const body = await request.text();
  if (body.length > maxBytes) return { status: 413 };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400 };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { data: parsed.data } : { status: 400 };
}
