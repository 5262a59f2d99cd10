"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { saveTargetsAction, saveToListAction, type SaveTargets } from "@/app/[locale]/(shop)/product/[slug]/actions";
import { useSelectedVariant } from "./save-to-list-variant";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { StateOf } from "@/lib/actions/state";

const NEW_LIST = "new";

/**
 * The inside of "Add to a list" (P13), loaded when the visitor first opens it (./save-to-list.tsx): who they are
 * and which lists they have is asked from the server then. Signed out, it leads to sign-in and back here.
 */
export function SaveToListPanel({
  productId,
  returnTo,
  openings,
}: {
  productId: string;
  returnTo: string;
  /** how many times the panel was opened */
  openings: number;
}) {
  const t = useTranslations("AccountLists.saveToList");
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const { variantId } = useSelectedVariant();
  const [targets, setTargets] = useState<SaveTargets | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [choice, setChoice] = useState<string>(NEW_LIST);
  const [newName, setNewName] = useState("");
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<StateOf<typeof saveToListAction> | null>(null);

  // Asked at each opening until it succeeds: a refusal (no data) and a network failure read the same, "try
  // again", and the next opening tries again.
  const loaded = targets !== null;
  useEffect(() => {
    if (loaded) return;
    let current = true;
    saveTargetsAction()
      .then(
        (state) => state.data,
        () => undefined,
      )
      .then((answer) => {
        if (!current) return;
        setLoadFailed(!answer);
        if (!answer) return;
        setTargets(answer);
        if (answer.signedIn && answer.lists[0]) setChoice(answer.lists[0].id);
      });
    return () => {
      current = false;
    };
  }, [openings, loaded]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setResult(null);
    const target = choice === NEW_LIST ? { target: "new", name: newName } : { target: "list", listId: choice };
    let answer: StateOf<typeof saveToListAction>;
    try {
      answer = await saveToListAction({ productId, variantId, ...target });
    } catch {
      answer = { attempt: 0, error: "failed" };
    }
    setSaving(false);
    setResult(answer);
    const saved = answer.data;
    // Signed out meanwhile (the session ended while the panel was open): offer to sign in again.
    if (saved && !saved.signedIn) setTargets({ signedIn: false });
    if (saved?.signedIn && targets?.signedIn && !targets.lists.some((l) => l.id === saved.listId)) {
      setTargets({ signedIn: true, lists: [...targets.lists, { id: saved.listId, name: saved.listName }] });
      setChoice(saved.listId);
      setNewName("");
    }
  }

  const saved = result?.data?.signedIn ? result.data : null;
  // The new list's name is the one input of the panel; any other refusal is about the whole choice.
  const nameError = errorMessage(result?.fieldErrors?.name);
  const formError = nameError ? undefined : errorMessage(result?.error);

  return (
    <>
      {loadFailed ? (
        <p role="alert" className="text-terracotta">
          {errorMessage("failed")}
        </p>
      ) : !targets ? (
        <p className="text-muted">{t("loading")}</p>
      ) : !targets.signedIn ? (
        // Document loads, not client-side navigations: sign-in and Mon compte get their own policy (P12).
        <a
          href={`/${locale}/sign-in?returnTo=${encodeURIComponent(returnTo)}`}
          className="font-medium text-marine underline underline-offset-4"
        >
          {t("signInToSave")}
        </a>
      ) : (
        <form onSubmit={save} className="space-y-3" noValidate>
          <ListChoice lists={targets.lists} choice={choice} onChoose={setChoice} />
          {choice === NEW_LIST && <NewListName value={newName} onChange={setNewName} error={nameError} />}
          <Button type="submit" disabled={saving} variant="secondary" size="md">
            {saving ? t("saving") : t("save")}
          </Button>
        </form>
      )}
      <div aria-live="polite" className="mt-2">
        {saved && (
          <p role="status" className="font-medium text-sage">
            {t("saved", { name: saved.listName })}{" "}
            <a href={`/${locale}/account/lists/${saved.listId}`} className="underline underline-offset-4">
              {t("seeList")}
            </a>
          </p>
        )}
        {formError && (
          <p role="alert" className="font-medium text-terracotta">
            {formError}
          </p>
        )}
      </div>
    </>
  );
}

function ListChoice(props: { lists: { id: string; name: string }[]; choice: string; onChoose: (id: string) => void }) {
  const t = useTranslations("AccountLists.saveToList");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t("chooseList")}
      </label>
      <select
        id={id}
        value={props.choice}
        onChange={(event) => props.onChoose(event.target.value)}
        className="rounded-md border border-line bg-white px-3 py-2"
      >
        {props.lists.map((list) => (
          <option key={list.id} value={list.id}>
            {list.name}
          </option>
        ))}
        <option value={NEW_LIST}>{t("newListOption")}</option>
      </select>
    </div>
  );
}

function NewListName(props: { value: string; onChange: (value: string) => void; error?: string }) {
  const t = useTranslations("AccountLists.saveToList");
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t("newListName")}
      </label>
      <input
        id={id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        className={`rounded-md border bg-white px-3 py-2 ${props.error ? "border-terracotta" : "border-line"}`}
      />
      {props.error && (
        <span id={`${id}-error`} className="text-xs font-medium text-terracotta">
          {props.error}
        </span>
      )}
    </div>
  );
}
