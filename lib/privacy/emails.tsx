// The e-mail confirming that an account was deleted (P14), in the customer's language. It goes through
// the outbox with scrubAfterSend: once sent, its recipient and body are erased like the rest of the
// account. It names no one and repeats nothing personal: only the date and what was kept.
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import type { RenderedEmail } from "@/lib/email/types";
import { baseEmailStyles, NAVY } from "@/lib/email/templates/styles";
import { loadMessages } from "@/lib/i18n/messages";
import { formattingLocale, type Locale } from "@/lib/i18n/routing";
import { CONTACT_EMAIL } from "@/lib/shop";

const SHOP_TIME_ZONE = "Europe/Paris";

export async function renderAccountDeletedEmail({
  locale,
  deletedAt,
}: {
  locale: Locale;
  deletedAt: Date;
}): Promise<RenderedEmail> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "AccountPrivacy.email", timeZone: SHOP_TIME_ZONE });
  const date = {
    date: new Intl.DateTimeFormat(formattingLocale[locale], { dateStyle: "long", timeZone: SHOP_TIME_ZONE }).format(
      deletedAt,
    ),
  };
  const email = (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{t("preview")}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>PluSuite</Text>
          <Section style={styles.card}>
            <Heading as="h1" style={styles.h1}>
              {t("title")}
            </Heading>
            <Text style={styles.text}>{t("intro", date)}</Text>
            <Text style={styles.text}>{t("erased")}</Text>
            <Text style={styles.text}>{t("kept")}</Text>
            <Text style={styles.text}>
              {t("notYou")}{" "}
              <Link href={`mailto:${CONTACT_EMAIL}`} style={styles.link}>
                {CONTACT_EMAIL}
              </Link>
            </Text>
          </Section>
          <Section style={styles.footer}>
            <Hr style={styles.hr} />
            <Text style={styles.footerText}>{t("footer")}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { subject: t("subject"), html, text };
}

const styles = {
  ...baseEmailStyles,
  link: { color: NAVY, textDecoration: "underline" },
  footer: { padding: "12px 8px 0", textAlign: "center" },
} satisfies Record<string, CSSProperties>;
