import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/admin/data-table";
import { StatusBadge } from "@/components/admin/status-badge";
import { INBOX_TABLE, type InboxRow, type InboxSort, type InboxTableParams } from "@/lib/admin/contact-messages";
import { Link } from "@/lib/i18n/navigation";

/** One page of the contact inbox (P3): received and answered dates sort; the subject opens the message. */
export async function InboxTable({
  messages,
  params,
  pathname,
}: {
  messages: InboxRow[];
  params: InboxTableParams;
  pathname: string;
}) {
  const t = await getTranslations("AdminMessages");
  const format = await getFormatter();
  const when = (date: Date) => (
    <time dateTime={date.toISOString()} className="whitespace-nowrap">
      {format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
  const columns: DataTableColumn<InboxRow, InboxSort>[] = [
    { key: "createdAt", header: t("columns.createdAt"), sort: "createdAt", cell: (row) => when(row.createdAt) },
    {
      key: "subject",
      header: t("columns.subject"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/admin/messages/${row.id}`} className="text-marine underline underline-offset-4">
          {row.subject}
        </Link>
      ),
    },
    {
      key: "from",
      header: t("columns.from"),
      cell: (row) => (
        <>
          {row.name}
          <span className="block text-xs text-muted">{row.email}</span>
        </>
      ),
    },
    { key: "kind", header: t("columns.kind"), cell: (row) => t(`kinds.${row.kind}`) },
    {
      key: "status",
      header: t("columns.status"),
      cell: (row) => (
        <StatusBadge tone={row.status === "open" ? "warning" : "success"} label={t(`statuses.${row.status}`)} />
      ),
    },
    {
      key: "answeredAt",
      header: t("columns.answeredAt"),
      sort: "answeredAt",
      cell: (row) => (row.answeredAt ? when(row.answeredAt) : <span className="text-muted">{t("notAnswered")}</span>),
    },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={messages}
      rowKey={(row) => row.id}
      empty={t("empty")}
      sorting={{ pathname, spec: INBOX_TABLE, params }}
    />
  );
}
