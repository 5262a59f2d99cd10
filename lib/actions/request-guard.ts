// The first gate of a server action request, in proxy.ts, for the two cases Next.js itself answers with a
// 500 before any action runs: an Origin that is not the shop's (Next compares it with Host and fails the
// request) and a body above the configured limit. A missing Origin is let through: Next only warns, and the
// action builder then refuses it with a typed answer ("origin").

/**
 * Must match `experimental.serverActions.bodySizeLimit` in next.config.ts: a 1 MB text still reaches the builder,
 * and so does a product photo of up to 5 MB (lib/admin/catalogue/images.ts) with its form.
 */
export const ACTION_BODY_LIMIT_BYTES = 6 * 1024 * 1024;

export type ActionRequestRefusal = { status: 400 | 403 | 413; reason: string };

export function refuseActionRequest(
  request: { method: string; headers: Pick<Headers, "get"> },
  allowedOrigins: readonly string[],
): ActionRequestRefusal | null {
  if (request.method !== "POST" || !request.headers.get("next-action")) return null;
  const origin = request.headers.get("origin");
  if (origin !== null && !allowedOrigins.includes(origin)) {
    return { status: 403, reason: "This form was not sent from the shop's own pages." };
  }
  const length = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, reason: "This request is too large." };
  }
  return null;
}

// ─────────────────────────── the reply's shape ───────────────────────────
// Next.js decodes an action's arguments (React's "reply": a JSON text, or a form whose part "0" is the root and
// whose other parts are referenced from it as "$<id>") before any action runs, and answers a reply that does not
// decode with a 500: not JSON, a root that is not the list of arguments, a reference to a part that is not there
// ("Connection closed"), a BigInt that is not one. React's own client never sends those; a hostile one does
// (tests/e2e/hostile-input.spec.ts). They are refused here with a 400 instead. References into an object's
// prototype are refused too (React refuses them itself since its fix of CVE-2025-55182; this is a second lock).

/** References that stand for a value in place ("$$" an escaped "$", "$D" a date, "$K" the form's own fields…). */
const INLINE_REFERENCE = /^\$(\$|D|u|I|-|N|T|H|K)/;
/** A reference's kind letter before the part's id ("$Q2" a Map, "$B1" a file…); without one, "$2" is the part. */
const REFERENCE_KIND = /^[@hQWiAOoUSsLlGgMmVBRrXx]$/;
const FORBIDDEN_PATH_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Whether a reply decodes: `root` is the root's text, `hasPart(id)` tells whether the form has part `id`
 * (always false for a JSON body, which has no other part), `partText(id)` the text of a model part.
 */
function replyDecodes(root: string, hasPart: (id: string) => boolean, partText: (id: string) => string | null) {
  const checked = new Set<string>();
  const modelDecodes = (text: string, mustBeList: boolean): boolean => {
    let model: unknown;
    try {
      model = JSON.parse(text);
    } catch {
      return false;
    }
    if (mustBeList && !Array.isArray(model)) return false;
    return valueDecodes(model);
  };
  const valueDecodes = (value: unknown): boolean => {
    if (typeof value === "string") return stringDecodes(value);
    if (Array.isArray(value)) return value.every(valueDecodes);
    if (value !== null && typeof value === "object") return Object.values(value).every(valueDecodes);
    return true;
  };
  const stringDecodes = (value: string): boolean => {
    if (!value.startsWith("$") || INLINE_REFERENCE.test(value)) return true;
    if (value[1] === "n") return /^-?\d{1,300}$/.test(value.slice(2));
    // "$@1", "$Q1", "$1:key:key"…: a part of this form (its id in hexadecimal), and a path within it.
    const [hexId = "", ...path] = value.slice(REFERENCE_KIND.test(value[1] ?? "") ? 2 : 1).split(":");
    const id = parseInt(hexId, 16);
    if (!/^[0-9a-f]+$/i.test(hexId) || !hasPart(String(id))) return false;
    if (path.some((key) => FORBIDDEN_PATH_KEYS.has(key))) return false;
    if (checked.has(String(id))) return true;
    checked.add(String(id));
    const text = partText(String(id));
    return text === null || modelDecodes(text, false);
  };
  return modelDecodes(root, true);
}

/** A 400 for a server action request whose arguments Next.js could not decode (see above); null otherwise. */
export async function refuseUndecodableReply(request: Request): Promise<ActionRequestRefusal | null> {
  if (request.method !== "POST" || !request.headers.get("next-action")) return null;
  const refusal = { status: 400, reason: "This request is not a form of the shop." } as const;
  const type = request.headers.get("content-type") ?? "";
  // A form posted without JavaScript (no Next-Action header) never gets here; one with it is a multipart reply.
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.clone().formData();
    } catch {
      return refusal;
    }
    const root = form.get("0");
    const partText = (id: string) => {
      const part = form.get(id);
      return typeof part === "string" ? part : null;
    };
    return typeof root === "string" && replyDecodes(root, (id) => form.has(id), partText) ? null : refusal;
  }
  const text = await request.clone().text();
  return replyDecodes(
    text,
    () => false,
    () => null,
  )
    ? null
    : refusal;
}

/**
 * Whether the path decodes: one with a broken escape ("/fr/product/%zz", the bytes of a lone surrogate
 * "%ED%A0%80") makes Next.js fail with a 500 while it matches the route.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
