// The e-mails the back office sends about an order (P5: the shop keeps the customer told): shipped with its
// tracking number, cancelled (and refunded, when it was paid), refunded in part or in full. In the order's
// language; each links to the order's page, which shows the same.
import { Button, Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { formatPrice } from "@/lib/money";
import type { Carrier } from "@/lib/orders/fulfilment";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

/** `shopEmail`: the shop's contact address (ShopContact.email), read by the caller. */
type OrderEmailBase = { locale: Locale; orderNumber: string; orderUrl: string; shopEmail: string };

async function translators(locale: Locale) {
  const messages = await loadMessages(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "OrderStatusEmail", timeZone: SHOP_TIME_ZONE }),
    tOrder: createTranslator({ locale, messages, namespace: "Order", timeZone: SHOP_TIME_ZONE }),
  };
}

export async function renderOrderShippedEmail(
  data: OrderEmailBase & { carrier: Carrier; trackingNumber: string },
): Promise<RenderedEmail> {
  const { t, tOrder } = await translators(data.locale);
  const carrier = tOrder(`carriers.${data.carrier}`);
  const number = data.orderNumber;
  return renderEmail(
    t("shipped.subject", { number }),
    <EmailLayout
      locale={data.locale}
      preview={t("shipped.preview", { number })}
      contact={{ words: t("contact"), email: data.shopEmail }}
      footer={[t("footer")]}
    >
      <Heading as="h1" style={styles.h1}>
        {t("shipped.title")}
      </Heading>
      <Text style={styles.text}>{t("shipped.intro", { number })}</Text>
      <Text style={styles.text}>
        {t("shipped.carrier", { carrier })}
        <br />
        {t("shipped.tracking", { trackingNumber: data.trackingNumber })}
      </Text>
      <Button href={data.orderUrl} style={styles.button}>
        {t("viewOrder")}
      </Button>
    </EmailLayout>,
  );
}

export async function renderOrderCancelledEmail(
  data: OrderEmailBase & { refundedCents: number },
): Promise<RenderedEmail> {
  const { t } = await translators(data.locale);
  const number = data.orderNumber;
  return renderEmail(
    t("cancelled.subject", { number }),
    <EmailLayout
      locale={data.locale}
      preview={t("cancelled.preview", { number })}
      contact={{ words: t("contact"), email: data.shopEmail }}
      footer={[t("footer")]}
    >
      <Heading as="h1" style={styles.h1}>
        {t("cancelled.title")}
      </Heading>
      <Text style={styles.text}>{t("cancelled.intro", { number })}</Text>
      {data.refundedCents > 0 && (
        <Text style={styles.text}>
          {t("cancelled.refund", { amount: formatPrice(data.refundedCents, data.locale) })}
        </Text>
      )}
      <Button href={data.orderUrl} style={styles.button}>
        {t("viewOrder")}
      </Button>
    </EmailLayout>,
  );
}

export async function renderOrderRefundedEmail(data: OrderEmailBase & { amountCents: number }): Promise<RenderedEmail> {
  const { t } = await translators(data.locale);
  const number = data.orderNumber;
  const amount = formatPrice(data.amountCents, data.locale);
  return renderEmail(
    t("refunded.subject", { number }),
    <EmailLayout
      locale={data.locale}
      preview={t("refunded.preview", { number, amount })}
      contact={{ words: t("contact"), email: data.shopEmail }}
      footer={[t("footer")]}
    >
      <Heading as="h1" style={styles.h1}>
        {t("refunded.title")}
      </Heading>
      <Text style={styles.text}>{t("refunded.intro", { number, amount })}</Text>
      <Text style={styles.text}>{t("refunded.delay")}</Text>
      <Button href={data.orderUrl} style={styles.button}>
        {t("viewOrder")}
      </Button>
    </EmailLayout>,
  );
}
