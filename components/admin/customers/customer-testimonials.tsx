import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import type { ModerationRow } from "@/lib/admin/testimonials";
import { Link } from "@/lib/i18n/navigation";

/** A customer's testimonials with their status and name consent (P21); moderation is on its own page. */
export async function CustomerTestimonials({ testimonials }: { testimonials: ModerationRow[] }) {
  const t = await getTranslations("AdminCustomers.testimonials");
  const tStatus = await getTranslations("AdminTestimonials.statuses");
  const format = await getFormatter();
  return (
    <section aria-labelledby="testimonials-title" className="space-y-3">
      <h2 id="testimonials-title" className="font-serif text-2xl font-semibold text-ink">
        {t("title")}
      </h2>
      {testimonials.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {testimonials.map((testimonial) => (
            <li key={testimonial.id} className="rounded-lg border border-line bg-white p-3">
              <p className="flex flex-wrap items-center gap-2">
                <StatusBadge tone="neutral" label={tStatus(testimonial.status)} />
                <span>{t("rating", { rating: testimonial.rating })}</span>
                <span className="text-muted">{format.dateTime(testimonial.createdAt, { dateStyle: "medium" })}</span>
              </p>
              <p lang={testimonial.locale} className="mt-2 whitespace-pre-line">
                {testimonial.body}
              </p>
              <p className="mt-2 text-xs text-muted">
                {testimonial.showName && testimonial.nameConsentAt
                  ? t("nameConsent", { date: format.dateTime(testimonial.nameConsentAt, { dateStyle: "medium" }) })
                  : t("noNameConsent")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        <Link href="/admin/testimonials" className="text-marine underline underline-offset-4">
          {t("moderate")}
        </Link>
      </p>
    </section>
  );
}
