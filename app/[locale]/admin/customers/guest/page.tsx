import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
          <section aria-labelledby="guest-orders" className="space-y-2">
            <h2 id="guest-orders" className="font-serif text-2xl font-semibold text-ink">
              {t("ordersTitle", { count: records.orders.length })}
            </h2>
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
          </section>
          <section aria-labelledby="guest-subscriptions" className="space-y-2">
            <h2 id="guest-subscriptions" className="font-serif text-2xl font-semibold text-ink">
              {t("subscriptionsTitle", { count: records.subscriptions.length })}
            </h2>
            <ul className="space-y-1 text-sm">
              {records.subscriptions.map((subscription) => (
                <li key={subscription.id}>
                  {t(`lists.${subscription.list}`)} ·{" "}
                  <StatusBadge tone="neutral" label={t(`subscriptionStatus.${subscription.status}`)} /> ·{" "}
                  {day(subscription.createdAt)}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="guest-messages" className="space-y-2">
            <h2 id="guest-messages" className="font-serif text-2xl font-semibold text-ink">
              {t("messagesTitle", { count: records.contactMessages.length })}
            </h2>
            <ul className="space-y-1 text-sm">
              {records.contactMessages.map((message) => (
                <li key={message.id}>
                  {t(`messageKinds.${message.kind}`)} · « {message.subject} » · {day(message.createdAt)} ·{" "}
                  {t(`messageStatus.${message.status}`)}
                </li>
              ))}
            </ul>
          </section>
          {records.invitations.length > 0 ? (
            <section aria-labelledby="guest-invitations" className="space-y-2">
              <h2 id="guest-invitations" className="font-serif text-2xl font-semibold text-ink">
                {t("invitationsTitle", { count: records.invitations.length })}
              </h2>
              <ul className="space-y-1 text-sm">
                {records.invitations.map((invitation) => (
                  <li key={invitation.id}>
                    {t("invitationDates", { sent: day(invitation.createdAt), expires: day(invitation.expiresAt) })}
                  </li>
                ))}
              </ul>
            </section>
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
