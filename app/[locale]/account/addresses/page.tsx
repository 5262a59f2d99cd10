import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { deleteAddressAction, setDefaultAddressAction } from "@/app/[locale]/account/addresses/actions";
import { listAddresses, type SavedAddress } from "@/lib/accounts/addresses";
import { formatPhone } from "@/lib/accounts/phone";
import { requireUser } from "@/lib/auth/current-user";
import { COUNTRIES } from "@/lib/checkout/address";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/routing";
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
  const { done, error } = await searchParams;
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
      {error === "notFound" && (
        <Notice tone="error" className="mt-6">
          {t("notFound")}
        </Notice>
      )}
      <Link
        href="/account/addresses/new"
        className="mt-6 inline-block rounded-full bg-marine px-5 py-2 font-medium text-white hover:bg-marine-dark"
      >
        {t("add")}
      </Link>
      {addresses.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line p-8 text-center">{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="mt-8 grid gap-4 lg:grid-cols-2">
          {addresses.map((address) => (
            <AddressCard key={address.id} address={address} locale={locale} />
          ))}
        </ul>
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
  const button = "rounded-full border border-marine px-4 py-1.5 text-sm font-medium text-marine hover:bg-sand";

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
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href={`/account/addresses/${address.id}`} aria-label={t("editLabel", { name: label })} className={button}>
          {t("edit")}
        </Link>
        {!address.defaultShipping && (
          <DefaultButton
            id={address.id}
            locale={locale}
            kind="shipping"
            className={button}
            label={t("makeDefaultShippingLabel", { name: label })}
            text={t("makeDefaultShipping")}
          />
        )}
        {!address.defaultBilling && (
          <DefaultButton
            id={address.id}
            locale={locale}
            kind="billing"
            className={button}
            label={t("makeDefaultBillingLabel", { name: label })}
            text={t("makeDefaultBilling")}
          />
        )}
        <form action={deleteAddressAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="addressId" value={address.id} />
          <button
            type="submit"
            aria-label={t("deleteLabel", { name: label })}
            className="rounded-full border border-terracotta px-4 py-1.5 text-sm font-medium text-terracotta hover:bg-terracotta/10"
          >
            {t("delete")}
          </button>
        </form>
      </div>
    </li>
  );
}

function DefaultButton(props: {
  id: string;
  locale: Locale;
  kind: "shipping" | "billing";
  label: string;
  text: string;
  className: string;
}) {
  return (
    <form action={setDefaultAddressAction}>
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="addressId" value={props.id} />
      <input type="hidden" name="kind" value={props.kind} />
      <button type="submit" aria-label={props.label} className={props.className}>
        {props.text}
      </button>
    </form>
  );
}
