import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { ClientMessages } from "@/components/layout/client-messages";
import { getContactMessage } from "@/lib/admin/contact-messages";
import { REPLY_MAX_LENGTH } from "@/lib/admin/contact-replies";
import { requireAdmin } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { ReopenForm } from "./reopen-form";
import { ReplyForm } from "./reply-form";

export const metadata: Metadata = { robots: { index: false } };

/** P3, P29: one contact message, its answers, the form to answer it, and the way to reopen it. */
export default async function ContactMessagePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  // Checked here and in the data functions, not only by the layout (see ../../page.tsx).
  const admin = await requireAdmin();
  const locale = await localeFromParams(params);
  const { id } = await params;
  const t = await getTranslations("AdminMessages");
  const format = await getFormatter();
  const message = await getContactMessage(db, admin, id).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "notFound") notFound();
    throw error;
  });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const language = t(`languages.${message.locale === "en" ? "en" : "fr"}`);
  const privacyRequest = message.kind !== "question";

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <p>
          <Link href="/admin/messages" className="text-sm font-medium text-marine underline underline-offset-4">
            {t("back")}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold text-marine">{message.subject}</h1>
        <StatusBadge tone={message.status === "open" ? "warning" : "success"} label={t(`statuses.${message.status}`)} />
      </header>

      <section aria-labelledby="message-title" className="space-y-4">
        <h2 id="message-title" className="font-serif text-2xl font-semibold text-ink">
          {t("messageTitle")}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-muted">{t("from")}</dt>
          <dd>
            {message.name} &lt;{message.email}&gt;
          </dd>
          <dt className="font-medium text-muted">{t("kind")}</dt>
          <dd>{t(`kinds.${message.kind}`)}</dd>
          <dt className="font-medium text-muted">{t("receivedAt")}</dt>
          <dd>{when(message.createdAt)}</dd>
          <dt className="font-medium text-muted">{t("language")}</dt>
          <dd>{language}</dd>
          {message.orderNumber && (
            <>
              <dt className="font-medium text-muted">{t("orderNumber")}</dt>
              <dd>{message.orderNumber}</dd>
            </>
          )}
        </dl>
        {privacyRequest && (
          <p className="max-w-3xl rounded-md bg-sand px-3 py-2 text-sm">
            {t("privacyRequest")}{" "}
            <Link
              href={`/admin/customers?q=${encodeURIComponent(message.email)}`}
              className="font-medium text-marine underline underline-offset-4"
            >
              {t("findCustomer")}
            </Link>
          </p>
        )}
        <div className="max-w-3xl whitespace-pre-wrap rounded-md border border-line bg-white p-4">
          {message.message}
        </div>
      </section>

      <section aria-labelledby="replies-title" className="space-y-4">
        <h2 id="replies-title" className="font-serif text-2xl font-semibold text-ink">
          {t("repliesTitle")}
        </h2>
        {message.replies.length === 0 ? (
          <p className="text-sm text-muted">{t("noReplies")}</p>
        ) : (
          <ol className="max-w-3xl space-y-4">
            {message.replies.map((reply) => (
              <li key={reply.id} className="rounded-md border border-line bg-white p-4">
                <p className="text-sm text-muted">
                  {t("replyBy", {
                    author: reply.author ? (reply.author.name ?? reply.author.email) : t("authorGone"),
                    date: when(reply.sentAt),
                  })}
                </p>
                <p className="mt-2 whitespace-pre-wrap">{reply.body}</p>
              </li>
            ))}
          </ol>
        )}
        {message.status === "answered" && (
          <ClientMessages namespaces={["AdminMessages", "Errors"]}>
            <ReopenForm locale={locale} messageId={message.id} />
          </ClientMessages>
        )}
      </section>

      <section aria-labelledby="reply-title" className="space-y-4">
        <h2 id="reply-title" className="font-serif text-2xl font-semibold text-ink">
          {t("replyTitle")}
        </h2>
        <ClientMessages namespaces={["AdminMessages", "Errors"]}>
          <ReplyForm
            locale={locale}
            messageId={message.id}
            answeredAt={message.answeredAt?.toISOString() ?? ""}
            recipient={message.email}
            language={language}
            maxLength={REPLY_MAX_LENGTH}
          />
        </ClientMessages>
      </section>
    </div>
  );
}
