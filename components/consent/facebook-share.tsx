import { ClientMessages } from "@/components/layout/client-messages";
import { FacebookShareGate } from "./facebook-share-gate";

/**
 * Facebook's Like and Share buttons for `url` (an absolute page address), behind the "social" consent
 * gate (P8). Prerendered pages stay static: the gate decides in the browser, from the consent cookie.
 */
export function FacebookShare({ url }: { url: string }) {
  return (
    <ClientMessages namespaces={["ConsentGates", "ExternalLink"]}>
      <FacebookShareGate url={url} />
    </ClientMessages>
  );
}
