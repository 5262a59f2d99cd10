import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge, type StatusTone } from "@/components/admin/status-badge";
import type { CustomerProfile } from "@/lib/admin/customers";

const LIST_TONES: Record<string, StatusTone> = {
  confirmed: "success",
  pending: "warning",
  none: "neutral",
  unsubscribed: "neutral",
};

/**
 * What the customer chose about the use of their data (P4, P6, P7): recording of viewed products, newsletter
 * and promotions, and each subscription row with its dates. The name consent of testimonials is shown with them.
 */
export async function CustomerConsents({
  consents,
  subscriptions,
}: {
  consents: CustomerProfile["consents"];
  subscriptions: CustomerProfile["subscriptions"];
}) {
  const t = await getTranslations("AdminCustomers.consents");
  const format = await getFormatter();
  const day = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium" }) : "—");
  return (
    <section aria-labelledby="consents-title" className="space-y-4">
      <h2 id="consents-title" className="font-serif text-2xl font-semibold text-ink">
        {t("title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[16rem_1fr]">
        <dt className="text-muted">{t("recordInterests")}</dt>
        <dd>
          <StatusBadge
            tone={consents.recordInterests ? "success" : "neutral"}
            label={consents.recordInterests ? t("on") : t("off")}
          />
        </dd>
        {(["newsletter", "promotions"] as const).map((list) => (
          <div key={list} className="contents">
            <dt className="text-muted">{t(`lists.${list}`)}</dt>
            <dd>
              <StatusBadge
                tone={LIST_TONES[consents.lists[list]] ?? "neutral"}
                label={t(`status.${consents.lists[list]}`)}
              />
            </dd>
          </div>
        ))}
      </dl>
      <h3 className="font-semibold text-ink">{t("subscriptionsTitle")}</h3>
      {subscriptions.length === 0 ? (
        <p className="text-sm text-muted">{t("noSubscription")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {subscriptions.map((subscription) => (
            <li key={subscription.id} data-testid="customer-subscription">
              <span className="font-medium">{t(`lists.${subscription.list}`)}</span> ·{" "}
              <StatusBadge
                tone={LIST_TONES[subscription.status] ?? "neutral"}
                label={t(`status.${subscription.status}`)}
              />{" "}
              <span className="text-muted">
                {t("subscriptionDates", {
                  email: subscription.email,
                  asked: day(subscription.createdAt),
                  confirmed: day(subscription.confirmedAt),
                  ended: day(subscription.unsubscribedAt),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
