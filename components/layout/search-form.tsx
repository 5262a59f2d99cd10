import { getLocale } from "next-intl/server";
import { MAX_QUERY_LENGTH } from "@/lib/catalogue/search";

/** A plain GET form: search works without JavaScript. */
export async function SearchForm({
  id = "site-search",
  label,
  placeholder,
  submit,
  defaultValue,
}: {
  id?: string;
  label: string;
  placeholder: string;
  submit: string;
  defaultValue?: string;
}) {
  const locale = await getLocale();
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="flex w-full">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={placeholder}
        maxLength={MAX_QUERY_LENGTH}
        className="search-input"
      />
      <button type="submit" className="search-button">
        {submit}
      </button>
    </form>
  );
}
