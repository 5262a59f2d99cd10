import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { countUnsentEmails } from "@/lib/email/outbox";
import { countOrdersWithStatus } from "@/lib/orders/queries";

export const metadata: Metadata = { robots: { index: false } };

/** Back-office home: the figures an admin checks first; the admin pages themselves come with the back-office issue. */
export default async function AdminHome() {
  const t = await getTranslations("Admin");
  const [paid, pending, emails] = await Promise.all([
    countOrdersWithStatus(db, "paid"),
    countOrdersWithStatus(db, "pending"),
    countUnsentEmails(db),
  ]);
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {[
          [t("paidOrders"), paid],
          [t("pendingOrders"), pending],
          [t("unsentEmails"), emails],
        ].map(([label, value]) => (
          <div key={String(label)} className="rounded-lg border border-line bg-white p-4">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="mt-1 font-serif text-3xl text-ink">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
