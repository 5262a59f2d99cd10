const TONE = {
  pending: "bg-sand text-ink",
  paid: "bg-sage/15 text-sage",
  fulfilled: "bg-marine/10 text-marine",
  cancelled: "bg-terracotta/10 text-terracotta",
  refunded: "bg-line text-muted",
} as const;

/** An order's status as a small coloured label; the text (already translated) carries the meaning, not the colour. */
export function OrderStatusBadge({ status, label }: { status: keyof typeof TONE; label: string }) {
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONE[status]}`}
      data-status={status}
    >
      {label}
    </span>
  );
}
