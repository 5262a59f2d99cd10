import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/admin/data-table";
import { StatusBadge, type StatusTone } from "@/components/admin/status-badge";
import { CAMPAIGN_TABLE, type CampaignRow, type CampaignTableParams } from "@/lib/admin/campaigns";
import { Link } from "@/lib/i18n/navigation";

const TONE: Record<CampaignRow["status"], StatusTone> = { draft: "neutral", sending: "info", sent: "success" };

/** The campaigns, newest first by default; the subject opens one. */
export async function CampaignTable({
  campaigns,
  params,
  pathname,
}: {
  campaigns: CampaignRow[];
  params: CampaignTableParams;
  pathname: string;
}) {
  const t = await getTranslations("AdminNewsletter");
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const columns: DataTableColumn<CampaignRow, "createdAt">[] = [
    { key: "createdAt", header: t("columns.createdAt"), sort: "createdAt", cell: (row) => day(row.createdAt) },
    {
      key: "subject",
      header: t("columns.subject"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/admin/newsletter/${row.id}`} className="text-marine underline underline-offset-4" lang="fr">
          {row.subjectFr}
        </Link>
      ),
    },
    { key: "list", header: t("columns.list"), cell: (row) => t(`lists.${row.list}`) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => <StatusBadge tone={TONE[row.status]} label={t(`statuses.${row.status}`)} />,
    },
    {
      key: "sentAt",
      header: t("columns.sentAt"),
      cell: (row) =>
        row.sentAt ? (
          <>
            {day(row.sentAt)}
            <span className="block text-xs text-muted">
              {t("recipients", { fr: row.recipientsFr, en: row.recipientsEn })}
            </span>
          </>
        ) : (
          <span className="text-muted">{t("notSent")}</span>
        ),
    },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={campaigns}
      rowKey={(row) => row.id}
      empty={t("empty")}
      sorting={{ pathname, spec: CAMPAIGN_TABLE, params }}
    />
  );
}
