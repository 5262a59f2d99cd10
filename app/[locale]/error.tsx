"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Link } from "@/lib/i18n/navigation";
import { Button, buttonClass } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center" role="alert">
      <h1 className="font-serif text-3xl font-semibold text-marine">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <div className="mt-8 flex justify-center gap-4">
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
        <Link href="/" className={buttonClass({ variant: "secondary" })}>
          {t("home")}
        </Link>
      </div>
    </div>
  );
}
