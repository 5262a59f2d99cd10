// The acknowledgement of a contact message (P3, P29), in the language of the form. It restates what was
// received (the kind of request, the subject, the order number, the date) and how the shop answers: by
// e-mail, or by phone on the toll-free number. It promises no delay. The message text itself is not
// repeated: the address typed may not be the sender's, and the shop does not relay text to strangers.
import { Heading, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { ContactKind } from "@/lib/contact/form-fields";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { RATE_LIMITS } from "@/lib/security/rate-limit";
import type { ShopContact } from "@/lib/settings/shop-contact";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { EmailLayout, emailStyles as styles, renderEmail } from "./layout";

/** When a message arrived, as the shop's clock shows it ("30 novembre 2026 à 14:05"). */
function receivedOn(locale: Locale, receivedAt: Date): string {
  return new Intl.DateTimeFormat(formattingLocale[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: SHOP_TIME_ZONE,
  }).format(receivedAt);
}

export async function renderContactAcknowledgementEmail({
  locale,
  kind,
  subject,
  orderNumber,
  receivedAt,
  shop,
}: {
  locale: Locale;
  kind: ContactKind;
  subject: string;
  orderNumber: string | null;
  receivedAt: Date;
  /** the shop's contact details, as set at /admin/settings */
  shop: ShopContact;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Contact", timeZone: SHOP_TIME_ZONE });
  const date = receivedOn(locale, receivedAt);
  return renderEmail(
    t("acknowledgement.subject"),
    <EmailLayout
      locale={locale}
      preview={t("acknowledgement.preview")}
      footer={[t("acknowledgement.footer")]}
      contact={{ words: t("acknowledgement.contact"), email: shop.email }}
    >
      <Heading as="h1" style={styles.h1}>
        {t("acknowledgement.title")}
      </Heading>
      <Text style={styles.text}>{t("acknowledgement.intro", { date })}</Text>
      <Text style={styles.text}>
        {t("acknowledgement.kindLine", { kind: t(`kinds.${kind}`) })}
        <br />
        {t("acknowledgement.subjectLine", { subject })}
        {orderNumber && (
          <>
            <br />
            {t("acknowledgement.orderLine", { orderNumber })}
          </>
        )}
      </Text>
      <Text style={styles.text}>
        {t(kind === "question" ? "acknowledgement.answer" : "acknowledgement.answerPrivacy")}
      </Text>
      <Text style={styles.text}>
        {t(shop.phoneIsFree ? "acknowledgement.phone" : "acknowledgement.phoneNotFree", { phone: shop.phone })}
      </Text>
      <Text style={styles.small}>{t("acknowledgement.notYou")}</Text>
    </EmailLayout>,
  );
}

/**
 * The copy of a contact message for the shop's own mailbox (ShopContact.email), so that the team sees it arrive; it is
 * answered from the back office's inbox (/admin/messages). In French, the team's language.
 */
export async function renderContactMessageForTeamEmail({
  kind,
  name,
  email,
  subject,
  orderNumber,
  message,
  receivedAt,
}: {
  kind: ContactKind;
  name: string;
  email: string;
  subject: string;
  orderNumber: string | null;
  message: string;
  receivedAt: Date;
}): Promise<RenderedEmail> {
  const locale: Locale = "fr";
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Contact", timeZone: SHOP_TIME_ZONE });
  const date = receivedOn(locale, receivedAt);
  return renderEmail(
    t("team.subject", { kind: t(`kinds.${kind}`), subject }),
    <EmailLayout
      locale={locale}
      preview={subject}
      footer={[t("team.footer", { limit: RATE_LIMITS.contactAcknowledgementsPerAddress.limit })]}
    >
      <Heading as="h1" style={styles.h1}>
        {t("team.title", { kind: t(`kinds.${kind}`) })}
      </Heading>
      <Text style={styles.text}>
        {t("team.fromLine", { name, email })}
        <br />
        {t("team.dateLine", { date })}
        <br />
        {t("acknowledgement.subjectLine", { subject })}
        {orderNumber && (
          <>
            <br />
            {t("acknowledgement.orderLine", { orderNumber })}
          </>
        )}
      </Text>
      <Text style={{ ...styles.text, whiteSpace: "pre-wrap" }}>{message}</Text>
    </EmailLayout>,
  );
}
