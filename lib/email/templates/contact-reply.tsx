// An admin's answer to a contact message (P3, P29), in the language the message was written in, signed by the
// shop. It names the message it answers (subject, date) but does not quote it back.
import { Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import type { ShopContact } from "@/lib/settings/shop-contact";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

export async function renderContactReplyEmail({
  locale,
  name,
  subject,
  receivedAt,
  body,
  shop,
}: {
  locale: Locale;
  name: string;
  subject: string;
  receivedAt: Date;
  body: string;
  /** the shop's contact details, as set at /admin/settings */
  shop: ShopContact;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "AdminMessages.email", timeZone: SHOP_TIME_ZONE });
  const date = new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(receivedAt);
  return renderEmail(
    t("subject", { subject }),
    <EmailLayout
      locale={locale}
      preview={t("preview", { subject })}
      footer={[t("footer", { date })]}
      contact={{ words: t("contact"), email: shop.email }}
    >
      <Heading as="h1" style={styles.h1}>
        {t("title")}
      </Heading>
      <Text style={styles.text}>{t("greeting", { name })}</Text>
      <Text style={{ ...styles.text, whiteSpace: "pre-wrap" }}>{body}</Text>
      <Text style={styles.text}>
        {t("signature")}
        <br />
        {t(shop.phoneIsFree ? "phone" : "phoneNotFree", { phone: shop.phone })}
      </Text>
    </EmailLayout>,
  );
}
