"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import {
  saveTargetsAction,
  saveToListAction,
  type SaveTargets,
  type SaveToListResult,
} from "@/app/[locale]/(shop)/product/[slug]/actions";
import { useSelectedVariant } from "./save-to-list-variant";

const NEW_LIST = "new";

/**
 * "Add to a list" (P13) on the static product page: who the visitor is and which lists they have is
 * asked from the server only when they open it. Signed out, it leads to sign-in and back here.
 */
export function SaveToList({ productId, returnTo }: { productId: string; returnTo: string }) {
  const t = useTranslations("AccountLists");
  const { variantId } = useSelectedVariant();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<SaveTargets | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [choice, setChoice] = useState<string>(NEW_LIST);
  const [newName, setNewName] = useState("");
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveToListResult | null>(null);

  async function load() {
    setLoadFailed(false);
    try {
      const answer = await saveTargetsAction();
      setTargets(answer);
      if (answer.signedIn && answer.lists[0]) setChoice(answer.lists[0].id);
    } catch {
      setLoadFailed(true);
    }
  }

  async function toggle() {
    setOpen(!open);
    if (!open && !targets) await load();
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setResult(null);
    const target = choice === NEW_LIST ? { kind: "new", name: newName } : { kind: "list", listId: choice };
    let answer: SaveToListResult;
    try {
      answer = await saveToListAction({ productId, variantId, target });
    } catch {
      answer = { ok: false, error: "failed" };
    }
    setSaving(false);
    setResult(answer);
    if (!answer.ok && answer.error === "signedOut") setTargets({ signedIn: false });
    if (answer.ok && targets?.signedIn && !targets.lists.some((l) => l.id === answer.listId)) {
      setTargets({ signedIn: true, lists: [...targets.lists, { id: answer.listId, name: answer.listName }] });
      setChoice(answer.listId);
      setNewName("");
    }
  }

  const refused = result && !result.ok && result.error !== "signedOut" ? result : null;
  const nameError = refused?.field ? t(`errors.${refused.error}`) : undefined;
  const formError = refused && !refused.field ? t(`errors.${refused.error}`) : undefined;

  return (
    <div className="text-sm">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        className="font-medium text-marine underline underline-offset-4"
      >
        {t("addToList")}
      </button>
      <div id={panelId} hidden={!open} className="mt-3 rounded-lg border border-line bg-white p-4">
        {loadFailed ? (
          <p role="alert" className="text-terracotta">
            {t("errors.failed")}
          </p>
        ) : !targets ? (
          <p className="text-muted">{t("loading")}</p>
        ) : !targets.signedIn ? (
          <Link
            href={{ pathname: "/sign-in", query: { returnTo } }}
            className="font-medium text-marine underline underline-offset-4"
          >
            {t("signInToSave")}
          </Link>
        ) : (
          <form onSubmit={save} className="space-y-3" noValidate>
            <ListChoice lists={targets.lists} choice={choice} onChoose={setChoice} />
            {choice === NEW_LIST && <NewListName value={newName} onChange={setNewName} error={nameError} />}
            <button
              type="submit"
              disabled={saving}
              className="rounded-full border border-marine px-5 py-2 font-medium text-marine disabled:opacity-60"
            >
              {saving ? t("saving") : t("save")}
            </button>
          </form>
        )}
        <div aria-live="polite" className="mt-2">
          {result?.ok && (
            <p role="status" className="font-medium text-sage">
              {t("saved", { name: result.listName })}{" "}
              <Link href={`/account/lists/${result.listId}`} className="underline underline-offset-4">
                {t("seeList")}
              </Link>
            </p>
          )}
          {formError && (
            <p role="alert" className="font-medium text-terracotta">
              {formError}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

function ListChoice(props: { lists: { id: string; name: string }[]; choice: string; onChoose: (id: string) => void }) {
  const t = useTranslations("AccountLists");
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
  const t = useTranslations("AccountLists");
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
