import { cache } from "react";
import type { Db } from "@/lib/db/client";

/** The sections of "Mon compte", in menu order; `organization` shows only to organization members. */
export const ACCOUNT_SECTIONS = [
  { key: "overview", href: "/account" },
  { key: "profile", href: "/account/profile" },
  { key: "addresses", href: "/account/addresses" },
  { key: "orders", href: "/account/orders" },
  { key: "lists", href: "/account/lists" },
  { key: "interests", href: "/account/interests" },
  { key: "testimonials", href: "/account/testimonials" },
  { key: "preferences", href: "/account/preferences" },
  { key: "organization", href: "/account/organization" },
  { key: "security", href: "/account/security" },
  { key: "privacy", href: "/account/privacy" },
] as const;

export type AccountSection = (typeof ACCOUNT_SECTIONS)[number]["key"];

/**
 * The sections a user sees: `organization` only for members. Cached per request (React `cache`), so the
 * layout's menu and the overview page share one query.
 */
export const visibleAccountSections = cache(async (db: Db, userId: string) => {
  const isMember = (await db.organizationMember.count({ where: { userId } })) > 0;
  return ACCOUNT_SECTIONS.filter((section) => section.key !== "organization" || isMember);
});
