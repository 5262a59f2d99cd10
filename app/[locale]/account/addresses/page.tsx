import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddressCardActions } from "@/components/account/address-card-actions";
import { ClientMessages } from "@/components/layout/client-messages";
import { listAddresses, type SavedAddress } from "@/lib/accounts/addresses";
import { formatPhone } from "@/lib/address/phone";
import { requireUser } from "@/lib/auth/current-user";
import { COUNTRIES } from "@/lib/address/countries";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/routing";
import { buttonClass } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountAddresses");
  return { title: t("title"), robots: { index: false } };
}

const DONE = ["added", "updated", "deleted", "defaultShipping", "defaultBilling"] as const;
type Done = (typeof DONE)[number];
const isDone = (value: unknown): value is Done => DONE.includes(value as Done);

// P2, P13: the address book. Changes go through server actions that come back here with `?done=…`,
// so the page works without JavaScript and the confirmation survives the redirect.
export default async function AccountAddressesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/addresses`);
  const t = await getTranslations("AccountAddresses");
  const { done } = await searchParams;
  const addresses = await listAddresses(db, user.id);

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      {isDone(done) && (
        <Notice tone="success" className="mt-6">
          {t(`done.${done}`)}
        </Notice>
      )}
      <Link href="/account/addresses/new" className={buttonClass({ size: "md" }, "mt-6 inline-block")}>
        {t("add")}
      </Link>
      {addresses.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line p-8 text-center">{t("empty")}</p>
      ) : (
        <ClientMessages namespaces={["AccountAddresses", "Errors"]}>
          <ul aria-label={t("listLabel")} className="mt-8 grid gap-4 lg:grid-cols-2">
            {addresses.map((address) => (
              <AddressCard key={address.id} address={address} locale={locale} />
            ))}
          </ul>
        </ClientMessages>
      )}
    </div>
  );
}

async function AddressCard({ address, locale }: { address: SavedAddress; locale: Locale }) {
  const t = await getTranslations("AccountAddresses");
  const tCheckout = await getTranslations("Checkout");
  const country = COUNTRIES.find((code) => code === address.country);
  // Names the address in button labels: two addresses of one person often share the name.
  const label = `${address.name}, ${address.line1}, ${address.postalCode} ${address.city}`;

  return (
    <li className="flex flex-col rounded-lg border border-line bg-white p-4">
      {(address.defaultShipping || address.defaultBilling) && (
        <p className="mb-2 flex flex-wrap gap-2 text-xs font-medium">
          {address.defaultShipping && (
            <span className="rounded-full bg-sage/20 px-2 py-0.5">{t("defaultShipping")}</span>
          )}
          {address.defaultBilling && <span className="rounded-full bg-sage/20 px-2 py-0.5">{t("defaultBilling")}</span>}
        </p>
      )}
      <address className="text-sm not-italic">
        <span className="block font-medium">{address.name}</span>
        {address.company && <span className="block">{address.company}</span>}
        <span className="block">{address.line1}</span>
        {address.line2 && <span className="block">{address.line2}</span>}
        <span className="block">
          {address.postalCode} {address.city}
        </span>
        <span className="block">{country ? tCheckout(`countries.${country}`) : address.country}</span>
        {address.phone && <span className="mt-1 block text-muted">{formatPhone(address.phone)}</span>}
      </address>
      <AddressCardActions
        locale={locale}
        addressId={address.id}
        label={label}
        defaultShipping={address.defaultShipping}
        defaultBilling={address.defaultBilling}
      >
        <Link
          href={`/account/addresses/${address.id}`}
          aria-label={t("editLabel", { name: label })}
          className={buttonClass({ variant: "secondary", size: "sm" })}
        >
          {t("edit")}
        </Link>
      </AddressCardActions>
    </li>
  );
}
