import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContactForm } from "@/components/contact/contact-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { TextPage } from "@/components/layout/text-page";
import { localeFromParams } from "@/lib/i18n/params";
import { CONTACT_EMAIL, CONTACT_PHONE, CONTACT_PHONE_INTERNATIONAL } from "@/lib/shop";

// Prerendered: the form needs nothing of the visitor (P3, P25, P29: phone, e-mail and the form).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Contact");
  return { title: t("title") };
}

export default async function ContactPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Contact");
  const link = "font-medium text-marine underline underline-offset-4";
  return (
    <TextPage title={t("title")}>
      <p>{t("intro")}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-base">
        <dt className="font-medium text-ink">{t("phoneLabel")}</dt>
        <dd>
          <a href={`tel:${CONTACT_PHONE_INTERNATIONAL}`} className={link}>
            {CONTACT_PHONE}
          </a>{" "}
          ({t("phoneFree")})
        </dd>
        <dt className="font-medium text-ink">{t("emailLabel")}</dt>
        <dd>
          <a href={`mailto:${CONTACT_EMAIL}`} className={link}>
            {CONTACT_EMAIL}
          </a>
        </dd>
      </dl>
      <h2 className="pt-4 font-serif text-2xl font-semibold text-marine">{t("formTitle")}</h2>
      <p className="text-base">{t("privacyNote")}</p>
      <div className="text-base text-ink">
        <ClientMessages namespaces={["Contact", "Errors"]}>
          <ContactForm locale={locale} />
        </ClientMessages>
      </div>
    </TextPage>
  );
}
