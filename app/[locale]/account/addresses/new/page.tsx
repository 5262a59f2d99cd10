import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddressForm } from "@/components/account/address-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { listAddresses } from "@/lib/accounts/addresses";
import { requireUser } from "@/lib/auth/current-user";
import { emptyAddress } from "@/lib/address/fields";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountAddresses");
  return { title: t("addTitle"), robots: { index: false } };
}

export default async function NewAddressPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/addresses/new`);
  const t = await getTranslations("AccountAddresses");
  // The first address is offered as the default of both kinds (the customer may untick the boxes).
  const first = (await listAddresses(db, user.id)).length === 0;
  return (
    <div>
      <Link href="/account/addresses" className="text-sm text-marine underline underline-offset-4">
        {t("backToList")}
      </Link>
      <h1 className="mt-3 font-serif text-3xl font-semibold text-marine">{t("addTitle")}</h1>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountAddresses", "Checkout", "Errors"]}>
          <AddressForm locale={locale} initial={{ ...emptyAddress(), defaultShipping: first, defaultBilling: first }} />
        </ClientMessages>
      </div>
    </div>
  );
}
