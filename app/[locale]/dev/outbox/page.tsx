import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { listOutboxEmails } from "@/lib/admin/outbox";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isOutboxViewerEnabled } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

// Always read the outbox as it is now; this page is never prerendered.
export const dynamic = "force-dynamic";

const MAX_LISTED = 100;

const STATUS_LABELS = {
  pending: "statusPending",
  sending: "statusSending",
  sent: "statusSent",
  failed: "statusFailed",
} as const;
const STATUS_COLOURS = {
  pending: "text-muted",
  sending: "text-marine",
  sent: "text-sage",
  failed: "text-terracotta",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DevOutbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DevOutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const env = getEnv();
  // It shows customers' e-mails, reset links included: a 404 in production unless a test or demo server
  // opts in, and a 404 for anyone but an admin everywhere.
  if (!isOutboxViewerEnabled(env)) notFound();
  const admin = await requireAdmin();
  await localeFromParams(params);
  const t = await getTranslations("DevOutbox");
  const format = await getFormatter();
  const emails = await listOutboxEmails(db, admin, MAX_LISTED);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-4 rounded-lg border border-line bg-sand p-4 text-sm">
        {env.RESEND_API_KEY ? t("senderConfigured") : t("notice")}
      </p>

      {emails.length === 0 ? (
        <p className="mt-8 rounded-lg border border-dashed border-line p-10 text-center text-muted">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("tableLabel")}</caption>
            <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("date")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("to")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("subject")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("template")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-2 text-right font-semibold">
                  {t("attempts")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("lastError")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {emails.map((email) => (
                <tr key={email.id} className="align-top hover:bg-paper">
                  <td className="whitespace-nowrap px-3 py-2 text-muted">
                    <time dateTime={email.createdAt.toISOString()}>
                      {format.dateTime(email.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td className="px-3 py-2">{email.to}</td>
                  <td className="px-3 py-2">
                    <Link
                      href={`/dev/outbox/${encodeURIComponent(email.id)}`}
                      className="font-medium text-marine underline underline-offset-2 hover:no-underline"
                    >
                      {email.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2 font-mono text-xs">{email.template}</td>
                  <td className={`whitespace-nowrap px-3 py-2 font-medium ${STATUS_COLOURS[email.status]}`}>
                    {t(STATUS_LABELS[email.status])}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{email.attempts}</td>
                  <td className="max-w-xs truncate px-3 py-2 text-terracotta" title={email.lastError ?? undefined}>
                    {email.lastError}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {emails.length === MAX_LISTED && <p className="mt-3 text-sm text-muted">{t("limit", { count: MAX_LISTED })}</p>}
    </div>
  );
}
