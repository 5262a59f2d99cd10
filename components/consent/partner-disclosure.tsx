import { useTranslations } from "next-intl";
import { ExternalLink } from "@/components/ui/external-link";
import { partner, type PartnerId } from "@/lib/partners/registry";

/**
 * What loading a partner's widget sends, and to whom (P8, P11, P20): its name and cookies come from the
 * partner registry, so the placeholder says what the privacy page and the banner say.
 * Needs the "ConsentGates" and "ExternalLink" message namespaces.
 */
export function PartnerDisclosure({ partnerId, id }: { partnerId: PartnerId; id?: string }) {
  const t = useTranslations("ConsentGates");
  const { name, cookies, privacyPolicyUrl } = partner(partnerId);
  return (
    <>
      <p id={id}>{t("sends", { partner: name, cookies: cookies.join(", ") })}</p>
      <p className="mt-1">
        <ExternalLink href={privacyPolicyUrl} className="underline underline-offset-4 hover:text-ink">
          {t("partnerPolicy", { partner: name })}
        </ExternalLink>
      </p>
    </>
  );
}
