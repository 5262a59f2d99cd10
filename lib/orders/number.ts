import type { Tx } from "@/lib/db/client";

/** PS-2026-000042: the year of the order and a database sequence, never reused. */
export async function nextOrderNumber(tx: Tx, now: Date): Promise<string> {
  const [row] = await tx.$queryRaw<{ value: bigint }[]>`SELECT nextval('order_number_seq') AS value`;
  return `PS-${now.getUTCFullYear()}-${String(row?.value ?? 0).padStart(6, "0")}`;
}
