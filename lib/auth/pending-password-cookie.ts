import "server-only";
// The cookie of lib/auth/pending-password.ts in a Next.js request: written by the sign-up and sign-in forms,
// read where a link verifies an address (the verification page, Auth.js's link route).
import { cookies } from "next/headers";
import { getEnv } from "@/lib/env";
import { isHttps } from "@/lib/security/csp";
import { pendingPasswordCookieName } from "./cookie-names";
import { PENDING_PASSWORD_DAYS, type BrowserProof } from "./pending-password";

const https = () => isHttps(getEnv());

/** The proof this browser carries, if any. */
export async function readPendingPasswordProof(): Promise<string | null> {
  return (await cookies()).get(pendingPasswordCookieName(https()))?.value ?? null;
}

/** The proof with the secret it is checked against, for lib/auth/pending-password.ts. */
export async function browserProof(): Promise<BrowserProof> {
  return { proof: await readPendingPasswordProof(), secret: getEnv().COOKIE_SECRET };
}

/** Strictly necessary (P17): it protects the account being created; it lasts as long as an unverified account. */
export async function writePendingPasswordProof(proof: string): Promise<void> {
  (await cookies()).set(pendingPasswordCookieName(https()), proof, {
    httpOnly: true,
    sameSite: "lax",
    secure: https(),
    path: "/",
    maxAge: PENDING_PASSWORD_DAYS * 86_400,
  });
}
