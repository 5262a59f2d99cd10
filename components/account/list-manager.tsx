"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { manageListsAction, type ListErrorKey, type ListsState } from "@/app/[locale]/account/lists/actions";
import { TextField } from "@/components/ui/text-field";
import type { SavedListSummary } from "@/lib/accounts/saved-lists";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Notice } from "@/components/ui/notice";

/**
 * The lists page: create a list, rename or delete one. All its forms share one action state, so the
 * confirmation stays visible even when the list it speaks of is gone (deleted).
 */
export function ListManager({ locale, lists }: { locale: Locale; lists: SavedListSummary[] }) {
  const t = useTranslations("AccountLists");
  const [state, action, pending] = useActionState<ListsState, FormData>(manageListsAction, {});
  const error = (field: string) => {
    const key: ListErrorKey | undefined = state.fieldErrors?.[field];
    return key ? t(`errors.${key}`) : undefined;
  };

  return (
    <div className="mt-6 space-y-8">
      <div aria-live="polite">
        {state.done && <Notice tone="success">{t(state.done.kind, { name: state.done.name })}</Notice>}
        {state.error && <Notice tone="error">{t(`errors.${state.error}`)}</Notice>}
      </div>

      <section aria-labelledby="new-list-title" className="rounded-lg border border-line bg-white p-4">
        <h2 id="new-list-title" className="font-serif text-xl font-semibold text-ink">
          {t("createTitle")}
        </h2>
        {/* Remounted after each answer: empty after a success, what was typed after a refusal. */}
        <form key={state.attempt ?? 0} action={action} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="intent" value="create" />
          <div className="min-w-60 flex-1">
            <TextField name="name" label={t("name")} defaultValue={state.values?.name} error={error("name")} required />
          </div>
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-marine px-5 py-2.5 font-medium text-white hover:bg-marine-dark disabled:opacity-60"
          >
            {t("create")}
          </button>
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
                key={`${list.id}-${state.attempt ?? 0}`}
                locale={locale}
                list={list}
                action={action}
                pending={pending}
                typed={state.values?.[`name-${list.id}`]}
                error={error(`name-${list.id}`)}
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
          <button
            type="submit"
            disabled={props.pending}
            aria-describedby={nameId}
            className="rounded-full border border-marine px-4 py-1.5 text-sm font-medium text-marine disabled:opacity-60"
          >
            {t("rename")}
          </button>
        </form>
        <form action={props.action}>
          <input type="hidden" name="locale" value={props.locale} />
          <input type="hidden" name="intent" value="delete" />
          <input type="hidden" name="listId" value={list.id} />
          <button
            type="submit"
            disabled={props.pending}
            aria-describedby={nameId}
            className="rounded-full border border-terracotta px-4 py-1.5 text-sm font-medium text-terracotta disabled:opacity-60"
          >
            {t("delete")}
          </button>
        </form>
      </div>
    </li>
  );
}
