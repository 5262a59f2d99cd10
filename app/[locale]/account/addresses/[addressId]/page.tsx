import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AddressForm } from "@/components/account/address-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { findAddress } from "@/lib/accounts/addresses";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountAddresses");
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditAddressPage({ params }: { params: Promise<{ locale: string; addressId: string }> }) {
  const locale = await localeFromParams(params);
  const { addressId } = await params;
  const user = await requireUser(locale, `/${locale}/account/addresses/${encodeURIComponent(addressId)}`);
  // Another customer's address (or none): the same 404, no hint that the id exists.
  const address = await findAddress(db, user.id, addressId);
  if (!address) notFound();
  const t = await getTranslations("AccountAddresses");
  const { id, company, line2, phone, ...rest } = address;
  return (
    <div>
      <Link href="/account/addresses" className="text-sm text-marine underline underline-offset-4">
        {t("backToList")}
      </Link>
      <h1 className="mt-3 font-serif text-3xl font-semibold text-marine">{t("editTitle")}</h1>
      <div className="mt-8">
        <ClientMessages namespaces={["AccountAddresses", "Checkout", "Errors"]}>
          <AddressForm
            locale={locale}
            addressId={id}
            initial={{ ...rest, company: company ?? "", line2: line2 ?? "", phone: phone ?? "" }}
          />
        </ClientMessages>
      </div>
    </div>
  );
}
