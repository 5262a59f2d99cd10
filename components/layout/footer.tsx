import { useLocale, useTranslations } from "next-intl";
import { ManageCookiesLink } from "@/components/consent/manage-cookies-link";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { NewsletterSubscribeForm } from "@/components/newsletter/subscribe-form";
import type { ShopContact } from "@/lib/settings/shop-contact";

/** `contact`: the shop's details as set at /admin/settings (read by the layout, which renders this). */
export function Footer({ contact }: { contact: ShopContact }) {
  const t = useTranslations("Footer");
  const tNewsletter = useTranslations("Newsletter.form");
  const locale = useLocale() as Locale;
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-semibold text-marine">PluSuite</p>
          <p className="mt-2 max-w-xs text-muted">{t("about")}</p>
          <address className="mt-4 not-italic text-muted" aria-label={t("shopContact")}>
            {contact.addressLines.map((line, index) => (
              <span key={index} className="block">
                {line}
              </span>
            ))}
            <span className="block">
              {t("phone")}{" "}
              <a
                href={`tel:${contact.phoneInternational}`}
                className="underline-offset-4 hover:text-ink hover:underline"
              >
                {contact.phone}
              </a>
            </span>
            <span className="block">
              {t("email")}{" "}
              <a href={`mailto:${contact.email}`} className="underline-offset-4 hover:text-ink hover:underline">
                {contact.email}
              </a>
            </span>
          </address>
        </div>
        <nav aria-label={t("help")}>
          <h2 className="font-semibold text-ink">{t("help")}</h2>
          <ul className="mt-3 space-y-2">
            <li>
              <Link href="/privacy" className="footer-link">
                {t("privacy")}
              </Link>
            </li>
            <li>
              <Link href="/commitments" className="footer-link">
                {t("commitments")}
              </Link>
            </li>
            <li>
              <ManageCookiesLink className="footer-link" />
            </li>
            <li>
              <Link href="/terms" className="footer-link">
                {t("terms")}
              </Link>
            </li>
            <li>
              <Link href="/testimonials" className="footer-link">
                {t("testimonials")}
              </Link>
            </li>
            <li>
              {/* A document load: the contact page runs under its own nonce policy (lib/security/csp.ts). */}
              <a href={`/${locale}/contact`} className="footer-link">
                {t("contact")}
              </a>
            </li>
          </ul>
        </nav>
        <div className="space-y-6">
          <section aria-labelledby="footer-newsletter">
            <h2 id="footer-newsletter" className="font-semibold text-ink">
              {tNewsletter("title")}
            </h2>
            <div className="mt-3 text-muted">
              {/* Its messages come with the layout's (CLIENT_MESSAGES). */}
              <NewsletterSubscribeForm locale={locale} />
            </div>
          </section>
          <p className="text-muted sm:text-right">{t("copyright", { year: new Date().getFullYear() })}</p>
        </div>
      </div>
    </footer>
  );
}
