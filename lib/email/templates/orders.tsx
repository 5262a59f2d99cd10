// The order confirmation e-mail (P5): items, totals with the VAT they include, delivery method and both
// addresses, in the order's language.
import { Column, Heading, Link, Row, Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { SHIPPING_METHODS, type ShippingMethod } from "@/lib/orders/shipping";
import type { EmailAddressView, OrderConfirmationData, RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import type { ShopContact } from "@/lib/settings/shop-contact";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles, MUTED, NAVY, renderEmail, SERIF } from "./layout";
import { OrderLinesTable, OrderTotalsTable, type OrderEmailTranslator } from "./order-tables";

/** `shop`: the shop's contact details, read when the e-mail is rendered (lib/settings/shop-contact.ts). */
export async function renderOrderConfirmation(data: OrderConfirmationData, shop: ShopContact): Promise<RenderedEmail> {
  const messages = await loadMessages(data.locale);
  const t = createTranslator({ locale: data.locale, messages, namespace: "Email", timeZone: SHOP_TIME_ZONE });
  return renderEmail(
    t("subject", { number: data.orderNumber }),
    <OrderConfirmationEmail data={data} shop={shop} t={t} />,
  );
}

function OrderConfirmationEmail({
  data,
  shop,
  t,
}: {
  data: OrderConfirmationData;
  shop: ShopContact;
  t: OrderEmailTranslator;
}) {
  const { locale } = data;
  const placedOn = new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(data.createdAt);
  // Unknown codes (a method added later, before its name is translated) are shown as stored rather than hidden.
  const shippingMethodName = isShippingMethod(data.shippingMethod)
    ? t(`shippingMethods.${data.shippingMethod}`)
    : data.shippingMethod;

  return (
    <EmailLayout
      locale={locale}
      preview={t("preview", { number: data.orderNumber })}
      contact={{ words: t("contact"), email: shop.email }}
      footer={[t("footer"), t("why")]}
    >
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
      <OrderLinesTable data={data} t={t} />
      <OrderTotalsTable data={data} t={t} />

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
    </EmailLayout>
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

const styles = {
  ...emailStyles,
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
} satisfies Record<string, CSSProperties>;
