import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, type AuditTableParams } from "@/lib/admin/audit";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

export type AuditActorOption = { id: string; name: string | null; email: string };

/**
 * The audit log's filters as a plain GET form: the filters live in the URL, so a filtered view works without
 * JavaScript and can be bookmarked or sent to another admin.
 */
export async function AuditFilters({
  locale,
  params,
  actors,
}: {
  locale: Locale;
  params: AuditTableParams;
  actors: AuditActorOption[];
}) {
  const t = await getTranslations("AdminAudit");
  const { filters } = params;
  const any = (label: string) => ({ value: "", label });

  return (
    <form method="get" action={`/${locale}/admin/audit`} aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title" className="sr-only">
        {t("filtersTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          name="actor"
          label={t("actor")}
          defaultValue={filters.actor ?? ""}
          options={[any(t("anyActor")), ...actors.map((a) => ({ value: a.id, label: a.name ?? a.email }))]}
        />
        <SelectField
          name="action"
          label={t("action")}
          defaultValue={filters.action ?? ""}
          options={[
            any(t("anyAction")),
            ...AUDIT_ACTIONS.map((code) => ({ value: code, label: t(`actions.${code}`) })),
          ]}
        />
        <SelectField
          name="targetType"
          label={t("targetType")}
          defaultValue={filters.targetType ?? ""}
          options={[
            any(t("anyTargetType")),
            ...AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`targetTypes.${type}`) })),
          ]}
        />
        <TextField name="targetId" label={t("targetId")} defaultValue={filters.targetId ?? ""} />
        <TextField name="from" type="date" label={t("from")} defaultValue={filters.from ?? ""} />
        <TextField name="to" type="date" label={t("to")} defaultValue={filters.to ?? ""} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" size="md">
          {t("apply")}
        </Button>
        <Link href="/admin/audit" className="text-sm font-medium text-marine underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
