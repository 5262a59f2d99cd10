// The e-mail confirming that an account was deleted (P14), in the customer's language. It goes through
// the outbox with scrubAfterSend: once sent, its recipient and body are erased like the rest of the
// account. It names no one and repeats nothing personal: only the date and what was kept.
import { Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { ContactLink, EmailLayout, emailStyles as styles, renderEmail } from "./layout";

export async function renderAccountDeletedEmail({
  locale,
  deletedAt,
  shopEmail,
}: {
  locale: Locale;
  deletedAt: Date;
  /** the shop's contact address (ShopContact.email) */
  shopEmail: string;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "AccountPrivacy.email", timeZone: SHOP_TIME_ZONE });
  const date = {
    date: new Intl.DateTimeFormat(formattingLocale[locale], { dateStyle: "long", timeZone: SHOP_TIME_ZONE }).format(
      deletedAt,
    ),
  };
  return renderEmail(
    t("subject"),
    <EmailLayout locale={locale} preview={t("preview")} footer={[t("footer")]}>
      <Heading as="h1" style={styles.h1}>
        {t("title")}
      </Heading>
      <Text style={styles.text}>{t("intro", date)}</Text>
      <Text style={styles.text}>{t("erased")}</Text>
      <Text style={styles.text}>{t("kept")}</Text>
      <Text style={styles.text}>
        {t("notYou")} <ContactLink email={shopEmail} />
      </Text>
    </EmailLayout>,
  );
}
