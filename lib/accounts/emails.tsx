// Account e-mails (P13, P26, P27): verify the address, reset the password, confirm a new address, tell
// the old address it was replaced, invite to an organization, sign in by link. Each in the recipient's
// language, with every style inline (e-mail clients ignore stylesheets) and the link also printed in
// full, because some clients strip buttons.
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import type { CSSProperties, ReactNode } from "react";
import type { RenderedEmail } from "@/lib/email/types";
import type { Locale } from "@/lib/i18n/routing";
import { CONTACT_EMAIL } from "@/lib/shop";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import { baseEmailStyles, NAVY, MUTED } from "@/lib/email/templates/styles";

const SHOP_TIME_ZONE = "Europe/Paris";

type Translator = ReturnType<typeof createTranslator<Messages, "AccountEmail">>;

async function translator(locale: Locale): Promise<Translator> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "AccountEmail", timeZone: SHOP_TIME_ZONE });
}

async function renderEmail(subject: string, email: ReactNode): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { subject, html, text };
}

type LinkEmail = { locale: Locale; name: string | null; url: string; hours: number };

export async function renderVerifyEmail({ locale, name, url, hours }: LinkEmail): Promise<RenderedEmail> {
  const t = await translator(locale);
  return renderEmail(
    t("verifyEmail.subject"),
    <Layout locale={locale} preview={t("verifyEmail.preview")} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("verifyEmail.title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{t("verifyEmail.intro")}</Text>
      <ActionButton url={url} label={t("verifyEmail.button")} t={t} />
      <Text style={styles.small}>{t("validFor", { hours })}</Text>
      <Text style={styles.small}>{t("verifyEmail.ignore")}</Text>
    </Layout>,
  );
}

export async function renderPasswordReset({ locale, name, url, hours }: LinkEmail): Promise<RenderedEmail> {
  const t = await translator(locale);
  return renderEmail(
    t("passwordReset.subject"),
    <Layout locale={locale} preview={t("passwordReset.preview")} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("passwordReset.title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{t("passwordReset.intro")}</Text>
      <ActionButton url={url} label={t("passwordReset.button")} t={t} />
      <Text style={styles.small}>{t("validFor", { hours })}</Text>
      <Text style={styles.small}>{t("passwordReset.sessions")}</Text>
      <Text style={styles.small}>{t("passwordReset.ignore")}</Text>
    </Layout>,
  );
}

/** Sent to the NEW address: following the link proves that the customer receives mail there (P13). */
export async function renderEmailChangeConfirmation({
  locale,
  name,
  url,
  hours,
  newEmail,
}: LinkEmail & { newEmail: string }): Promise<RenderedEmail> {
  const t = await translator(locale);
  return renderEmail(
    t("emailChange.subject"),
    <Layout locale={locale} preview={t("emailChange.preview", { email: newEmail })} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("emailChange.title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{t("emailChange.intro", { email: newEmail })}</Text>
      <ActionButton url={url} label={t("emailChange.button")} t={t} />
      <Text style={styles.small}>{t("validFor", { hours })}</Text>
      <Text style={styles.small}>{t("emailChange.ignore")}</Text>
    </Layout>,
  );
}

/** Sent to the OLD address once the change is done: the owner learns of a takeover and whom to tell. */
export async function renderEmailChangedNotice({
  locale,
  name,
  newEmail,
}: {
  locale: Locale;
  name: string | null;
  newEmail: string;
}): Promise<RenderedEmail> {
  const t = await translator(locale);
  return renderEmail(
    t("emailChanged.subject"),
    <Layout locale={locale} preview={t("emailChanged.preview")} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("emailChanged.title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{t("emailChanged.intro", { email: newEmail })}</Text>
      <Text style={styles.text}>
        {t("emailChanged.notYou")}{" "}
        <Link href={`mailto:${CONTACT_EMAIL}`} style={styles.link}>
          {CONTACT_EMAIL}
        </Link>
      </Text>
    </Layout>,
  );
}

export async function renderOrganizationInvitation({
  locale,
  url,
  days,
  organizationName,
  inviterName,
}: {
  locale: Locale;
  url: string;
  days: number;
  organizationName: string;
  inviterName: string;
}): Promise<RenderedEmail> {
  const t = await translator(locale);
  const names = { organization: organizationName, inviter: inviterName };
  return renderEmail(
    t("invitation.subject", names),
    <Layout locale={locale} preview={t("invitation.preview", names)} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("invitation.title")}
      </Heading>
      <Text style={styles.text}>{t("greetingNoName")}</Text>
      <Text style={styles.text}>{t("invitation.intro", names)}</Text>
      <ActionButton url={url} label={t("invitation.button")} t={t} />
      <Text style={styles.small}>{t("invitation.account")}</Text>
      <Text style={styles.small}>{t("invitation.validForDays", { days })}</Text>
      <Text style={styles.small}>{t("invitation.ignore")}</Text>
    </Layout>,
  );
}

/**
 * The passwordless sign-in link (lib/auth/sign-in-link.ts). Its wording lives in the AuthFlows namespace,
 * the shared frame (footer, link fallback) in AccountEmail.
 */
export async function renderSignInLink({
  locale,
  name,
  url,
  minutes,
}: {
  locale: Locale;
  name: string | null;
  url: string;
  minutes: number;
}): Promise<RenderedEmail> {
  const t = await translator(locale);
  const messages = await loadMessages(locale);
  const tLink = createTranslator({ locale, messages, namespace: "AuthFlows.linkEmail", timeZone: SHOP_TIME_ZONE });
  return renderEmail(
    tLink("subject"),
    <Layout locale={locale} preview={tLink("preview")} t={t}>
      <Heading as="h1" style={styles.h1}>
        {tLink("title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{tLink("intro")}</Text>
      <ActionButton url={url} label={tLink("button")} t={t} />
      <Text style={styles.small}>{tLink("validFor", { minutes })}</Text>
      <Text style={styles.small}>{tLink("ignore")}</Text>
    </Layout>,
  );
}

function Layout({
  locale,
  preview,
  t,
  children,
}: {
  locale: Locale;
  preview: string;
  t: Translator;
  children: ReactNode;
}) {
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>PluSuite</Text>
          <Section style={styles.card}>{children}</Section>
          <Section style={styles.footer}>
            <Hr style={styles.hr} />
            <Text style={styles.footerText}>{t("footer")}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

function Greeting({ name, t }: { name: string | null; t: Translator }) {
  return <Text style={styles.text}>{name ? t("greeting", { name }) : t("greetingNoName")}</Text>;
}

function ActionButton({ url, label, t }: { url: string; label: string; t: Translator }) {
  return (
    <>
      <Section style={styles.buttonRow}>
        <Link href={url} style={styles.button}>
          {label}
        </Link>
      </Section>
      <Text style={styles.small}>{t("linkFallback")}</Text>
      <Text style={styles.url}>{url}</Text>
    </>
  );
}

const styles = {
  ...baseEmailStyles,
  small: { fontSize: "13px", lineHeight: "20px", color: MUTED, margin: "0 0 8px" },
  url: { fontSize: "13px", lineHeight: "20px", color: NAVY, margin: "0 0 16px", wordBreak: "break-all" },
  link: { color: NAVY, textDecoration: "underline" },
  buttonRow: { margin: "24px 0 20px", textAlign: "center" },
  footer: { padding: "12px 8px 0", textAlign: "center" },
} satisfies Record<string, CSSProperties>;
