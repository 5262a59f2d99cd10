import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/i18n/routing";
import { EraseCustomerForm } from "./erase-form";

/**
 * P14 on request: download the customer's data (the same file as "Mes données" gives them) and erase them
 * (the same erasure as "delete my account"). Both are written to the audit log.
 */
export async function CustomerPrivacy({
  locale,
  target,
  exportHref,
  erasable,
}: {
  locale: Locale;
  target: { kind: "account"; id: string } | { kind: "guest"; email: string };
  exportHref: string;
  /** false for an admin account and for the acting admin: never erased from here */
  erasable: boolean;
}) {
  const t = await getTranslations("AdminCustomers.privacy");
  return (
    <section aria-labelledby="privacy-title" className="space-y-6 rounded-lg border border-terracotta/40 bg-white p-5">
      <h2 id="privacy-title" className="font-serif text-2xl font-semibold text-ink">
        {t("title")}
      </h2>
      <div>
        <h3 className="font-semibold text-ink">{t("exportTitle")}</h3>
        <p className="mt-1 max-w-2xl text-sm text-muted">{t(`exportText.${target.kind}`)}</p>
        {/* A plain link: the route handler answers with an attachment, there is no page to prefetch. */}
        <a
          href={exportHref}
          download
          className={buttonClass({ size: "md", variant: "secondary" }, "mt-3 inline-block")}
        >
          {t("exportButton")}
        </a>
      </div>
      <div>
        <h3 className="font-semibold text-ink">{t("eraseTitle")}</h3>
        {erasable ? (
          <>
            <p className="mt-1 max-w-2xl text-sm text-muted">{t(`eraseText.${target.kind}`)}</p>
            <div className="mt-3">
              <ClientMessages namespaces={["AdminCustomers", "Errors"]}>
                <EraseCustomerForm locale={locale} target={target} />
              </ClientMessages>
            </div>
          </>
        ) : (
          <p className="mt-1 max-w-2xl text-sm text-muted">{t("adminNotErasable")}</p>
        )}
      </div>
    </section>
  );
}
