import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CustomerSearch } from "@/components/admin/customers/customer-search";
import { DataTable } from "@/components/admin/data-table";
import { Pagination } from "@/components/admin/pagination";
import { StatusBadge } from "@/components/admin/status-badge";
import { Notice } from "@/components/ui/notice";
import { findGuestRecords, guestEmailSchema, holdsGuestData } from "@/lib/admin/customer-guest";
import {
  CUSTOMERS_PAGE_SIZE,
  CUSTOMERS_TABLE,
  parseCustomersParams,
  searchCustomers,
  type CustomerListRow,
} from "@/lib/admin/customers";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/customers";

/**
 * Customers: accounts found by e-mail or name (case and accents aside), sorted and paged in the URL; a full
 * address without an account leads to what the shop holds about it as a guest (P14).
 */
export default async function CustomersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  // "erased" is the one-time outcome of an erasure: shown once, not carried into the table's links.
  const { erased: erasedParam, ...raw } = await searchParams;
  const t = await getTranslations("AdminCustomers");
  const format = await getFormatter();
  const tableParams = parseCustomersParams(raw);
  const { rows, total, page } = await searchCustomers(db, admin, tableParams);
  const shown = { ...tableParams, page };
  // A whole address typed: also look for it among orders, subscriptions and messages without an account.
  const typedEmail = guestEmailSchema.safeParse(tableParams.filters.q ?? "");
  const guest = typedEmail.success ? await findGuestRecords(db, admin, typedEmail.data) : null;
  const erased = erasedParam === "account" || erasedParam === "guest" ? erasedParam : null;

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      {erased && <Notice tone="success">{t(`erased.${erased}`)}</Notice>}
      <CustomerSearch locale={locale} params={shown} />
      {guest && !guest.accountId && (
        <p className="text-sm" data-testid="guest-lookup">
          {holdsGuestData(guest) ? (
            <>
              {t("guestFound", {
                orders: guest.orders.length,
                subscriptions: guest.subscriptions.length,
                messages: guest.contactMessages.length,
              })}{" "}
              <Link
                href={`/admin/customers/guest?${new URLSearchParams({ email: guest.email })}`}
                className="font-medium text-marine underline underline-offset-4"
              >
                {t("openGuest")}
              </Link>
            </>
          ) : (
            t("guestNothing")
          )}
        </p>
      )}
      <section aria-labelledby="customers-list-title" className="space-y-4">
        <h2 id="customers-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <p className="text-sm text-muted">{t("count", { count: total })}</p>
        <DataTable<CustomerListRow, "createdAt" | "lastActiveAt" | "email">
          caption={t("caption")}
          rows={rows}
          rowKey={(row) => row.id}
          empty={t("empty")}
          sorting={{ pathname: PATHNAME, spec: CUSTOMERS_TABLE, params: shown }}
          columns={[
            {
              key: "email",
              header: t("columns.email"),
              sort: "email",
              rowHeader: true,
              cell: (row) => (
                <Link href={`/admin/customers/${row.id}`} className="text-marine underline underline-offset-4">
                  {row.email}
                </Link>
              ),
            },
            { key: "name", header: t("columns.name"), cell: (row) => row.name ?? "—" },
            {
              key: "role",
              header: t("columns.role"),
              cell: (row) => (
                <StatusBadge tone={row.role === "admin" ? "info" : "neutral"} label={t(`roles.${row.role}`)} />
              ),
            },
            {
              key: "createdAt",
              header: t("columns.createdAt"),
              sort: "createdAt",
              cell: (row) => format.dateTime(row.createdAt, { dateStyle: "medium" }),
            },
            {
              key: "lastActiveAt",
              header: t("columns.lastActiveAt"),
              sort: "lastActiveAt",
              cell: (row) => format.dateTime(row.lastActiveAt, { dateStyle: "medium" }),
            },
          ]}
        />
        <Pagination
          pathname={PATHNAME}
          spec={CUSTOMERS_TABLE}
          params={shown}
          total={total}
          pageSize={CUSTOMERS_PAGE_SIZE}
        />
      </section>
    </div>
  );
}
