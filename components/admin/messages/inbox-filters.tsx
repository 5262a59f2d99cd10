import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { CONTACT_KINDS, CONTACT_STATUSES, type InboxTableParams } from "@/lib/admin/contact-messages";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The inbox's filters as a plain GET form: the filters live in the URL (works without JavaScript, bookmarkable). */
export async function InboxFilters({ locale, params }: { locale: Locale; params: InboxTableParams }) {
  const t = await getTranslations("AdminMessages");
  return (
    <form method="get" action={`/${locale}/admin/messages`} aria-labelledby="inbox-filters-title">
      <h2 id="inbox-filters-title" className="sr-only">
        {t("filtersTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:max-w-2xl">
        <SelectField
          name="status"
          label={t("status")}
          defaultValue={params.filters.status ?? ""}
          options={[
            { value: "", label: t("anyStatus") },
            ...CONTACT_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) })),
          ]}
        />
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={params.filters.kind ?? ""}
          options={[
            { value: "", label: t("anyKind") },
            ...CONTACT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          ]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" size="md">
          {t("apply")}
        </Button>
        <Link href="/admin/messages" className="text-sm font-medium text-marine underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
