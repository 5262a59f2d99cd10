// "Titulaire du compte" on the overview of Mon compte (P26, P27): the person, or the organization with the
// authority attestation and its members. A server component: it renders what lib/accounts/holder.ts read.
import { getFormatter, getTranslations } from "next-intl/server";
import type { AccountHolder } from "@/lib/accounts/holder";
import { Link } from "@/lib/i18n/navigation";

const HEADING_ID = "account-holder-heading";

export async function AccountHolderSection({ holder }: { holder: AccountHolder }) {
  const t = await getTranslations("AccountHolder");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long" });

  return (
    <section
      className="mt-8 rounded-lg border border-line bg-white p-4"
      aria-labelledby={HEADING_ID}
      data-testid="account-holder"
    >
      <h2 id={HEADING_ID} className="font-serif text-xl font-semibold text-ink">
        {t("title")}
      </h2>
      {holder.kind === "person" ? (
        <>
          <p className="mt-2 text-sm text-muted">{t("personIntro")}</p>
          <p className="mt-3 font-medium" data-testid="account-holder-name">
            {holder.name ? t("you", { name: holder.name }) : t("youNoName")}
          </p>
          <p className="text-sm text-muted">{t("since", { date: date(holder.since) })}</p>
        </>
      ) : (
        <OrganizationHolder holder={holder} date={date} />
      )}
    </section>
  );
}

async function OrganizationHolder({
  holder,
  date,
}: {
  holder: Extract<AccountHolder, { kind: "organization" }>;
  date: (value: Date) => string;
}) {
  const t = await getTranslations("AccountHolder");
  const tCheckout = await getTranslations("Checkout");
  const country = tCheckout.has(`countries.${holder.country}`)
    ? tCheckout(`countries.${holder.country}` as "countries.FR")
    : holder.country;
  const { attestation } = holder;
  const attested = !attestation
    ? t("notAttested")
    : attestation.byViewer
      ? t("attestedByYou", { date: date(attestation.at) })
      : attestation.byName
        ? t("attestedBy", { name: attestation.byName, date: date(attestation.at) })
        : t("attestedByUnnamed", { date: date(attestation.at) });

  return (
    <>
      <p className="mt-2 text-sm text-muted">
        {t("organizationIntro", { organization: holder.organizationName, role: holder.viewerRole })}
      </p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold text-muted">{t("organizationName")}</dt>
        <dd data-testid="account-holder-name">{holder.organizationName}</dd>
        <dt className="font-semibold text-muted">{t("vatNumber")}</dt>
        <dd className="font-mono">{holder.vatNumber}</dd>
        <dt className="font-semibold text-muted">{t("country")}</dt>
        <dd>{country}</dd>
        <dt className="font-semibold text-muted">{t("organizationSince")}</dt>
        <dd>{date(holder.since)}</dd>
        <dt className="font-semibold text-muted">{t("attestation")}</dt>
        <dd>{attested}</dd>
      </dl>

      <h3 className="mt-6 font-serif text-lg font-semibold text-ink">{t("members")}</h3>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("membersOf", { organization: holder.organizationName })}</caption>
          <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
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
              <th scope="col" className="px-3 py-2 font-semibold">
                {t("memberJoined")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {holder.members.map((member) => (
              <tr key={member.userId} data-testid="account-holder-member">
                <td className="px-3 py-2">
                  {member.name ?? "—"}
                  {member.isViewer && <span className="ml-1 text-muted">{t("memberYou")}</span>}
                </td>
                <td className="px-3 py-2">{member.email}</td>
                <td className="px-3 py-2">{t("role", { role: member.role })}</td>
                <td className="px-3 py-2">{date(member.joinedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-4 text-sm">
        <Link href="/account/organization" className="font-medium text-marine underline underline-offset-2">
          {t("manage")}
        </Link>
      </p>
    </>
  );
}
