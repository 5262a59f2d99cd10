import "server-only";
// Named access checks (house style: authorize on the server, every time). A missing or forbidden user
// becomes a 404 for admin areas (no hint that they exist) and a redirect to sign-in for "Mon compte".
import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { auth } from "./auth";

export type CurrentUser = { id: string; email: string; role: "customer" | "admin"; sessionId: string };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return { id: session.user.id, email: session.user.email, role: session.user.role, sessionId: session.sessionId };
}

export async function requireUser(locale: Locale, returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`);
  return user;
}

export async function requireAdmin(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin") notFound();
  return user;
}
