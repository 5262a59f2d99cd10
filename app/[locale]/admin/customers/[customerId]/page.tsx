import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CustomerConsents } from "@/components/admin/customers/customer-consents";
import { CustomerOrders } from "@/components/admin/customers/customer-orders";
import { CustomerPrivacy } from "@/components/admin/customers/customer-privacy";
import { CustomerTestimonials } from "@/components/admin/customers/customer-testimonials";
import { StatusBadge } from "@/components/admin/status-badge";
import { getCustomerProfile } from "@/lib/admin/customers";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

/** A customer's profile: account, orders, consents and subscriptions, testimonials; export and erasure (P14). */
export default async function CustomerProfilePage({
  params,
}: {
  params: Promise<{ locale: string; customerId: string }>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { customerId } = await params;
  const profile = await getCustomerProfile(db, admin, customerId);
  if (!profile) notFound();
  const t = await getTranslations("AdminCustomers");
  const format = await getFormatter();
  const { account } = profile;
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("profile.never");
  const details: [string, string][] = [
    [t("profile.email"), account.email],
    [t("profile.name"), account.name ?? t("profile.none")],
    [t("profile.phone"), account.phone ?? t("profile.none")],
    [t("profile.locale"), account.locale],
    [t("profile.verified"), account.emailVerified ? when(account.emailVerified) : t("profile.notVerified")],
    [t("profile.createdAt"), when(account.createdAt)],
    [t("profile.lastActiveAt"), when(account.lastActiveAt)],
    [t("profile.lastSeenAt"), when(account.lastSeenAt)],
    [
      t("profile.organizations"),
      account.organizations.length > 0
        ? account.organizations.map((o) => `${o.name} (${o.role})`).join(", ")
        : t("profile.none"),
    ],
  ];

  return (
    <div className="space-y-10">
      <header>
        <p className="text-sm">
          <Link href="/admin/customers" className="text-marine underline underline-offset-4">
            {t("backToSearch")}
          </Link>
        </p>
        <h1 className="mt-2 flex flex-wrap items-center gap-3 font-serif text-3xl font-semibold text-marine">
          {account.name ?? account.email}
          <StatusBadge tone={account.role === "admin" ? "info" : "neutral"} label={t(`roles.${account.role}`)} />
        </h1>
      </header>

      <section aria-labelledby="account-title">
        <h2 id="account-title" className="font-serif text-2xl font-semibold text-ink">
          {t("profile.title")}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {details.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <CustomerOrders orders={profile.orders} total={profile.ordersTotal} locale={locale} />
      <CustomerConsents consents={profile.consents} subscriptions={profile.subscriptions} />
      <CustomerTestimonials testimonials={profile.testimonials} />
      <CustomerPrivacy
        locale={locale}
        target={{ kind: "account", id: account.id }}
        exportHref={`/${locale}/admin/customers/${account.id}/export`}
        erasable={account.role !== "admin" && account.id !== admin.id}
      />
    </div>
  );
}
