// The two tables of the order confirmation (./orders): the items bought, then the totals with the VAT
// they include. Real <table>s: e-mail clients lay them out reliably.
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import type { OrderConfirmationData } from "@/lib/email/types";
import type { Messages } from "@/lib/i18n/messages";
import { formatPrice, formatVatRate } from "@/lib/money";
import { LINE, MUTED, NAVY } from "./layout";

export type OrderEmailTranslator = ReturnType<typeof createTranslator<Messages, "Email">>;

type TableProps = { data: OrderConfirmationData; t: OrderEmailTranslator };

export function OrderLinesTable({ data, t }: TableProps) {
  const price = (cents: number) => formatPrice(cents, data.locale);
  return (
    <table
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      border={0}
      style={styles.table}
      aria-label={t("itemsLabel")}
      data-text-format="dataTable"
    >
      <thead>
        <tr>
          <th scope="col" style={{ ...styles.th, textAlign: "left", paddingLeft: 0 }}>
            {t("item")}
          </th>
          <th scope="col" style={{ ...styles.th, textAlign: "center" }}>
            {t("quantity")}
          </th>
          <th scope="col" style={styles.th}>
            {t("unitPrice")}
          </th>
          <th scope="col" style={styles.th}>
            {t("lineTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.lines.map((line, index) => (
          <tr key={index}>
            <td style={styles.td}>
              <span style={styles.itemName}>{line.name}</span>
              {line.variantLabel && (
                <>
                  <br />
                  <span style={styles.muted}>{line.variantLabel}</span>
                </>
              )}
            </td>
            <td style={{ ...styles.td, textAlign: "center" }}>{line.quantity}</td>
            <td style={styles.tdAmount}>{price(line.unitPriceCents)}</td>
            <td style={styles.tdAmount}>{price(line.lineTotalCents)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OrderTotalsTable({ data, t }: TableProps) {
  const { locale } = data;
  const price = (cents: number) => formatPrice(cents, locale);
  return (
    <table
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      border={0}
      role="presentation"
      style={styles.totals}
      data-text-format="dataTable"
    >
      <tbody>
        <tr>
          <td style={styles.totalLabel}>{t("subtotal")}</td>
          <td style={styles.totalAmount}>{price(data.subtotalCents)}</td>
        </tr>
        <tr>
          <td style={styles.totalLabel}>{t("shipping")}</td>
          <td style={styles.totalAmount}>{data.shippingCents === 0 ? t("free") : price(data.shippingCents)}</td>
        </tr>
        <tr>
          <td style={styles.grandTotalLabel}>{t("total")}</td>
          <td style={styles.grandTotalAmount}>{price(data.totalCents)}</td>
        </tr>
        {data.vat.map((vat) => (
          <tr key={vat.rateBp}>
            <td colSpan={2} style={styles.vatLine}>
              {t("vatIncluded", { rate: formatVatRate(vat.rateBp, locale), amount: price(vat.vatCents) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const cell: CSSProperties = {
  padding: "10px 0 10px 8px",
  borderBottom: `1px solid ${LINE}`,
  fontSize: "14px",
  verticalAlign: "top",
};

const styles = {
  table: { borderCollapse: "collapse", width: "100%" },
  th: {
    ...cell,
    paddingTop: 0,
    borderBottom: `2px solid ${NAVY}`,
    color: MUTED,
    fontSize: "12px",
    fontWeight: 600,
    textAlign: "right",
    textTransform: "uppercase",
    letterSpacing: "0.04em",
  },
  td: { ...cell, paddingLeft: 0 },
  tdAmount: { ...cell, textAlign: "right", whiteSpace: "nowrap" },
  itemName: { fontWeight: 600 },
  muted: { color: MUTED, fontSize: "13px" },
  totals: { borderCollapse: "collapse", width: "100%", marginTop: "8px" },
  totalLabel: { padding: "6px 0", fontSize: "14px", color: MUTED },
  totalAmount: { padding: "6px 0", fontSize: "14px", textAlign: "right", whiteSpace: "nowrap" },
  grandTotalLabel: {
    padding: "10px 0 4px",
    fontSize: "16px",
    fontWeight: 700,
    color: NAVY,
    borderTop: `1px solid ${LINE}`,
  },
  grandTotalAmount: {
    padding: "10px 0 4px",
    fontSize: "16px",
    fontWeight: 700,
    color: NAVY,
    textAlign: "right",
    whiteSpace: "nowrap",
    borderTop: `1px solid ${LINE}`,
  },
  vatLine: { padding: "0 0 2px", fontSize: "13px", color: MUTED, textAlign: "right" },
} satisfies Record<string, CSSProperties>;
