// The records kept on an order, for the back office: its refunds (with a retry for one the provider did not
// answer), its history, and the log of contacts with the customer (P5).
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import type { AdminOrderDetail } from "@/lib/admin/orders";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import { RetryRefundForm } from "./retry-refund-form";

const who = (person: { name: string | null; email: string } | null, gone: string) =>
  person ? (person.name ?? person.email) : gone;

export async function OrderRefunds({ order, locale }: { order: AdminOrderDetail; locale: Locale }) {
  const t = await getTranslations("AdminOrders.refunds");
  const format = await getFormatter();
  if (order.refunds.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  const tone = { pending: "warning", succeeded: "success", failed: "danger" } as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            {(["date", "amount", "status", "by", "reason"] as const).map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-semibold">
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {order.refunds.map((refund) => (
            <tr key={refund.id} data-testid="refund-row" data-status={refund.status}>
              <td className="whitespace-nowrap px-3 py-2">
                {format.dateTime(refund.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </td>
              <td className="px-3 py-2 tabular-nums">{formatPrice(refund.amountCents, locale)}</td>
              <td className="space-y-2 px-3 py-2">
                <StatusBadge tone={tone[refund.status]} label={t(`statuses.${refund.status}`)} />
                {refund.failureCode && <span className="block font-mono text-xs text-muted">{refund.failureCode}</span>}
                {refund.status === "pending" && !refund.providerRefundId && refund.idempotencyKey && (
                  <RetryRefundForm locale={locale} refundId={refund.id} />
                )}
              </td>
              <td className="px-3 py-2">
                {refund.idempotencyKey ? who(refund.createdBy, t("byGone")) : t("byProvider")}
              </td>
              <td className="px-3 py-2">{refund.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function OrderHistory({ order }: { order: AdminOrderDetail }) {
  const t = await getTranslations("AdminOrders");
  const format = await getFormatter();
  return (
    <ol className="space-y-2 text-sm">
      {order.events.map((event) => (
        <li key={event.id}>
          <span className="font-medium">
            {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
            {t(`statuses.${event.toStatus}`)}
          </span>
          {/* The reason is the shop's own wording (payment ids, refunds), kept as recorded. */}
          <span className="block font-mono text-xs text-muted">{event.reason}</span>
        </li>
      ))}
    </ol>
  );
}

export async function OrderContactLogList({ order }: { order: AdminOrderDetail }) {
  const t = await getTranslations("AdminOrders.contactLog");
  const format = await getFormatter();
  if (order.contactLogs.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ul className="space-y-3 text-sm" aria-label={t("listLabel")}>
      {order.contactLogs.map((entry) => (
        <li key={entry.id} className="rounded-md border border-line bg-white p-3">
          <p className="text-xs text-muted">
            {t("entry", {
              date: format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" }),
              channel: t(`channels.${entry.channel}`),
              actor: who(entry.actor, t("actorGone")),
            })}
          </p>
          <p className="mt-1 whitespace-pre-line">{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}
