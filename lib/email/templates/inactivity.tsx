// The warning sent 30 days before an inactive account is deleted (P15), in the customer's language. It names
// the day of the deletion, and the daily retention job (lib/privacy/inactive-accounts.ts) deletes the
// account on that day, not before and, when the shop runs, not after.
import { Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

export async function renderInactivityWarningEmail({
  locale,
  name,
  deletionDate,
}: {
  locale: Locale;
  name: string | null;
  /** an instant of the day the account will be deleted */
  deletionDate: Date;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "InactivityEmail", timeZone: SHOP_TIME_ZONE });
  const date = new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(deletionDate);
  return renderEmail(
    t("subject", { date }),
    <EmailLayout locale={locale} preview={t("preview", { date })} footer={[t("footer")]}>
      <Heading as="h1" style={styles.h1}>
        {t("title")}
      </Heading>
      <Text style={styles.text}>{name ? t("greeting", { name }) : t("greetingNoName")}</Text>
      <Text style={styles.text}>{t("intro")}</Text>
      <Text style={styles.text}>{t("deletion", { date })}</Text>
      <Text style={styles.text}>{t("keep")}</Text>
      <Text style={styles.small}>{t("kept")}</Text>
    </EmailLayout>,
  );
}
