// Full-text search over product names and descriptions in French and English, accent-insensitive
// (generated tsvector columns, see the catalogue migration). The shopper's words are reduced to
// letters and digits before they reach to_tsquery, so no input can break the query.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { DEFAULT_LISTING, PAGE_SIZE, type ListingParams } from "./listing-params";
import { listProducts } from "./products";
import type { ListingPage } from "./types";

export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;

/** Words of a search query as a prefix-matching tsquery ("lin:* & blanc:*"), or null when none is left. */
export function toPrefixTsquery(input: string): string | null {
  const terms = input
    .slice(0, MAX_QUERY_LENGTH)
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, MAX_TERMS)
    .map((term) => `${term.slice(0, MAX_TERM_LENGTH)}:*`);
  return terms.length > 0 ? terms.join(" & ") : null;
}

export function normalizeSearchQuery(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" ? value.slice(0, MAX_QUERY_LENGTH).trim() : "";
}

export async function searchProducts(
  db: Db,
  input: string,
  locale: Locale,
  params: ListingParams = DEFAULT_LISTING,
  pageSize: number = PAGE_SIZE,
): Promise<ListingPage> {
  const tsquery = toPrefixTsquery(input);
  if (!tsquery) return { items: [], total: 0, page: 1, pageCount: 1 };
  const fr = Prisma.sql`to_tsquery('plusuite_fr', ${tsquery})`;
  const en = Prisma.sql`to_tsquery('plusuite_en', ${tsquery})`;
  // Both languages match (a shopper may type an English word on the French site); the reader's
  // language ranks first.
  const [own, other] =
    locale === "fr"
      ? [Prisma.sql`"searchFr"`, Prisma.sql`"searchEn"`]
      : [Prisma.sql`"searchEn"`, Prisma.sql`"searchFr"`];
  const [ownQuery, otherQuery] = locale === "fr" ? [fr, en] : [en, fr];
  return listProducts(
    db,
    {
      match: Prisma.sql`("searchFr" @@ ${fr} OR "searchEn" @@ ${en})`,
      rank: Prisma.sql`(ts_rank(${own}, ${ownQuery}) * 2 + ts_rank(${other}, ${otherQuery}))`,
    },
    params,
    locale,
    pageSize,
  );
}
