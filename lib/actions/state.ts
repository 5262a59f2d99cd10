// The state a server action answers, shared by the server (lib/actions/builder.ts) and the forms that show
// it. No server code here: client components import it.
import type { ErrorCode } from "@/lib/errors";

/** Input names of a schema's fields, nested ones joined by dots ("shipping.postalCode"). */
export type FieldName<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? {
        [K in keyof T & string]: NonNullable<T[K]> extends Date ? K : K | `${K}.${FieldName<NonNullable<T[K]>>}`;
      }[keyof T & string]
    : never;

/**
 * What an action answers. `data` is set exactly when it succeeded; otherwise `error` says why, `fieldErrors`
 * say where, and `values` give back what was typed (never a password). `attempt` counts the answers: a form
 * keyed on it starts afresh from `values`.
 */
export type ActionState<Fields extends string = string, Data = unknown> = {
  attempt: number;
  data?: Data;
  error?: ErrorCode;
  fieldErrors?: Partial<Record<Fields, ErrorCode>>;
  values?: Partial<Record<Fields, string>>;
  retryAfterSeconds?: number;
};

export type StateOf<A> = A extends (...args: never[]) => Promise<infer S> ? S : never;

/** The state of a form before its first answer. */
export const initialActionState = { attempt: 0 } as const;
