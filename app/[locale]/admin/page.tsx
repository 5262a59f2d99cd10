import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readAdminDashboard } from "@/lib/admin/dashboard";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { robots: { index: false } };

/** Back-office home: the figures an admin checks first; the admin pages themselves come with the back-office issue. */
export default async function AdminHome() {
  // Checked here and in the data function, not only by the layout: Next renders a page and its layout in
  // parallel, so the layout's check does not stand between a visitor and this page's data.
  const admin = await requireAdmin();
  const t = await getTranslations("Admin");
  const { paidOrders, pendingOrders, unsentEmails } = await readAdminDashboard(db, admin);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {[
          [t("paidOrders"), paidOrders],
          [t("pendingOrders"), pendingOrders],
          [t("unsentEmails"), unsentEmails],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-line bg-white p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="mt-1 font-serif text-3xl text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-8">
        <Link href="/admin/legal-disclosures" className="font-medium text-marine underline underline-offset-4">
          {t("legalDisclosures.link")}
        </Link>
      </p>
    </>
  );
}
