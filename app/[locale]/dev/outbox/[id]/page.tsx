import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { readOutboxEmail } from "@/lib/admin/outbox";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isOutboxViewerEnabled } from "@/lib/email/deliver";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const dynamic = "force-dynamic";

const STATUS_LABELS = {
  pending: "statusPending",
  sending: "statusSending",
  sent: "statusSent",
  failed: "statusFailed",
} as const;

type Params = Promise<{ locale: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("DevOutbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function DevOutboxEmailPage({ params }: { params: Params }) {
  if (!isOutboxViewerEnabled(getEnv())) notFound();
  const admin = await requireAdmin();
  await localeFromParams(params);
  const { id } = await params;
  const email = await readOutboxEmail(db, admin, id);
  if (!email) notFound();
  const t = await getTranslations("DevOutbox");
  const format = await getFormatter();

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Link href="/dev/outbox" className="text-sm text-marine underline underline-offset-2 hover:no-underline">
        <span aria-hidden="true">← </span>
        {t("back")}
      </Link>
      <h1 className="mt-4 font-serif text-3xl font-semibold text-marine">{email.subject}</h1>

      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 text-sm">
        <dt className="font-semibold text-muted">{t("to")}</dt>
        <dd>{email.to}</dd>
        <dt className="font-semibold text-muted">{t("subject")}</dt>
        <dd>{email.subject}</dd>
        <dt className="font-semibold text-muted">{t("status")}</dt>
        <dd>{t(STATUS_LABELS[email.status])}</dd>
        <dt className="font-semibold text-muted">{t("attempts")}</dt>
        <dd className="tabular-nums">{email.attempts}</dd>
        <dt className="font-semibold text-muted">{t("date")}</dt>
        <dd>
          <time dateTime={email.createdAt.toISOString()}>
            {format.dateTime(email.createdAt, { dateStyle: "long", timeStyle: "medium" })}
          </time>
        </dd>
        <dt className="font-semibold text-muted">{t("template")}</dt>
        <dd className="font-mono text-xs">{email.template}</dd>
        {email.lastError && (
          <>
            <dt className="font-semibold text-muted">{t("lastError")}</dt>
            <dd className="text-terracotta">{email.lastError}</dd>
          </>
        )}
      </dl>

      <h2 className="mt-8 font-serif text-xl font-semibold text-marine">{t("htmlVersion")}</h2>
      {/* An empty sandbox: the e-mail's HTML can run no script and reach nothing of this page. */}
      <iframe
        sandbox=""
        srcDoc={email.html}
        title={t("htmlPreview")}
        className="mt-3 h-[80vh] w-full rounded-lg border border-line bg-white"
      />

      <h2 className="mt-8 font-serif text-xl font-semibold text-marine">{t("textVersion")}</h2>
      <pre className="mt-3 overflow-x-auto whitespace-pre-wrap rounded-lg border border-line bg-white p-4 text-sm">
        {email.text}
      </pre>
    </div>
  );
}
