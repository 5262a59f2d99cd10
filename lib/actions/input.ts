// What a server action was posted, as a plain object its zod schema can parse. A server action is a public
// POST endpoint: anything may arrive (a JSON body where a form is expected, `__proto__` keys, megabytes of
// text). This reader never throws: it either returns plain data within limits or refuses the whole input.
// One exception: a form's text field over the length limit, or holding a NUL character (which PostgreSQL cannot
// store), is set aside and named (`tooLong`, `unstorable`), so that the action answers on that field and gives
// back the rest of what was typed (a long message pasted into a form).

export const INPUT_LIMITS = {
  /** fields of one form, or keys of one object (all levels together) */
  fields: 200,
  /** characters of one text value: far above any field's own maximum, far below a flood */
  textLength: 20_000,
  /** nesting of objects and arrays ("shipping.postalCode" is 2) */
  depth: 4,
  /** characters of a value sent back to the form after a refusal */
  echoedLength: 2_000,
} as const;

/** Keys that would reach an object's prototype, and Next's own fields of a form posted without JavaScript. */
const isForbiddenKey = (key: string) => key === "__proto__" || key === "constructor" || key === "prototype";
const isFrameworkField = (key: string) => key.startsWith("$ACTION");

export type PostedData = {
  /** what the schema parses: nested by the dots of the input names ("shipping.city") */
  data: Record<string, unknown>;
  /** the text fields as typed, by input name, to send back when the action refuses */
  typed: Record<string, string>;
  /** form fields longer than INPUT_LIMITS.textLength: left out of `data`, the action refuses them by name */
  tooLong: string[];
  /** form fields holding a NUL character, which PostgreSQL cannot store in text: left out and refused likewise */
  unstorable: string[];
};

/**
 * Reads a FormData, or (when `acceptObjects`) a plain object as the browser's code would send it. Null when
 * the input is of the wrong kind or breaks a limit: the action answers "invalid" without looking further.
 */
export function readPosted(
  posted: unknown,
  acceptObjects: boolean,
  fileFields: readonly string[] = [],
): PostedData | null {
  if (posted instanceof FormData) return readForm(posted, fileFields);
  if (posted === undefined && acceptObjects)
    return { data: Object.create(null), typed: Object.create(null), tooLong: [], unstorable: [] };
  if (!acceptObjects || !isPlainObject(posted)) return null;
  const budget = { fields: INPUT_LIMITS.fields };
  const data = copyPlain(posted, 1, budget);
  if (data === REFUSED) return null;
  const typed: Record<string, string> = Object.create(null);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (typeof value === "string" || typeof value === "number") typed[key] = echo(String(value));
  }
  return { data: data as Record<string, unknown>, typed, tooLong: [], unstorable: [] };
}

function readForm(form: FormData, fileFields: readonly string[]): PostedData | null {
  const data: Record<string, unknown> = Object.create(null);
  const typed: Record<string, string> = Object.create(null);
  const tooLong: string[] = [];
  const unstorable: string[] = [];
  let fields = 0;
  for (const [name, value] of form.entries()) {
    if (isFrameworkField(name)) continue;
    if (++fields > INPUT_LIMITS.fields) return null;
    const path = name.split(".");
    if (path.length > INPUT_LIMITS.depth || path.some((key) => key === "" || isForbiddenKey(key))) return null;
    // A file only where the action names one (an image upload); never echoed back.
    if (typeof value !== "string") {
      if (!fileFields.includes(name) || !setPath(data, path, value)) return null;
      continue;
    }
    typed[name] = echo(value);
    // Longer than any form needs: never parsed, but answered on its field with the rest given back (the
    // server action body limit bounds the whole request).
    if (value.length > INPUT_LIMITS.textLength) tooLong.push(name);
    // PostgreSQL refuses a NUL in text (the whole statement fails): answered on the field, like a text too long.
    else if (value.includes(NUL)) unstorable.push(name);
    else if (!setPath(data, path, value)) return null;
  }
  return { data, typed, tooLong, unstorable };
}

/** Sets data.a.b = value for the path ["a", "b"]; a repeated name collects its values in an array. */
function setPath(data: Record<string, unknown>, path: string[], value: string | File): boolean {
  let target = data;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (next === undefined) target = target[key] = Object.create(null) as Record<string, unknown>;
    else if (isPlainObject(next)) target = next;
    else return false; // "a" and "a.b" in one form: ambiguous, refused
  }
  const last = path[path.length - 1]!;
  const existing = target[last];
  if (existing === undefined) target[last] = value;
  else if (typeof existing === "string") target[last] = [existing, value];
  else if (Array.isArray(existing)) existing.push(value);
  else return false;
  return true;
}

const REFUSED = Symbol("refused");
const NUL = "\u0000";

/** A copy of JSON-like data on null-prototype objects, within the limits; REFUSED otherwise. */
function copyPlain(value: unknown, depth: number, budget: { fields: number }): unknown {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : REFUSED;
  if (typeof value === "string") return value.length > INPUT_LIMITS.textLength || value.includes(NUL) ? REFUSED : value;
  if (depth > INPUT_LIMITS.depth) return REFUSED;
  if (Array.isArray(value)) {
    if ((budget.fields -= value.length) < 0) return REFUSED;
    const items = value.map((item) => copyPlain(item, depth + 1, budget));
    return items.includes(REFUSED) ? REFUSED : items;
  }
  if (!isPlainObject(value)) return REFUSED;
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value)) {
    if (isForbiddenKey(key) || --budget.fields < 0) return REFUSED;
    const item = copyPlain(value[key], depth + 1, budget);
    if (item === REFUSED) return REFUSED;
    copy[key] = item;
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const echo = (text: string) => text.slice(0, INPUT_LIMITS.echoedLength);
