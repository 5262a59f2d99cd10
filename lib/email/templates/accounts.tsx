// Account e-mails (P13, P26, P27): verify the address, reset the password, confirm a new address, tell
// the old address it was replaced, tell an address that another account asked for it, invite to an
// organization, sign in by link. Each in the recipient's
// language, with the link also printed in full, because some clients strip buttons.
import { Heading, Link, Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties, ReactNode } from "react";
import type { RenderedEmail } from "@/lib/email/types";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { SHOP_TIME_ZONE } from "@/lib/shop";
import { ContactLink, EmailLayout, emailStyles, NAVY, renderEmail } from "./layout";

type Translator = ReturnType<typeof createTranslator<Messages, "AccountEmail">>;

async function translator(locale: Locale): Promise<Translator> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "AccountEmail", timeZone: SHOP_TIME_ZONE });
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
  shopEmail,
}: {
  locale: Locale;
  name: string | null;
  newEmail: string;
  /** the shop's contact address (ShopContact.email) */
  shopEmail: string;
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
        {t("emailChanged.notYou")} <ContactLink email={shopEmail} />
      </Text>
    </Layout>,
  );
}

/**
 * Sent to an address that has an account when someone asks to move another account to it: the holder is
 * told (nothing changes, nothing to do), and the form that asked answers "sent" as for any address (P12).
 */
export async function renderEmailChangeAttempt({
  locale,
  name,
  shopEmail,
}: {
  locale: Locale;
  name: string | null;
  /** the shop's contact address (ShopContact.email) */
  shopEmail: string;
}): Promise<RenderedEmail> {
  const t = await translator(locale);
  return renderEmail(
    t("emailChangeAttempt.subject"),
    <Layout locale={locale} preview={t("emailChangeAttempt.preview")} t={t}>
      <Heading as="h1" style={styles.h1}>
        {t("emailChangeAttempt.title")}
      </Heading>
      <Greeting name={name} t={t} />
      <Text style={styles.text}>{t("emailChangeAttempt.intro")}</Text>
      <Text style={styles.text}>{t("emailChangeAttempt.nothingToDo")}</Text>
      <Text style={styles.small}>
        {t("emailChangeAttempt.notYou")} <ContactLink email={shopEmail} />
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

/** The shop's frame with the account e-mails' footer. */
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
    <EmailLayout locale={locale} preview={preview} footer={[t("footer")]}>
      {children}
    </EmailLayout>
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
  ...emailStyles,
  url: { fontSize: "13px", lineHeight: "20px", color: NAVY, margin: "0 0 16px", wordBreak: "break-all" },
  buttonRow: { margin: "24px 0 20px", textAlign: "center" },
} satisfies Record<string, CSSProperties>;
