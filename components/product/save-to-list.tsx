"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useId, useState } from "react";

// The panel (its form, the lists asked from the server) arrives when the visitor first opens it.
const SaveToListPanel = lazy(() =>
  import("./save-to-list-panel").then((module) => ({ default: module.SaveToListPanel })),
);

/** "Add to a list" (P13) on the static product page: a button that opens its panel. */
export function SaveToList({ productId, returnTo }: { productId: string; returnTo: string }) {
  const t = useTranslations("AccountLists.saveToList");
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [openings, setOpenings] = useState(0);

  return (
    <div className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open) setOpenings(openings + 1);
          setOpen(!open);
        }}
        className="font-medium text-marine underline underline-offset-4"
      >
        {t("addToList")}
      </button>
      <div id={panelId} hidden={!open} className="mt-3 rounded-lg border border-line bg-white p-4">
        {openings > 0 && (
          <Suspense fallback={<p className="text-muted">{t("loading")}</p>}>
            <SaveToListPanel productId={productId} returnTo={returnTo} openings={openings} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
