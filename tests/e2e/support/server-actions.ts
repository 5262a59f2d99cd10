// Calling a server action of the production build over HTTP, the way a hostile client would: any body, no
// page around it. The action is found in the build's manifest by its file and export name.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

type ManifestEntry = { filename?: string; exportedName?: string };

/** The id under which the build serves `exportedName` of `filename` ("app/[locale]/(shop)/cart/actions.ts"). */
export function serverActionId(filename: string, exportedName: string): string {
  const manifestPath = path.join(process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`${filename}#${exportedName} is not a server action of this build`);
  return found[0];
}

/**
 * Calls the action from the shop's own origin, on a page that uses it, with one argument encoded as React's
 * client does: a plain value as a JSON text, or a form (its fields first, then the root "0" naming it).
 */
export function postToAction(
  request: APIRequestContext,
  options: { baseURL: string; pagePath: string; actionId: string; argument: unknown } | FormCall,
) {
  const headers = { "next-action": options.actionId, accept: "text/x-component", origin: options.baseURL };
  if ("form" in options) {
    // A FormData keeps this order ("0" last), which a plain object would not (integer keys come first).
    const multipart = new FormData();
    for (const [name, value] of Object.entries(options.form)) multipart.append(`_1_${name}`, value);
    multipart.append("0", JSON.stringify(["$K1"]));
    return request.post(options.pagePath, { headers, multipart, maxRedirects: 0 });
  }
  return request.post(options.pagePath, {
    headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([options.argument]),
    maxRedirects: 0,
  });
}

type FormCall = { baseURL: string; pagePath: string; actionId: string; form: Record<string, string> };
