// The order confirmation e-mail (P5): items, totals with the VAT they include, delivery method and both
// addresses, in the order's language. E-mail clients ignore stylesheets, so every style is inline.
import {
  Body,
  Column,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Row,
  Section,
  Text,
} from "@react-email/components";
import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { SHIPPING_METHODS, type ShippingMethod } from "@/lib/checkout/shipping";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { formatPrice, formatVatRate } from "@/lib/money";
import { CONTACT_EMAIL } from "@/lib/shop";
import type { EmailAddressView, OrderConfirmationData, RenderedEmail } from "../types";
import { loadMessages } from "@/lib/i18n/messages";
import { baseEmailStyles, NAVY, MUTED, LINE, SERIF } from "@/lib/email/templates/styles";

export async function renderOrderConfirmation(data: OrderConfirmationData): Promise<RenderedEmail> {
  const messages = await loadMessages(data.locale);
  const t = createTranslator({ locale: data.locale, messages, namespace: "Email", timeZone: SHOP_TIME_ZONE });
  const email = <OrderConfirmationEmail data={data} t={t} />;
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { subject: t("subject", { number: data.orderNumber }), html, text };
}

/** Order dates are shown as the shop (and its French customers) see them. */
const SHOP_TIME_ZONE = "Europe/Paris";

type EmailTranslator = ReturnType<typeof createTranslator<Awaited<ReturnType<typeof loadMessages>>, "Email">>;

function OrderConfirmationEmail({ data, t }: { data: OrderConfirmationData; t: EmailTranslator }) {
  const { locale } = data;
  const price = (cents: number) => formatPrice(cents, locale);
  const placedOn = new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(data.createdAt);
  // Unknown codes (a method added later, before its name is translated) are shown as stored rather than hidden.
  const shippingMethodName = isShippingMethod(data.shippingMethod)
    ? t(`shippingMethods.${data.shippingMethod}`)
    : data.shippingMethod;

  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{t("preview", { number: data.orderNumber })}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>PluSuite</Text>
          <Section style={styles.card}>
            <Heading as="h1" style={styles.h1}>
              {t("title")}
            </Heading>
            <Text style={styles.text}>{t("greeting")}</Text>
            <Text style={styles.text}>{t("intro", { number: data.orderNumber, date: placedOn })}</Text>

            {data.isDemo && (
              <Section style={styles.demo}>
                <Text style={styles.demoTitle}>{t("demoTitle")}</Text>
                <Text style={styles.demoText}>{t("demoNotice")}</Text>
              </Section>
            )}

            <Heading as="h2" style={styles.h2}>
              {t("orderNumber", { number: data.orderNumber })}
            </Heading>
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

            <Heading as="h2" style={styles.h2}>
              {t("shippingMethod")}
            </Heading>
            <Text style={styles.text}>{shippingMethodName}</Text>

            <Row style={styles.addresses}>
              <Column style={styles.addressColumn}>
                <Address title={t("shippingAddress")} address={data.shippingAddress} locale={locale} />
              </Column>
              <Column style={styles.addressColumn}>
                <Address title={t("billingAddress")} address={data.billingAddress} locale={locale} />
              </Column>
            </Row>

            <Section style={styles.buttonRow}>
              <Link href={data.orderUrl} style={styles.button}>
                {t("viewOrder")}
              </Link>
            </Section>
          </Section>

          <Section style={styles.footer}>
            <Text style={styles.footerText}>
              {t("contact")}{" "}
              <Link href={`mailto:${CONTACT_EMAIL}`} style={styles.footerLink}>
                {CONTACT_EMAIL}
              </Link>
            </Text>
            <Hr style={styles.hr} />
            <Text style={styles.footerText}>{t("footer")}</Text>
            <Text style={styles.footerText}>{t("why")}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

function Address({ title, address, locale }: { title: string; address: EmailAddressView; locale: Locale }) {
  const lines = [
    address.name,
    address.company,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`,
    countryName(address.country, locale),
  ].filter((line): line is string => Boolean(line));
  return (
    <>
      <Text style={styles.addressTitle}>{title}</Text>
      <Text style={styles.address}>
        {lines.map((line, index) => (
          <span key={index}>
            {index > 0 && <br />}
            {line}
          </span>
        ))}
      </Text>
    </>
  );
}

function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames(formattingLocale[locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function isShippingMethod(code: string): code is ShippingMethod {
  return Object.hasOwn(SHIPPING_METHODS, code);
}

const cell: CSSProperties = {
  padding: "10px 0 10px 8px",
  borderBottom: `1px solid ${LINE}`,
  fontSize: "14px",
  verticalAlign: "top",
};

const styles = {
  ...baseEmailStyles,
  h2: { fontFamily: SERIF, fontSize: "18px", fontWeight: 700, color: NAVY, margin: "28px 0 8px" },
  demo: {
    backgroundColor: "#fdf1ea",
    border: "1px solid #b4461c",
    borderRadius: "6px",
    padding: "12px 16px",
    margin: "16px 0",
  },
  demoTitle: { fontSize: "15px", fontWeight: 700, color: "#b4461c", margin: "0 0 4px" },
  demoText: { fontSize: "14px", lineHeight: "22px", margin: 0 },
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
  addresses: { marginTop: "20px" },
  addressColumn: { width: "50%", verticalAlign: "top", paddingRight: "12px" },
  addressTitle: {
    fontSize: "12px",
    fontWeight: 600,
    color: MUTED,
    textTransform: "uppercase",
    letterSpacing: "0.04em",
    margin: "0 0 4px",
  },
  address: { fontSize: "14px", lineHeight: "21px", margin: 0 },
  buttonRow: { marginTop: "28px", textAlign: "center" },
  footer: { padding: "20px 8px 0", textAlign: "center" },
  footerLink: { color: NAVY, textDecoration: "underline" },
} satisfies Record<string, CSSProperties>;
