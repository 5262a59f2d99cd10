import { useTranslations } from "next-intl";
import { ClientMessages } from "@/components/layout/client-messages";
import { FacebookShareGate } from "./facebook-share-gate";
import { PartnerDisclosure } from "./partner-disclosure";

const EXPLANATION_ID = "facebook-share-explanation";

/**
 * Facebook's Like and Share buttons for `url` (an absolute page address), behind the "social" consent
 * gate (P8). Prerendered pages stay static: the gate decides in the browser, from the consent cookie. The
 * placeholder's text is rendered here, on the server.
 */
export function FacebookShare({ url }: { url: string }) {
  const t = useTranslations("ConsentGates");
  return (
    <ClientMessages namespaces={["ConsentGates"]}>
      <FacebookShareGate
        url={url}
        explanationId={EXPLANATION_ID}
        explanation={
          <>
            <p className="font-medium text-ink">{t("facebookTitle")}</p>
            <p className="mt-1">{t("facebookNotLoaded")}</p>
            <div className="mt-1">
              <PartnerDisclosure partnerId="facebook" id={EXPLANATION_ID} />
            </div>
          </>
        }
      />
    </ClientMessages>
  );
}
