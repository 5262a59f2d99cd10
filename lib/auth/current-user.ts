import "server-only";
// Named access checks (house style: authorize on the server, every time). A missing or forbidden user
// becomes a 404 for admin areas (no hint that they exist) and a redirect to sign-in for "Mon compte".
// An admin whose session has not passed the second factor is sent to it (lib/auth/second-factor.ts).
import { notFound, redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { auth } from "./auth";

export type CurrentUser = {
  id: string;
  email: string;
  role: "customer" | "admin";
  sessionId: string;
  /** whether this session passed the admin's second factor */
  secondFactor: boolean;
};

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  if (!session?.user?.id || !session.user.email) return null;
  return {
    id: session.user.id,
    email: session.user.email,
    role: session.user.role,
    sessionId: session.sessionId,
    secondFactor: session.secondFactor === true,
  };
}

export async function requireUser(locale: Locale, returnTo?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`);
  return user;
}

/** Where an admin whose session has not passed the second factor is sent (to enrol, or to type a code). */
export const secondFactorPath = (locale: Locale) => `/${locale}/admin/second-factor`;

/**
 * An admin whose session passed the second factor; anyone else gets the 404, and an admin without it is sent
 * to the second-factor page. Only that page (and the layout around it, which shows no data) passes
 * `{ beforeSecondFactor: true }`. Route handlers outside the [locale] segment pass the `locale` to send to.
 */
export async function requireAdmin(
  options: { beforeSecondFactor?: boolean; locale?: Locale } = {},
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin") notFound();
  if (!user.secondFactor && !options.beforeSecondFactor) {
    const locale = options.locale ?? (await pageLocale());
    redirect(secondFactorPath(isLocale(locale) ? locale : "fr"));
  }
  return user;
}

/**
 * The locale of the page being rendered. Next.js 16 does not give a route handler its root params yet
 * (getLocale() throws there): a handler that can pass its locale does, otherwise the redirect is in French.
 */
async function pageLocale(): Promise<string> {
  try {
    return await getLocale();
  } catch {
    return "fr";
  }
}
