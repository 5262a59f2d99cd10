// P23: tells a customer, before the date, that the privacy policy or the terms change, with the shop's
// summary of the change and a link to the new text. Sent to every verified customer (lib/policies/notices.ts);
// it names no one, so one rendering serves every customer of a language. It carries no token.
import { Heading, Link, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

export async function renderPolicyChangeEmail({
  locale,
  kind,
  effectiveAt,
  summary,
  url,
}: {
  locale: Locale;
  kind: string;
  effectiveAt: Date;
  summary: string;
  /** the public page of the new version */
  url: string;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Policies", timeZone: SHOP_TIME_ZONE });
  const date = new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeZone: SHOP_TIME_ZONE,
  }).format(effectiveAt);
  const document = t(kind === "terms" ? "kind.terms" : "kind.privacy");
  return renderEmail(
    t("email.subject", { document, date }),
    <EmailLayout locale={locale} preview={t("email.preview", { document, date })} footer={[t("email.footer")]}>
      <Heading as="h1" style={styles.h1}>
        {t("email.title", { document })}
      </Heading>
      <Text style={styles.text}>{t("email.intro", { document, date })}</Text>
      <Text style={styles.text}>{summary}</Text>
      <Text style={styles.text}>
        <Link href={url} style={styles.link}>
          {t("email.read", { document })}
        </Link>
      </Text>
      <Text style={styles.small}>{url}</Text>
    </EmailLayout>,
  );
}
