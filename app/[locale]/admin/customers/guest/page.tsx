import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { CustomerPrivacy } from "@/components/admin/customers/customer-privacy";
import { StatusBadge } from "@/components/admin/status-badge";
import { findGuestRecords, guestEmailSchema, holdsGuestData } from "@/lib/admin/customer-guest";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";

export const metadata: Metadata = { robots: { index: false } };

/** One kind of record held for the address: a titled list. */
function RecordSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="font-serif text-2xl font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * P14 for an address used without an account: its guest orders, subscriptions and contact messages, with the
 * export and the erasure. The address comes in the query (the request log never keeps a query string, P25).
 */
export default async function GuestCustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const raw = (await searchParams).email;
  const parsed = guestEmailSchema.safeParse(Array.isArray(raw) ? raw[0] : (raw ?? ""));
  if (!parsed.success) notFound();
  const records = await findGuestRecords(db, admin, parsed.data);
  const t = await getTranslations("AdminCustomers.guest");
  const tStatus = await getTranslations("AdminDashboard.orders.statuses");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });

  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/admin/customers" className="text-marine underline underline-offset-4">
            {t("backToSearch")}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold text-marine">{t("title", { email: records.email })}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>

      {records.accountId ? (
        <p className="text-sm">
          {t("hasAccount")}{" "}
          <Link href={`/admin/customers/${records.accountId}`} className="text-marine underline underline-offset-4">
            {t("openAccount")}
          </Link>
        </p>
      ) : !holdsGuestData(records) ? (
        <p className="text-sm text-muted">{t("nothing")}</p>
      ) : (
        <>
          <RecordSection id="guest-orders" title={t("ordersTitle", { count: records.orders.length })}>
            <ul className="space-y-1 text-sm">
              {records.orders.map((order) => (
                <li key={order.id}>
                  <Link href={`/admin/orders/${order.id}`} className="text-marine underline underline-offset-4">
                    {order.number}
                  </Link>{" "}
                  · {day(order.createdAt)} · {tStatus(order.status)} · {formatPrice(order.totalCents, locale)}
                </li>
              ))}
            </ul>
          </RecordSection>
          <RecordSection
            id="guest-subscriptions"
            title={t("subscriptionsTitle", { count: records.subscriptions.length })}
          >
            <ul className="space-y-1 text-sm">
              {records.subscriptions.map((subscription) => (
                <li key={subscription.id}>
                  {t(`lists.${subscription.list}`)} ·{" "}
                  <StatusBadge tone="neutral" label={t(`subscriptionStatus.${subscription.status}`)} /> ·{" "}
                  {day(subscription.createdAt)}
                </li>
              ))}
            </ul>
          </RecordSection>
          <RecordSection id="guest-messages" title={t("messagesTitle", { count: records.contactMessages.length })}>
            <ul className="space-y-1 text-sm">
              {records.contactMessages.map((message) => (
                <li key={message.id}>
                  {t(`messageKinds.${message.kind}`)} · « {message.subject} » · {day(message.createdAt)} ·{" "}
                  {t(`messageStatus.${message.status}`)}
                </li>
              ))}
            </ul>
          </RecordSection>
          {records.invitations.length > 0 ? (
            <RecordSection id="guest-invitations" title={t("invitationsTitle", { count: records.invitations.length })}>
              <ul className="space-y-1 text-sm">
                {records.invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {t("invitationDates", { sent: day(invitation.createdAt), expires: day(invitation.expiresAt) })}
                  </li>
                ))}
              </ul>
            </RecordSection>
          ) : null}
          <CustomerPrivacy
            locale={locale}
            target={{ kind: "guest", email: records.email }}
            exportHref={`/${locale}/admin/customers/guest/export?${new URLSearchParams({ email: records.email })}`}
            erasable
          />
        </>
      )}
    </div>
  );
}
