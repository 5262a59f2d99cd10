import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { OrganizationInviteForm } from "@/components/account/organization-invite-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { organizationsOfMember, type OrganizationView } from "@/lib/accounts/organizations";
import { INVITATION_DAYS } from "@/lib/accounts/invitations";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { localeFromParams } from "@/lib/i18n/params";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountNav");
  return { title: t("organization"), robots: { index: false } };
}

/** P27: the organization(s) the customer belongs to, its members, and for owners the invitations. */
export default async function AccountOrganizationPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireUser(locale, `/${locale}/account/organization`);
  const t = await getTranslations("AuthFlows.organization");
  const organizations = await organizationsOfMember(db, user.id, new Date());
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      {organizations.length === 0 ? (
        <p className="mt-6 text-muted">{t("none")}</p>
      ) : (
        organizations.map((organization) => (
          <OrganizationSection key={organization.id} organization={organization} locale={locale} userId={user.id} />
        ))
      )}
    </div>
  );
}

async function OrganizationSection({
  organization,
  locale,
  userId,
}: {
  organization: OrganizationView;
  locale: Locale;
  userId: string;
}) {
  const t = await getTranslations("AuthFlows.organization");
  const tCheckout = await getTranslations("Checkout");
  const format = await getFormatter();
  const headingId = `organization-${organization.id}`;
  const country = tCheckout.has(`countries.${organization.country}`)
    ? tCheckout(`countries.${organization.country}` as "countries.FR")
    : organization.country;
  return (
    <section className="mt-8 space-y-8" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} className="font-serif text-2xl font-semibold text-ink">
          {organization.name}
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 text-sm">
          <dt className="font-semibold text-muted">{t("name")}</dt>
          <dd>{organization.name}</dd>
          <dt className="font-semibold text-muted">{t("country")}</dt>
          <dd>{country}</dd>
          <dt className="font-semibold text-muted">{t("vatNumber")}</dt>
          <dd className="font-mono">{organization.vatNumber}</dd>
        </dl>
      </div>

      <div>
        <h3 className="font-serif text-xl font-semibold text-ink">{t("members")}</h3>
        <div className="mt-3 overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("membersOf", { organization: organization.name })}</caption>
            <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("memberName")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("memberEmail")}
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  {t("memberRole")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {organization.members.map((member) => (
                <tr key={member.user.id} data-testid="organization-member">
                  <td className="px-3 py-2">
                    {member.user.name ?? "—"}
                    {member.user.id === userId && <span className="ml-1 text-muted">{t("you")}</span>}
                  </td>
                  <td className="px-3 py-2">{member.user.email}</td>
                  <td className="px-3 py-2">{t("role", { role: member.role })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      {organization.isOwner ? (
        <div>
          <h3 className="font-serif text-xl font-semibold text-ink">{t("invitations")}</h3>
          {organization.invitations.length === 0 ? (
            <p className="mt-3 text-sm text-muted">{t("noInvitations")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white text-sm">
              {organization.invitations.map((invitation) => (
                <li key={invitation.id} className="px-4 py-3" data-testid="pending-invitation">
                  <span className="font-medium">{invitation.email}</span>
                  <span className="block text-xs text-muted">
                    {t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "long" }) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-8 font-serif text-xl font-semibold text-ink">{t("invite")}</h3>
          <p className="mt-2 text-sm text-muted">{t("inviteHelp", { days: INVITATION_DAYS })}</p>
          <div className="mt-4 max-w-md">
            <ClientMessages namespaces={["AuthFlows", "Errors"]}>
              <OrganizationInviteForm locale={locale} organizationId={organization.id} />
            </ClientMessages>
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">{t("ownersOnly")}</p>
      )}
    </section>
  );
}
