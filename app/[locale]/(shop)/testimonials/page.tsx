import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { listPublishedTestimonials } from "@/lib/testimonials/testimonials";

// Rendered on every request, never cached: P21 promises that withdrawing the consent to show one's name
// hides it AT ONCE, and so must a name change in the profile or an account deletion, which are other
// pages' actions. A cached page would need every one of them (present and future) to remember to
// revalidate it; rendering per request makes "at once" true by construction, for one indexed query.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Testimonials");
  return { title: t("title"), description: t("description") };
}

export default async function TestimonialsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const t = await getTranslations("Testimonials");
  const format = await getFormatter();
  const testimonials = await listPublishedTestimonials(db);

  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="font-serif text-4xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-4 text-lg leading-relaxed text-muted">{t("intro")}</p>
      <p className="mt-4">
        {/* A document load: Mon compte gets its own security policy (P12). */}
        <a href={`/${locale}/account/testimonials`} className="text-marine underline underline-offset-4">
          {t("write")}
        </a>
      </p>
      {testimonials.length === 0 ? (
        <p className="mt-10 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-10 space-y-6">
          {testimonials.map((testimonial) => (
            <li key={testimonial.id} data-testid="testimonial">
              <figure className="rounded-lg border border-line bg-white p-5">
                <p className="text-sm">
                  <span aria-hidden="true" className="text-terracotta">
                    {"★".repeat(testimonial.rating)}
                    <span className="text-line">{"★".repeat(5 - testimonial.rating)}</span>
                  </span>{" "}
                  <span className="sr-only">{t("rating", { rating: testimonial.rating })}</span>
                </p>
                <blockquote lang={testimonial.locale} className="mt-3 whitespace-pre-line text-lg text-ink">
                  {testimonial.body}
                </blockquote>
                <figcaption className="mt-3 text-sm text-muted">
                  <span className="font-medium text-ink" data-testid="testimonial-author">
                    {testimonial.author ?? t("verifiedCustomer")}
                  </span>
                  , {t("postedOn", { date: format.dateTime(testimonial.createdAt, { dateStyle: "long" }) })}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
