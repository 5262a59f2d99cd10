import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TestimonialForm } from "@/components/account/testimonial-form";
import { TestimonialList, type OwnTestimonialView } from "@/components/account/testimonial-list";
import { ClientMessages } from "@/components/layout/client-messages";
import { getCustomerName } from "@/lib/accounts/profile";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { displayName, listOwnTestimonials } from "@/lib/testimonials/testimonials";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountTestimonials");
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountTestimonialsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/testimonials`);
  const t = await getTranslations("AccountTestimonials");
  const tPublic = await getTranslations("Testimonials");
  const format = await getFormatter();
  const [customerName, testimonials] = await Promise.all([
    getCustomerName(db, user.id),
    listOwnTestimonials(db, user.id),
  ]);
  // What the public page shows as the author, by the same rule (lib/testimonials).
  const name = displayName(customerName) ?? tPublic("verifiedCustomer");
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });
  const items: OwnTestimonialView[] = testimonials.map((testimonial) => ({
    id: testimonial.id,
    rating: testimonial.rating,
    body: testimonial.body,
    locale: testimonial.locale === "en" ? "en" : "fr",
    status: testimonial.status,
    rejectionReason: testimonial.status === "rejected" ? testimonial.rejectionReason : null,
    showName: testimonial.showName,
    writtenOn: date(testimonial.createdAt),
    nameSince: testimonial.showName && testimonial.nameConsentAt ? date(testimonial.nameConsentAt) : null,
    signature: testimonial.showName ? name : tPublic("verifiedCustomer"),
  }));

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
      <p className="mt-2">
        <Link href="/testimonials" className="text-marine underline underline-offset-4">
          {t("viewPublic")}
        </Link>
      </p>
      <ClientMessages namespaces={["AccountTestimonials", "Errors"]}>
        <section className="mt-8 rounded-lg border border-line bg-white p-5" aria-labelledby="new-testimonial">
          <h2 id="new-testimonial" className="mb-4 font-serif text-xl font-semibold text-ink">
            {t("newTitle")}
          </h2>
          <TestimonialForm locale={locale} />
        </section>
        <section className="mt-10" aria-labelledby="own-testimonials">
          <h2 id="own-testimonials" className="mb-4 font-serif text-xl font-semibold text-ink">
            {t("listTitle")}
          </h2>
          <TestimonialList locale={locale} items={items} />
        </section>
      </ClientMessages>
    </div>
  );
}
