import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/contact/contact-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { TextPage } from "@/components/layout/text-page";
import { localeFromParams } from "@/lib/i18n/params";
import { RETENTION_SCHEDULE } from "@/lib/privacy/retention-schedule";
import { db } from "@/lib/db";
import { readShopContact } from "@/lib/settings/shop-contact";

// P25, P29: the phone number and e-mail address; P3: the form, whose messages are kept per the retention
// schedule (said here from the schedule itself). Privacy requests of guests come through it too (P14).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Contact");
  return { title: t("title") };
}

export default async function ContactPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection(); // a nonce page (lib/security/csp.ts): personal data is typed here
  const locale = await localeFromParams(params);
  const t = await getTranslations("Contact");
  const contact = await readShopContact(db); // set at /admin/settings
  const link = "font-medium text-marine underline underline-offset-4";
  return (
    <TextPage title={t("title")}>
      <p>{t("intro")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
        <dt className="font-medium text-ink">{t("phoneLabel")}</dt>
        <dd>
          <a href={`tel:${contact.phoneInternational}`} className={link}>
            {contact.phone}
          </a>
          {contact.phoneIsFree && ` (${t("phoneFree")})`}
        </dd>
        <dt className="font-medium text-ink">{t("emailLabel")}</dt>
        <dd>
          <a href={`mailto:${contact.email}`} className={link}>
            {contact.email}
          </a>
        </dd>
        {contact.addressLines.length > 0 && (
          <>
            <dt className="font-medium text-ink">{t("addressLabel")}</dt>
            <dd>
              <address className="not-italic">
                {contact.addressLines.map((line, index) => (
                  <span key={index} className="block">
                    {line}
                  </span>
                ))}
              </address>
            </dd>
          </>
        )}
      </dl>
      <h2 className="pt-4 font-serif text-2xl font-semibold text-marine">{t("formTitle")}</h2>
      <p className="text-base">{t("privacyNote")}</p>
      <p className="text-base">
        {t("keepingNote", {
          questionYears: yearsOf(RETENTION_SCHEDULE.contactMessageAfterLastExchange.days),
          requestYears: yearsOf(RETENTION_SCHEDULE.privacyRequestAfterLastExchange.days),
        })}
      </p>
      <div className="text-base text-ink">
        <ClientMessages namespaces={["Contact", "Errors"]}>
          <ContactForm locale={locale} />
        </ClientMessages>
      </div>
    </TextPage>
  );
}

/** Whole years in a retention line (its days count the leap days: 1,096 days are 3 years). */
const yearsOf = (days: number) => Math.floor(days / 365);
