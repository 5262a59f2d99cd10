// The frame of every e-mail the shop sends (orders, accounts, privacy): the palette, the brand header, the
// white card holding the message, and the footer. E-mail clients ignore stylesheets, so every style is
// inline; renderEmail gives each e-mail its HTML and its plain-text version.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { render } from "@react-email/render";
import type { CSSProperties, ReactElement, ReactNode } from "react";
import type { RenderedEmail } from "@/lib/email/types";
import type { Locale } from "@/lib/i18n/routing";

export const NAVY = "#1e3a5f";
const INK = "#1d2433";
export const MUTED = "#5b6475";
export const LINE = "#e4dccf";
const PAPER = "#faf7f2";
const SANS = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
export const SERIF = "Georgia, 'Times New Roman', serif";

export async function renderEmail(subject: string, email: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { subject, html, text };
}

/**
 * `footer`: the lines under the rule (why the e-mail was sent). `contact`: the words before the shop's
 * address, and that address (ShopContact.email, set at /admin/settings), shown above the rule, for e-mails
 * that invite questions.
 */
export function EmailLayout({
  locale,
  preview,
  footer,
  contact,
  children,
}: {
  locale: Locale;
  preview: string;
  footer: string[];
  contact?: { words: string; email: string };
  children: ReactNode;
}) {
  return (
    <Html lang={locale} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={frame.body}>
        <Container style={frame.container}>
          <Text style={frame.brand}>PluSuite</Text>
          <Section style={frame.card}>{children}</Section>
          <Section style={contact ? frame.footerWithContact : frame.footer}>
            {contact && (
              <Text style={emailStyles.footerText}>
                {contact.words} <ContactLink email={contact.email} />
              </Text>
            )}
            <Hr style={frame.hr} />
            {footer.map((line, index) => (
              <Text key={index} style={emailStyles.footerText}>
                {line}
              </Text>
            ))}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** The shop's contact address (ShopContact.email, read by the caller when it renders) as a mailto link. */
export function ContactLink({ email }: { email: string }) {
  return (
    <Link href={`mailto:${email}`} style={emailStyles.link}>
      {email}
    </Link>
  );
}

/** Styles of the message inside the card, shared by every e-mail. */
export const emailStyles = {
  h1: { fontFamily: SERIF, fontSize: "24px", fontWeight: 700, color: NAVY, margin: "0 0 16px" },
  text: { fontSize: "15px", lineHeight: "24px", margin: "0 0 12px" },
  small: { fontSize: "13px", lineHeight: "20px", color: MUTED, margin: "0 0 8px" },
  link: { color: NAVY, textDecoration: "underline" },
  button: {
    display: "inline-block",
    backgroundColor: NAVY,
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    textDecoration: "none",
    borderRadius: "6px",
    padding: "12px 24px",
  },
  footerText: { fontSize: "13px", lineHeight: "20px", color: MUTED, margin: "0 0 6px" },
} satisfies Record<string, CSSProperties>;

const frame = {
  body: { backgroundColor: PAPER, color: INK, fontFamily: SANS, margin: 0, padding: "24px 0" },
  container: { maxWidth: "600px", margin: "0 auto", padding: "0 12px" },
  brand: { fontFamily: SERIF, fontSize: "26px", fontWeight: 700, color: NAVY, margin: "0 0 16px", textAlign: "center" },
  card: {
    backgroundColor: "#ffffff",
    border: `1px solid ${LINE}`,
    borderTop: `4px solid ${NAVY}`,
    borderRadius: "8px",
    padding: "28px 28px 32px",
  },
  footer: { padding: "12px 8px 0", textAlign: "center" },
  // A line of text needs more room under the card than a rule does.
  footerWithContact: { padding: "20px 8px 0", textAlign: "center" },
  hr: { borderColor: LINE, margin: "12px 0" },
} satisfies Record<string, CSSProperties>;
