import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import {
  AuthInvitationFailure,
  AuthJoinForm,
  AuthJoinWithNewAccountForm,
} from "@/components/account/auth-accept-invitation-form";
import { SignOutForm } from "@/components/account/sign-out-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { peekInvitation } from "@/lib/accounts/invitations";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthFlows.invitation");
  return { title: t("pageTitle"), robots: { index: false } };
}

/**
 * The link of an organization invitation (P27, 7 days, single use). It is only looked at here; it is used
 * when the person joins: signed in with the invited address, or by creating that account here.
 */
export default async function AcceptInvitationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const locale = await localeFromParams(params);
  const { token: rawToken } = await searchParams;
  const token = typeof rawToken === "string" && rawToken.length <= 100 ? rawToken : "";
  const t = await getTranslations("AuthFlows.invitation");
  const invitation = token ? await peekInvitation(db, token, new Date()) : ({ status: "invalid" } as const);
  const user = await getCurrentUser();
  const here = `/${locale}/accept-invitation?token=${token}`;

  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <ClientMessages namespaces={["AuthFlows", "Errors"]}>
        {invitation.status !== "ok" ? (
          <>
            <h1 className="font-serif text-3xl font-semibold text-marine">{t("failedTitle")}</h1>
            <div className="mt-6">
              <AuthInvitationFailure message={t(invitation.status)} />
            </div>
          </>
        ) : (
          <>
            <h1 className="font-serif text-3xl font-semibold text-marine">
              {t("title", { organization: invitation.organizationName })}
            </h1>
            <p className="mt-4 text-muted">
              {invitation.inviterName
                ? t("intro", { organization: invitation.organizationName, inviter: invitation.inviterName })
                : t("introNoInviter", { organization: invitation.organizationName })}
            </p>
            <div className="mt-6">
              {user && user.email === invitation.email ? (
                <AuthJoinForm locale={locale} token={token} organizationName={invitation.organizationName} />
              ) : user ? (
                <div className="space-y-4">
                  <Notice tone="error">{t("wrongAccountSignedIn", { email: invitation.email })}</Notice>
                  <SignOutForm
                    locale={locale}
                    returnTo={here}
                    className={buttonClass({ variant: "secondary", size: "md" })}
                  >
                    {t("signOut")}
                  </SignOutForm>
                </div>
              ) : invitation.accountExists ? (
                <div className="space-y-4">
                  <p>{t("signInIntro", { email: invitation.email })}</p>
                  <Link
                    href={`/sign-in?returnTo=${encodeURIComponent(here)}`}
                    className={buttonClass({}, "inline-block")}
                  >
                    {t("signIn")}
                  </Link>
                </div>
              ) : (
                <AuthJoinWithNewAccountForm locale={locale} token={token} email={invitation.email} />
              )}
            </div>
          </>
        )}
      </ClientMessages>
    </div>
  );
}
