// Newsletter e-mails (P6): the double opt-in link, in the subscriber's language, with the link printed in
// full because some clients strip buttons. Nothing is subscribed until it is followed.
import { Heading, Link, Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles, renderEmail } from "./layout";

export type NewsletterConfirmationEmail = {
  locale: Locale;
  list: "newsletter" | "promotions";
  url: string;
  hours: number;
};

export async function renderNewsletterConfirmation({
  locale,
  list,
  url,
  hours,
}: NewsletterConfirmationEmail): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Newsletter.email", timeZone: SHOP_TIME_ZONE });
  const listName = t(`lists.${list}`);
  return renderEmail(
    t("confirmSubject"),
    <EmailLayout locale={locale} preview={t("confirmPreview", { list: listName })} footer={[t("confirmFooter")]}>
      <Heading as="h1" style={emailStyles.h1}>
        {t("confirmTitle", { list: listName })}
      </Heading>
      <Text style={emailStyles.text}>{t("confirmIntro", { list: listName })}</Text>
      <Section style={{ margin: "8px 0 20px" }}>
        <Link href={url} style={emailStyles.button}>
          {t("confirmButton")}
        </Link>
      </Section>
      <Text style={emailStyles.small}>{t("linkFallback")}</Text>
      <Text style={{ ...emailStyles.small, wordBreak: "break-all" }}>{url}</Text>
      <Text style={emailStyles.small}>{t("validFor", { hours })}</Text>
      <Text style={emailStyles.small}>{t("confirmIgnore")}</Text>
    </EmailLayout>,
  );
}

/**
 * The first e-mail after the confirmation link is followed: it says the subscription is on, and already
 * carries the one-click way out (P7), like every marketing e-mail.
 */
export async function renderNewsletterWelcome({
  locale,
  list,
  unsubscribeUrl,
  shopEmail,
}: {
  locale: Locale;
  list: "newsletter" | "promotions";
  unsubscribeUrl: string;
  /** the shop's contact address (ShopContact.email), where a person unsubscribes by e-mail (P7) */
  shopEmail: string;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Newsletter.email", timeZone: SHOP_TIME_ZONE });
  const listName = t(`lists.${list}`);
  return renderEmail(
    t("welcomeSubject"),
    <EmailLayout locale={locale} preview={t("welcomePreview", { list: listName })} footer={[t("welcomeFooter")]}>
      <Heading as="h1" style={emailStyles.h1}>
        {t("welcomeTitle")}
      </Heading>
      <Text style={emailStyles.text}>{t("welcomeIntro", { list: listName })}</Text>
      <Text style={emailStyles.small}>
        {t("campaignWhy")}{" "}
        <Link href={unsubscribeUrl} style={emailStyles.link}>
          {t("unsubscribeLink")}
        </Link>
      </Text>
      <Text style={{ ...emailStyles.small, wordBreak: "break-all" }}>{unsubscribeUrl}</Text>
      <Text style={emailStyles.small}>{t("unsubscribeByEmail", { email: shopEmail })}</Text>
    </EmailLayout>,
  );
}

/** The words under every campaign e-mail, before its one-click unsubscribe link (P7); `shopEmail`: ShopContact.email. */
export async function unsubscribeFooterText(
  locale: Locale,
  shopEmail: string,
): Promise<{ why: string; link: string; byEmail: string }> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Newsletter.email", timeZone: SHOP_TIME_ZONE });
  return {
    why: t("campaignWhy"),
    link: t("unsubscribeLink"),
    byEmail: t("unsubscribeByEmail", { email: shopEmail }),
  };
}
