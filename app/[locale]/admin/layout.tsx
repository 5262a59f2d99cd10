import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { ADMIN_SECTIONS } from "@/components/admin/admin-sections";
import { requireAdmin } from "@/lib/auth/current-user";

// The back office: anyone but an admin gets the ordinary 404 page, with no hint that it exists. Every
// admin page, server action and route handler checks requireAdmin() again, and every lib/admin data
// function its viewer: a layout guards neither actions nor the pages Next renders beside it
// (tests/unit/admin-structure.test.ts).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Open before the second factor: its page is inside this layout, which shows no data (every page calls
  // requireAdmin() itself, and that requires the factor everywhere else).
  const admin = await requireAdmin({ beforeSecondFactor: true });
  // Without the factor, no menu: each of its links would only lead back to the second-factor page.
  if (!admin.secondFactor) return <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>;
  const t = await getTranslations("AdminShell");
  const items = ADMIN_SECTIONS.map((section) => ({ href: section.href, label: t(`sections.${section.key}`) }));
  // A menu that wraps above the page on a tablet, a column beside it on a laptop: tables keep their width.
  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8 lg:grid-cols-[13rem_1fr] lg:gap-8">
      <aside className="border-b border-line pb-4 lg:border-b-0 lg:border-r lg:pb-0 lg:pr-4">
        <p className="mb-3 font-serif text-lg font-semibold text-marine">{t("title")}</p>
        <AdminNav items={items} label={t("navLabel")} />
      </aside>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
