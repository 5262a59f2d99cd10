import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/[locale]/(shop)/sign-in/actions";
import { requireUser } from "@/lib/auth/current-user";
import { listActiveSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";

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
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded-full border border-marine px-5 py-2 font-medium text-marine">
              {tAuth("signOut")}
            </button>
          </form>
          <form action={signOutAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="everywhere" value="1" />
            <button type="submit" className="rounded-full bg-marine px-5 py-2 font-medium text-white">
              {tAuth("signOutEverywhere")}
            </button>
          </form>
        </div>
      </section>
    </div>
  );
}
