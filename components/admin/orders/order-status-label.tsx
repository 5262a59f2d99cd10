import { getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/admin/status-badge";
import type { OrderRow } from "@/lib/admin/orders";

type OrderStatus = OrderRow["status"];

const TONES: Record<OrderStatus, StatusTone> = {
  pending: "warning",
  paid: "info",
  fulfilled: "success",
  cancelled: "neutral",
  refunded: "danger",
};

/** An order's status as a badge ("fulfilled" reads "Expédiée"), with "démo" beside a demo order. */
export async function OrderStatusLabel({ status, isDemo }: { status: OrderStatus; isDemo: boolean }) {
  const t = await getTranslations("AdminOrders");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <StatusBadge tone={TONES[status]} label={t(`statuses.${status}`)} />
      {isDemo && <StatusBadge tone="neutral" label={t("demo")} />}
    </span>
  );
}
