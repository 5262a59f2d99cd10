import { ClientMessages } from "@/components/layout/client-messages";
import { TidioChatLauncher } from "./tidio-chat-launcher";

/**
 * The support chat (Tidio) behind the "chat" consent gate (P11), mounted once by the locale layout.
 * `publicKey` comes from TIDIO_PUBLIC_KEY; without one the launcher only points to the contact page.
 */
export function TidioChat({ publicKey }: { publicKey: string | undefined }) {
  return (
    <ClientMessages namespaces={["ConsentGates", "ExternalLink"]}>
      <TidioChatLauncher publicKey={publicKey} />
    </ClientMessages>
  );
}
