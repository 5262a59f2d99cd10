import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { CustomersTableParams } from "@/lib/admin/customers";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";

/** The customers' search as a plain GET form: the search lives in the URL, works without JavaScript. */
export async function CustomerSearch({ locale, params }: { locale: Locale; params: CustomersTableParams }) {
  const t = await getTranslations("AdminCustomers.search");
  return (
    <form method="get" action={`/${locale}/admin/customers`} role="search" aria-label={t("label")}>
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField name="q" type="search" label={t("q")} help={t("qHelp")} defaultValue={params.filters.q ?? ""} />
        <SelectField
          name="role"
          label={t("role")}
          defaultValue={params.filters.role ?? ""}
          options={[
            { value: "", label: t("anyRole") },
            { value: "customer", label: t("customer") },
            { value: "admin", label: t("admin") },
          ]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit" size="md">
          {t("submit")}
        </Button>
        <Link href="/admin/customers" className="text-sm font-medium text-marine underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
