import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GatewaySwitch } from "@/components/admin/settings/gateway-switch";
import { ShopContactForm } from "@/components/admin/settings/shop-contact-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { settingsOverview } from "@/lib/admin/settings";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { localeFromParams } from "@/lib/i18n/params";
import { paymentConfigFrom } from "@/lib/payments/config";

export const metadata: Metadata = { robots: { index: false } };

const GATEWAY_NAMES = { stripe: "Stripe", paypal: "PayPal" } as const;

/** P28, P25: payment gateways on and off, and the shop's contact details shown across the site and e-mails. */
export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  // Checked here and in the data function, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminSettings");
  const settings = await settingsOverview(db, admin, paymentConfigFrom(getEnv()));

  return (
    <div className="space-y-10">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>

      <section aria-labelledby="settings-gateways-title" className="space-y-4">
        <h2 id="settings-gateways-title" className="font-serif text-2xl font-semibold text-ink">
          {t("gateways.title")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t("gateways.intro")}</p>
        {settings.demoMode && <p className="max-w-3xl rounded-md bg-sand p-3 text-sm">{t("gateways.demoMode")}</p>}
        {!settings.demoMode && settings.offered.length === 0 && (
          <p role="alert" className="max-w-3xl rounded-md bg-terracotta/10 p-3 text-sm font-medium text-terracotta">
            {t("gateways.noneOffered")}
          </p>
        )}
        <ul className="max-w-3xl divide-y divide-line rounded-lg border border-line">
          {settings.gateways.map((gateway) => {
            const name = GATEWAY_NAMES[gateway.provider];
            return (
              <li key={gateway.provider} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <h3 className="font-semibold text-ink">{name}</h3>
                  <p className="text-sm text-muted">
                    {gateway.enabled ? t("gateways.on") : t("gateways.off")}
                    {" · "}
                    {gateway.configured ? t("gateways.configured") : t("gateways.notConfigured")}
                  </p>
                </div>
                <ClientMessages namespaces={["AdminSettings", "Errors"]}>
                  <GatewaySwitch locale={locale} provider={gateway.provider} name={name} enabled={gateway.enabled} />
                </ClientMessages>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="settings-contact-title" className="space-y-4">
        <h2 id="settings-contact-title" className="font-serif text-2xl font-semibold text-ink">
          {t("contact.title")}
        </h2>
        <p className="max-w-3xl text-sm text-muted">{t("contact.intro")}</p>
        <ClientMessages namespaces={["AdminSettings", "Errors"]}>
          <ShopContactForm
            locale={locale}
            initial={{
              phone: settings.contact.phone,
              email: settings.contact.email,
              address: settings.contact.addressLines.join("\n"),
              updatedAt: settings.contactUpdatedAt,
            }}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
