import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { EnrolmentForm } from "@/components/admin/second-factor/enrolment-form";
import { RenewRecoveryCodesForm } from "@/components/admin/second-factor/renew-recovery-codes-form";
import { VerifyForm } from "@/components/admin/second-factor/verify-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { buttonClass } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/current-user";
import { pendingEnrolment, secondFactorState, unusedRecoveryCodes } from "@/lib/auth/second-factor";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { localeFromParams } from "@/lib/i18n/params";

export const metadata: Metadata = { robots: { index: false } };

/**
 * P12: where requireAdmin() sends an admin whose session has not passed the second factor: enrolment the
 * first time, a code every other time; once passed, the state of the factor and new recovery codes.
 */
export default async function SecondFactorPage({ params }: { params: Promise<{ locale: string }> }) {
  // The one admin page open before the second factor: it is how the factor is passed.
  const admin = await requireAdmin({ beforeSecondFactor: true });
  const locale = await localeFromParams(params);
  const t = await getTranslations("AdminSecondFactor");
  const state = await secondFactorState(db, admin.id);

  let content: ReactNode;
  if (state === "notEnrolled") {
    const enrolment = await pendingEnrolment(db, admin, getEnv().COOKIE_SECRET, new Date());
    content = <EnrolmentForm locale={locale} qrCode={enrolment.qrCode} secretText={enrolment.secretText} />;
  } else if (!admin.secondFactor) {
    content = <VerifyForm locale={locale} />;
  } else {
    const left = await unusedRecoveryCodes(db, admin.id);
    content = (
      <section aria-labelledby="passed-title" className="space-y-4">
        <h2 id="passed-title" className="font-serif text-2xl font-semibold text-ink">
          {t("passedTitle")}
        </h2>
        <p className="text-muted">
          {t("passedIntro")} {t("codesLeft", { count: left })}
        </p>
        <RenewRecoveryCodesForm locale={locale} />
        <p>
          <Link href="/admin" className={buttonClass({ size: "md" })}>
            {t("backOffice")}
          </Link>
        </p>
      </section>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <ClientMessages namespaces={["AdminSecondFactor", "Errors"]}>{content}</ClientMessages>
    </div>
  );
}
