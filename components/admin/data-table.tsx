import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { sortHref, type FilterSchemas, type TableParams, type TableSpec } from "@/lib/admin/table-params";
import { Link } from "@/lib/i18n/navigation";

export type DataTableColumn<Row, S extends string> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** the sort its header selects: the header becomes a link (sorting works without JavaScript) */
  sort?: S;
  /** the cell that names its row, read out before each of the others (one column per table) */
  rowHeader?: boolean;
  /** numbers and amounts line up on the right */
  numeric?: boolean;
};

/** How the table's rows are sorted, for tables whose columns sort: the URL's state and where links lead. */
export type DataTableSorting<S extends string, F extends FilterSchemas> = {
  pathname: string;
  spec: TableSpec<S, F>;
  params: TableParams<S, F>;
};

/**
 * A back-office table rendered on the server: a caption for screen readers, column headers with scope,
 * sortable headers as links marked with aria-sort, and one sentence instead of an empty table.
 */
export async function DataTable<Row, S extends string = never, F extends FilterSchemas = FilterSchemas>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  sorting,
}: {
  caption: string;
  columns: DataTableColumn<Row, S>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** what to say when there is no row */
  empty: string;
  sorting?: DataTableSorting<S, F>;
}) {
  const t = await getTranslations("AdminShell.table");
  if (rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;

  const header = (column: DataTableColumn<Row, S>) => {
    if (!column.sort || !sorting) return column.header;
    const sorted = sorting.params.sort === column.sort;
    const next = sorted ? (sorting.params.direction === "asc" ? "desc" : "asc") : sorting.spec.sorts[column.sort];
    const arrow = !sorted ? "↕" : sorting.params.direction === "asc" ? "▲" : "▼";
    return (
      <Link
        href={sortHref(sorting.pathname, sorting.spec, sorting.params, column.sort)}
        className="inline-flex items-center gap-1 hover:text-marine hover:underline"
      >
        {column.header}
        <span aria-hidden="true">{arrow}</span>
        <span className="sr-only">{t(next === "asc" ? "sortAscending" : "sortDescending")}</span>
      </Link>
    );
  };
  const ariaSort = (column: DataTableColumn<Row, S>) => {
    if (!sorting || !column.sort || sorting.params.sort !== column.sort) return undefined;
    return sorting.params.direction === "asc" ? "ascending" : "descending";
  };
  const align = (column: DataTableColumn<Row, S>) => (column.numeric ? "text-right tabular-nums" : "text-left");

  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={ariaSort(column)}
                className={`px-3 py-2 font-semibold ${align(column)}`}
              >
                {header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line align-top">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th key={column.key} scope="row" className={`px-3 py-2 font-medium ${align(column)}`}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={`px-3 py-2 ${align(column)}`}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
