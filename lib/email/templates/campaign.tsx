// A newsletter or promotions campaign written in the back office (P6, P7): the admin's subject and text in the
// shop's frame, then why the reader receives it and the one-click way out. The text is plain (paragraphs split
// by blank lines), never HTML: what the admin types cannot change the e-mail's markup. The unsubscribe link is
// a slot that sendCampaign fills for each subscriber (lib/newsletter/campaign.ts).
import { Heading, Link, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { UNSUBSCRIBE_URL_SLOT } from "@/lib/newsletter/campaign";
import type { NewsletterListName } from "@/lib/newsletter/schemas";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

/** The paragraphs of a plain text: split by blank lines, single line breaks kept inside them. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

export async function renderCampaignEmail({
  locale,
  list,
  subject,
  body,
  test = false,
  shopEmail,
}: {
  locale: Locale;
  list: NewsletterListName;
  subject: string;
  body: string;
  /** a test sent to an admin: marked as such in its subject and at its top */
  test?: boolean;
  /** the shop's contact address (ShopContact.email), where a person unsubscribes by e-mail (P7) */
  shopEmail: string;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Newsletter.email", timeZone: SHOP_TIME_ZONE });
  const tAdmin = createTranslator({ locale, messages, namespace: "AdminNewsletter.email", timeZone: SHOP_TIME_ZONE });
  const listName = t(`lists.${list}`);
  const paragraphs = paragraphsOf(body);
  return renderEmail(
    test ? tAdmin("testSubject", { subject }) : subject,
    <EmailLayout
      locale={locale}
      preview={paragraphs[0]?.slice(0, 140) ?? subject}
      footer={[tAdmin("footer", { list: listName })]}
    >
      {test && <Text style={{ ...styles.small, fontWeight: 600 }}>{tAdmin("testBanner")}</Text>}
      <Heading as="h1" style={styles.h1}>
        {subject}
      </Heading>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={{ ...styles.text, whiteSpace: "pre-line" }}>
          {paragraph}
        </Text>
      ))}
      <Text style={styles.small}>
        {t("campaignWhy")}{" "}
        <Link href={UNSUBSCRIBE_URL_SLOT} style={styles.link}>
          {t("unsubscribeLink")}
        </Link>
      </Text>
      <Text style={{ ...styles.small, wordBreak: "break-all" }}>{UNSUBSCRIBE_URL_SLOT}</Text>
      <Text style={styles.small}>{t("unsubscribeByEmail", { email: shopEmail })}</Text>
    </EmailLayout>,
  );
}
