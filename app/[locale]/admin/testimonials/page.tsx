import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/admin/pagination";
import { StatusBadge, type StatusTone } from "@/components/admin/status-badge";
import { ModerationItem } from "@/components/admin/testimonials/moderation-item";
import { ClientMessages } from "@/components/layout/client-messages";
import {
  listTestimonialsForModeration,
  parseTestimonialsParams,
  REJECTION_REASON_MAX_LENGTH,
  TESTIMONIAL_STATUSES,
  TESTIMONIALS_PAGE_SIZE,
  TESTIMONIALS_TABLE,
} from "@/lib/admin/testimonials";
import { tableHref } from "@/lib/admin/table-params";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { displayName } from "@/lib/testimonials/testimonials";

export const metadata: Metadata = { robots: { index: false } };

const PATHNAME = "/admin/testimonials";
const TONES: Record<(typeof TESTIMONIAL_STATUSES)[number], StatusTone> = {
  pending: "warning",
  published: "success",
  hidden: "neutral",
  rejected: "danger",
};

/** P21: the moderation queue (pending first, oldest first) and the other statuses, one tab each. */
export default async function TestimonialsModerationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Checked here and in the data functions, not only by the layout (see ../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminTestimonials");
  const format = await getFormatter();
  const tableParams = parseTestimonialsParams(await searchParams);
  const { rows, total, page, counts } = await listTestimonialsForModeration(db, admin, tableParams);
  const shown = { ...tableParams, page };
  const current = tableParams.filters.status ?? "pending";

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <nav aria-label={t("statusesLabel")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {TESTIMONIAL_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={tableHref(PATHNAME, TESTIMONIALS_TABLE, shown, { filters: { status } })}
                aria-current={status === current ? "page" : undefined}
                className="block rounded-full border border-line px-4 py-1.5 hover:bg-sand aria-[current=page]:border-marine aria-[current=page]:bg-marine aria-[current=page]:text-white"
              >
                {t(`statuses.${status}`)} ({counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="moderation-list-title" className="space-y-4">
        <h2 id="moderation-list-title" className="font-serif text-2xl font-semibold text-ink">
          {t(`listTitles.${current}`)}
        </h2>
        <p className="text-sm">
          <Link
            href={tableHref(PATHNAME, TESTIMONIALS_TABLE, shown, {
              sort: "createdAt",
              direction: shown.sort === "createdAt" && shown.direction === "asc" ? "desc" : "asc",
            })}
            className="text-marine underline underline-offset-4"
          >
            {shown.sort === "createdAt" && shown.direction === "asc" ? t("newestFirst") : t("oldestFirst")}
          </Link>
        </p>
        {rows.length === 0 ? (
          <p className="text-sm text-muted">{t(`empty.${current}`)}</p>
        ) : (
          <ClientMessages namespaces={["AdminTestimonials", "Errors"]}>
            <ul className="space-y-4">
              {rows.map((row) => (
                <ModerationItem
                  key={`${row.id}:${row.updatedAt.toISOString()}`}
                  locale={locale}
                  item={{ id: row.id, status: row.status, updatedAt: row.updatedAt.toISOString() }}
                  reasonMaxLength={REJECTION_REASON_MAX_LENGTH}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <span aria-hidden="true" className="text-terracotta">
                        {"★".repeat(row.rating)}
                      </span>{" "}
                      {t("rating", { rating: row.rating })}
                    </span>
                    <StatusBadge tone={TONES[row.status]} label={t(`statuses.${row.status}`)} />
                  </div>
                  <blockquote lang={row.locale} className="mt-2 whitespace-pre-line text-base text-ink">
                    {row.body}
                  </blockquote>
                  <p className="mt-2 text-xs text-muted">
                    {t("writtenBy", {
                      date: format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}{" "}
                    <Link href={`/admin/customers/${row.author.id}`} className="text-marine underline">
                      {row.author.name ?? row.author.email}
                    </Link>
                    {" · "}
                    {/* P21: what the storefront would sign, read from the profile and the consent at render time */}
                    {t("signature", {
                      name: (row.showName ? displayName(row.author.name) : null) ?? t("verifiedCustomer"),
                    })}
                  </p>
                  {row.rejectionReason && (
                    <p className="mt-2 text-xs text-terracotta">
                      {t("rejectedBecause", { reason: row.rejectionReason })}
                    </p>
                  )}
                  {row.moderatedAt && (
                    <p className="mt-1 text-xs text-muted">
                      {t("moderated", {
                        date: format.dateTime(row.moderatedAt, { dateStyle: "medium", timeStyle: "short" }),
                        by: row.moderatedBy ? (row.moderatedBy.name ?? row.moderatedBy.email) : t("moderatorGone"),
                      })}
                    </p>
                  )}
                </ModerationItem>
              ))}
            </ul>
          </ClientMessages>
        )}
        <Pagination
          pathname={PATHNAME}
          spec={TESTIMONIALS_TABLE}
          params={shown}
          total={total}
          pageSize={TESTIMONIALS_PAGE_SIZE}
        />
      </section>
    </div>
  );
}
