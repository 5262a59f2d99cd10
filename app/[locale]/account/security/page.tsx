import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SignOutForm } from "@/components/account/sign-out-form";
import { requireUser } from "@/lib/auth/current-user";
import { listActiveSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountNav");
  return { title: t("security"), robots: { index: false } };
}

export default async function AccountSecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/security`);
  const t = await getTranslations("Account");
  const tAuth = await getTranslations("Auth");
  const format = await getFormatter();
  const sessions = await listActiveSessions(db, user.id, new Date());

  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("securityTitle")}</h1>

      <section className="mt-8" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="font-serif text-xl font-semibold text-ink">
          {t("sessions")}
        </h2>
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white text-sm">
          {sessions.map((session) => (
            <li key={session.id} className="px-4 py-3">
              <span className="font-medium">{session.userAgent ?? t("unknownDevice")}</span>
              {session.id === user.sessionId && <span className="ml-2 text-sage">({t("sessionCurrent")})</span>}
              <span className="block text-xs text-muted">
                {t("sessionSince", {
                  date: format.dateTime(session.createdAt, { dateStyle: "medium" }),
                  lastSeen: format.relativeTime(session.lastSeenAt),
                })}
              </span>
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-wrap gap-3">
          <SignOutForm locale={locale} className={buttonClass({ variant: "secondary", size: "md" })}>
            {tAuth("signOut")}
          </SignOutForm>
          <SignOutForm locale={locale} everywhere className={buttonClass({ size: "md" })}>
            {tAuth("signOutEverywhere")}
          </SignOutForm>
        </div>
      </section>
    </div>
  );
}
