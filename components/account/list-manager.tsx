"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { manageListsAction } from "@/app/[locale]/account/lists/actions";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { SavedListSummary } from "@/lib/accounts/saved-lists";
import { initialActionState } from "@/lib/actions/state";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

/**
 * The lists page: create a list, rename or delete one. All its forms share one action state, so the
 * confirmation stays visible even when the list it speaks of is gone (deleted).
 */
export function ListManager({ locale, lists }: { locale: Locale; lists: SavedListSummary[] }) {
  const t = useTranslations("AccountLists");
  const [state, action, pending] = useActionState(manageListsAction, initialActionState);
  const errorMessage = useErrorMessage();
  // The new-list form and each row post a "name": the one refused is told apart by its intent and list id.
  const refused = (intent: "create" | "rename", listId?: string) =>
    state.values?.intent === intent && state.values.listId === listId;
  const typedName = (intent: "create" | "rename", listId?: string) =>
    refused(intent, listId) ? state.values?.name : undefined;
  const nameError = (intent: "create" | "rename", listId?: string) =>
    refused(intent, listId) ? errorMessage(state.fieldErrors?.name) : undefined;
  const nameErrorShown = !!(nameError("create") ?? lists.find((list) => nameError("rename", list.id)));

  return (
    <div className="mt-6 space-y-8">
      <div aria-live="polite">
        {state.data && <Notice tone="success">{t(state.data.kind, { name: state.data.name })}</Notice>}
        {/* A refused name is shown next to its input; anything else (a list gone meanwhile) here. */}
        {state.error && !nameErrorShown && (
          <Notice tone="error">{errorMessage(state.fieldErrors?.listId ?? state.error)}</Notice>
        )}
      </div>

      <section aria-labelledby="new-list-title" className="rounded-lg border border-line bg-white p-4">
        <h2 id="new-list-title" className="font-serif text-xl font-semibold text-ink">
          {t("createTitle")}
        </h2>
        {/* Remounted after each answer: empty after a success, what was typed after a refusal. */}
        <form key={state.attempt} action={action} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="create" />
          <div className="min-w-60 flex-1">
            <TextField
              name="name"
              label={t("name")}
              defaultValue={typedName("create")}
              error={nameError("create")}
              required
            />
          </div>
          <Button type="submit" disabled={pending} size="md">
            {t("create")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="lists-title">
        <h2 id="lists-title" className="font-serif text-xl font-semibold text-ink">
          {t("yourLists")}
        </h2>
        {lists.length === 0 ? (
          <p className="mt-3 text-muted">{t("empty")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
            {lists.map((list) => (
              <ListRow
                key={`${list.id}-${state.attempt}`}
                locale={locale}
                list={list}
                action={action}
                pending={pending}
                typed={typedName("rename", list.id)}
                error={nameError("rename", list.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ListRow(props: {
  locale: Locale;
  list: SavedListSummary;
  action: (form: FormData) => void;
  pending: boolean;
  typed?: string;
  error?: string;
}) {
  const t = useTranslations("AccountLists");
  const { list } = props;
  const nameId = useId();
  const inputId = useId();
  const errorId = useId();
  return (
    <li className="flex flex-wrap items-start justify-between gap-4 p-4" data-testid="saved-list">
      <div>
        <Link
          id={nameId}
          href={`/account/lists/${list.id}`}
          className="font-medium text-marine underline underline-offset-4"
        >
          {list.name}
        </Link>
        <span className="ml-2 text-sm text-muted">{t("itemCount", { count: list.itemCount })}</span>
      </div>
      <div className="flex flex-wrap items-start gap-3">
        <form action={props.action} className="flex items-start gap-2" noValidate>
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="intent" value="rename" />
          <input type="hidden" name="listId" value={list.id} />
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={inputId} className="sr-only">
              {t("renameLabel", { name: list.name })}
            </label>
            <input
              id={inputId}
              name="name"
              defaultValue={props.typed ?? list.name}
              aria-invalid={props.error ? true : undefined}
              aria-describedby={props.error ? errorId : undefined}
              className={`w-48 rounded-md border bg-white px-3 py-1.5 ${props.error ? "border-terracotta" : "border-line"}`}
            />
            {props.error && (
              <span id={errorId} className="text-xs font-medium text-terracotta">
                {props.error}
              </span>
            )}
          </div>
          <Button type="submit" disabled={props.pending} aria-describedby={nameId} variant="secondary" size="sm">
            {t("rename")}
          </Button>
        </form>
        <form action={props.action}>
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="listId" value={list.id} />
          <Button type="submit" disabled={props.pending} aria-describedby={nameId} variant="danger" size="sm">
            {t("delete")}
          </Button>
        </form>
      </div>
    </li>
  );
}
