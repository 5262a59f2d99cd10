import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, type DataTableColumn } from "@/components/admin/data-table";
import {
  AUDIT_TABLE,
  isAuditAction,
  isAuditTargetType,
  type AuditEntryView,
  type AuditTableParams,
} from "@/lib/admin/audit";

type Fields = Record<string, unknown>;

const asFields = (value: AuditEntryView["before"]): Fields =>
  value && typeof value === "object" && !Array.isArray(value) ? value : {};

/** A stored value as text: strings as they are, anything else as JSON. */
const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** The key fields of an entry, each with its value before and after the change. */
async function Changes({ entry }: { entry: AuditEntryView }) {
  const t = await getTranslations("AdminAudit");
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  if (keys.length === 0) return <span className="text-muted">{t("noValue")}</span>;
  const value = (fields: Fields, key: string) =>
    key in fields ? show(fields[key]) : <span className="text-muted">{t("noValue")}</span>;
  return (
    <dl className="space-y-1">
      {keys.map((key) => (
        <div key={key}>
          <dt className="font-mono text-xs text-muted">{key}</dt>
          <dd className="break-words">
            {entry.before !== null && (
              <>
                <del className="text-muted">{value(before, key)}</del>
                <span aria-hidden="true"> → </span>
                <span className="sr-only"> {t("becomes")} </span>
              </>
            )}
            {entry.after !== null ? value(after, key) : <span className="text-muted">{t("removed")}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One page of the audit log as an accessible table; the time column sorts (newest first by default). */
export async function AuditTable({
  entries,
  params,
  pathname,
}: {
  entries: AuditEntryView[];
  params: AuditTableParams;
  pathname: string;
}) {
  const t = await getTranslations("AdminAudit");
  const format = await getFormatter();
  const columns: DataTableColumn<AuditEntryView, "at">[] = [
    {
      key: "at",
      header: t("columns.at"),
      sort: "at",
      rowHeader: true,
      cell: (entry) => (
        <time dateTime={entry.at.toISOString()} className="whitespace-nowrap">
          {format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "medium" })}
        </time>
      ),
    },
    {
      key: "actor",
      header: t("columns.actor"),
      cell: (entry) => (entry.actor ? (entry.actor.name ?? entry.actor.email) : t("actorGone")),
    },
    {
      key: "action",
      header: t("columns.action"),
      cell: (entry) => (isAuditAction(entry.action) ? t(`actions.${entry.action}`) : entry.action),
    },
    {
      key: "target",
      header: t("columns.target"),
      cell: (entry) => (
        <>
          {isAuditTargetType(entry.targetType) ? t(`targetTypes.${entry.targetType}`) : entry.targetType}
          <code className="block text-xs text-muted">{entry.targetId}</code>
        </>
      ),
    },
    { key: "changes", header: t("columns.changes"), cell: (entry) => <Changes entry={entry} /> },
  ];
  return (
    <DataTable
      caption={t("caption")}
      columns={columns}
      rows={entries}
      rowKey={(entry) => entry.id}
      empty={t("empty")}
      sorting={{ pathname, spec: AUDIT_TABLE, params }}
    />
  );
}
