import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CampaignTable } from "@/components/admin/newsletter/campaign-table";
import { Pagination } from "@/components/admin/pagination";
import { buttonClass } from "@/components/ui/button";
import { CAMPAIGN_PAGE_SIZE, CAMPAIGN_TABLE, listCampaigns, parseCampaignParams } from "@/lib/admin/campaigns";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/newsletter";

/** P6, P7: the newsletter and promotions campaigns, drafts and sent ones, and the way to write a new one. */
export default async function NewsletterCampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const t = await getTranslations("AdminNewsletter");
  const tableParams = parseCampaignParams(await searchParams);
  const { campaigns, total, page } = await listCampaigns(db, admin, tableParams);
  const shown = { ...tableParams, page };

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="max-w-3xl text-muted">{t("intro")}</p>
        <p>
          <Link href="/admin/newsletter/new" className={buttonClass({ size: "md" }, "inline-block")}>
            {t("new")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="campaign-list-title" className="space-y-4">
        <h2 id="campaign-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t("listTitle")}
        </h2>
        <CampaignTable campaigns={campaigns} params={shown} pathname={PATHNAME} />
        <Pagination
          pathname={PATHNAME}
          spec={CAMPAIGN_TABLE}
          params={shown}
          total={total}
          pageSize={CAMPAIGN_PAGE_SIZE}
        />
      </section>
    </div>
  );
}
