"use client";

// P11: Tidio's script (and everything it loads from tidio.co) is added to the page only once the visitor
// consented to the "chat" category and a public key is configured. Until then a small launcher of our own
// explains what loading the chat sends to Tidio and offers the contact form instead.
import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { useConsent } from "./use-consent";

// What the panel says (Tidio, what it would receive, the contact form instead) arrives when it is first opened.
const TidioChatPanel = lazy(() => import("./tidio-chat-panel").then((module) => ({ default: module.TidioChatPanel })));

function loadTidio(publicKey: string): HTMLScriptElement {
  const script = document.createElement("script");
  script.src = `https://code.tidio.co/${publicKey}.js`;
  script.async = true;
  document.body.appendChild(script);
  return script;
}

/** Removes the script tag and what Tidio added to the page (its container, iframe and own script tags). */
function unloadTidio(script: HTMLScriptElement): void {
  script.remove();
  for (const element of document.querySelectorAll('[id^="tidio-"], script[src*=".tidio.co/"]')) element.remove();
}

export function TidioChatLauncher({ publicKey }: { publicKey: string | undefined }) {
  const t = useTranslations("ConsentGates");
  const consent = useConsent();
  const active = Boolean(publicKey && consent?.chat);
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const wasActive = useRef(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const titleId = useId();

  useEffect(() => {
    if (!active || !publicKey) return;
    const script = loadTidio(publicKey);
    return () => unloadTidio(script);
  }, [active, publicKey]);

  useEffect(() => {
    if (active) {
      wasActive.current = true;
      return;
    }
    // Consent withdrawn: a script keeps running after its tag is removed, so once Tidio's code has run,
    // only a reload guarantees that nothing of it keeps contacting Tidio.
    if (wasActive.current && "tidioChatApi" in window) window.location.reload();
  }, [active]);

  // Before hydration nothing is decided (and without JavaScript the launcher could do nothing); with no
  // choice yet the cookie banner fills the bottom of the window; once the chat is loaded, Tidio shows its own.
  if (!consent || active) return null;

  // Closing hides the panel that had the focus: back to the launcher.
  const close = () => {
    setOpen(false);
    launcher.current?.focus();
  };

  return (
    <div
      className="fixed right-4 bottom-4 z-30 flex flex-col items-end gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) close();
      }}
    >
      <section
        id={panelId}
        aria-labelledby={titleId}
        hidden={!open}
        className="w-72 rounded-lg border border-line bg-paper p-4 text-sm text-muted shadow-lg"
      >
        {opened && (
          <Suspense fallback={null}>
            <TidioChatPanel publicKey={publicKey} titleId={titleId} onClose={close} />
          </Suspense>
        )}
      </section>
      <button
        ref={launcher}
        type="button"
        className={buttonClass({ size: "md" }, "shadow-lg")}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpened(true);
          setOpen((isOpen) => !isOpen);
        }}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 20 20"
          className="mr-2 inline-block h-4 w-4 align-[-0.125em]"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        >
          <path d="M3 4.5h14v9H8l-4 3v-3H3z" />
        </svg>
        {t("chatLauncher")}
      </button>
    </div>
  );
}
