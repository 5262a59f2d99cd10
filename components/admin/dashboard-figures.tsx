// The dashboard's figures (app/[locale]/admin/page.tsx): plain server components over readAdminDashboard's data.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import {
  LOW_STOCK_THRESHOLD,
  OUTBOX_OVERDUE_MINUTES,
  REVENUE_DAYS,
  type AdminDashboard,
  type LowStockItem,
  type Takings as TakingsFigures,
} from "@/lib/admin/dashboard";
import { variantLabel } from "@/lib/catalogue/variant-label";
import { localize } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import { DataTable } from "./data-table";
import { StatusBadge, type StatusTone } from "./status-badge";

const STATUS_TONES: Record<keyof AdminDashboard["ordersByStatus"], StatusTone> = {
  pending: "warning",
  paid: "success",
  fulfilled: "info",
  cancelled: "danger",
  refunded: "neutral",
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-serif text-2xl font-semibold text-ink">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** One figure of a grid of cards: a <div> inside a <dl>, its label as <dt> (a link to where it is handled). */
function Figure({
  label,
  value,
  href,
  children,
}: {
  label: string;
  value: ReactNode;
  href?: string;
  children?: ReactNode;
}) {
  return (
    <div className="rounded-lg border border-line bg-white p-4">
      <dt className="text-sm text-muted">
        {href ? (
          <Link href={href} className="underline underline-offset-2 hover:text-marine">
            {label}
          </Link>
        ) : (
          label
        )}
      </dt>
      <dd className="mt-1 font-serif text-3xl text-ink">{value}</dd>
      {children && <dd className="mt-2 space-y-1 text-sm text-muted">{children}</dd>}
    </div>
  );
}

export async function Takings({ takings, locale }: { takings: AdminDashboard["takings"]; locale: Locale }) {
  const t = await getTranslations("AdminDashboard.takings");
  const figure = (label: string, figures: TakingsFigures) => (
    <Figure label={label} value={formatPrice(figures.paidCents, locale)}>
      <p>{t("orders", { count: figures.paidOrders })}</p>
      {figures.refundedCents > 0 && <p>{t("refunded", { amount: formatPrice(figures.refundedCents, locale) })}</p>}
      {figures.demoOrders > 0 && <p>{t("demoOrders", { count: figures.demoOrders })}</p>}
    </Figure>
  );
  return (
    <Section id="dashboard-takings" title={t("title")}>
      <dl className="grid gap-4 sm:grid-cols-2">
        {figure(t("today"), takings.today)}
        {figure(t("lastDays", { days: REVENUE_DAYS }), takings.lastDays)}
      </dl>
      <p className="mt-2 text-sm text-muted">{t("note")}</p>
    </Section>
  );
}

const OPEN_QUESTIONS = "/admin/messages?status=open&kind=question";
const OPEN_PRIVACY_REQUESTS = "/admin/messages?status=open";

/** What waits for someone: requests, messages, testimonials, e-mails that do not leave. */
export async function ToHandle({ dashboard }: { dashboard: AdminDashboard }) {
  const t = await getTranslations("AdminDashboard.toHandle");
  const { outbox } = dashboard;
  // An urgent figure above zero says so in words as well as in colour.
  const urgent = (count: number) => (count > 0 ? <StatusBadge tone="danger" label={t("urgent")} /> : null);
  return (
    <Section id="dashboard-to-handle" title={t("title")}>
      <dl className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        <Figure label={t("privacyRequests")} value={dashboard.openPrivacyRequests} href={OPEN_PRIVACY_REQUESTS}>
          {urgent(dashboard.openPrivacyRequests)}
          <p>{t("privacyRequestsHelp")}</p>
        </Figure>
        <Figure label={t("questions")} value={dashboard.openQuestions} href={OPEN_QUESTIONS} />
        <Figure label={t("testimonials")} value={dashboard.pendingTestimonials} href="/admin/testimonials" />
        <Figure label={t("outboxPending")} value={outbox.pending}>
          {outbox.overdue > 0 && (
            <p className="font-medium text-terracotta">
              {t("outboxOverdue", { count: outbox.overdue, minutes: OUTBOX_OVERDUE_MINUTES })}
            </p>
          )}
        </Figure>
        <Figure label={t("outboxFailed")} value={outbox.failed}>
          {urgent(outbox.failed)}
        </Figure>
      </dl>
    </Section>
  );
}

export async function OrdersByStatus({ counts }: { counts: AdminDashboard["ordersByStatus"] }) {
  const t = await getTranslations("AdminDashboard.orders");
  const statuses = Object.keys(STATUS_TONES) as (keyof typeof STATUS_TONES)[];
  return (
    <Section id="dashboard-orders" title={t("title")}>
      <dl className="grid gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {statuses.map((status) => (
          <div key={status} className="rounded-lg border border-line bg-white p-4">
            <dt>
              <StatusBadge tone={STATUS_TONES[status]} label={t(`statuses.${status}`)} />
            </dt>
            <dd className="mt-2 font-serif text-2xl text-ink">{counts[status]}</dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}

export async function LowStockTable({ lowStock, locale }: { lowStock: AdminDashboard["lowStock"]; locale: Locale }) {
  const t = await getTranslations("AdminDashboard.lowStock");
  const colours = await getTranslations("colours");
  const variant = (item: LowStockItem) => {
    if (!item.variant) return t("noVariant");
    const { sku, size, colour } = item.variant;
    const colourName = colour && colours.has(colour) ? colours(colour) : colour;
    return `${variantLabel(colourName, size) || "—"} · ${sku}`;
  };
  return (
    <Section id="dashboard-low-stock" title={t("title")}>
      <p className="mb-3 text-sm text-muted">
        {t("intro", { threshold: LOW_STOCK_THRESHOLD })}{" "}
        {lowStock.total > lowStock.items.length && t("shown", { shown: lowStock.items.length, total: lowStock.total })}
      </p>
      <DataTable
        caption={t("caption")}
        rows={lowStock.items}
        rowKey={(item) => `${item.productId}:${item.variant?.sku ?? ""}`}
        empty={t("empty")}
        columns={[
          {
            key: "product",
            header: t("columns.product"),
            rowHeader: true,
            cell: (item) => (
              <Link href={`/product/${item.slug}`} className="text-marine underline underline-offset-4">
                {localize(item.name, locale) || item.slug}
              </Link>
            ),
          },
          { key: "variant", header: t("columns.variant"), cell: variant },
          { key: "stock", header: t("columns.stock"), numeric: true, cell: (item) => item.stock },
        ]}
      />
    </Section>
  );
}
