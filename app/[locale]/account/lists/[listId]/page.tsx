import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ListItems, type ListItemRow } from "@/components/account/list-items";
import { ClientMessages } from "@/components/layout/client-messages";
import { getSavedList } from "@/lib/accounts/saved-lists";
import { requireUser } from "@/lib/auth/current-user";
import { variantLabel } from "@/lib/catalogue/variant-label";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { formatPrice } from "@/lib/money";

type Params = Promise<{ locale: string; listId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountLists");
  return { title: t("title"), robots: { index: false } };
}

// One saved list (P13): its items at today's price and stock, to adjust, remove or move to the cart.
// Another customer's list id is the same 404 as an unknown one.
export default async function AccountListPage({ params }: { params: Params }) {
  const locale = await localeFromParams(params);
  const { listId } = await params;
  const user = await requireUser(locale, `/${locale}/account/lists/${encodeURIComponent(listId)}`);
  const list = await getSavedList(db, user.id, listId, locale);
  if (!list) notFound();

  const t = await getTranslations("AccountLists");
  const tColour = await getTranslations("colours");
  const items: ListItemRow[] = list.items.map((item) => ({
    id: item.id,
    slug: item.slug,
    name: item.name,
    variantLabel: variantLabel(item.colour ? tColour(item.colour as never) : null, item.size),
    imageUrl: item.imageUrl,
    imageAlt: item.imageAlt,
    price: formatPrice(item.priceCents, locale),
    quantity: item.quantity,
    stock: item.stock,
    status: item.status,
  }));

  return (
    <div>
      <Link href="/account/lists" className="text-sm text-marine underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="mt-3 font-serif text-3xl font-semibold text-marine">{list.name}</h1>
      <ClientMessages namespaces={["AccountLists", "Errors"]}>
        <ListItems locale={locale} listId={list.id} items={items} />
      </ClientMessages>
    </div>
  );
}
