import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxFilters } from "@/components/admin/messages/inbox-filters";
import { InboxTable } from "@/components/admin/messages/inbox-table";
import { Pagination } from "@/components/admin/pagination";
import { CONTACT_PAGE_SIZE, INBOX_TABLE, listContactMessages, parseInboxParams } from "@/lib/admin/contact-messages";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/messages";

/** P3, P29: the messages sent through the contact form, filtered, sorted and paginated from the URL. */
export default async function ContactInboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminMessages");
  const tableParams = parseInboxParams(await searchParams);
  const { messages, total, page } = await listContactMessages(db, admin, {
    ...tableParams.filters,
    page: tableParams.page,
    sort: tableParams.sort,
    direction: tableParams.direction,
  });
  // A page past the end (an old link) shows the last one.
  const shown = { ...tableParams, page };

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <InboxFilters locale={locale} params={shown} />
      <section aria-labelledby="inbox-list-title" className="space-y-4">
        <h2 id="inbox-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <p className="text-sm text-muted">{t("count", { count: total })}</p>
        <InboxTable messages={messages} params={shown} pathname={PATHNAME} />
        <Pagination pathname={PATHNAME} spec={INBOX_TABLE} params={shown} total={total} pageSize={CONTACT_PAGE_SIZE} />
      </section>
    </div>
  );
}
