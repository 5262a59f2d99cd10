// The second lock of the back office: pages call requireAdmin() (lib/auth/current-user.ts), and every data
// function of lib/admin/ takes the viewer and checks it again, so that a page that forgot its check still
// reads nothing (tests/unit/admin-structure.test.ts enforces both).
import { DomainError } from "@/lib/errors";

/** Who is looking: the signed-in user as requireAdmin() returns it, or null. */
export type Viewer = { role: "customer" | "admin" } | null;

export function assertAdmin(viewer: Viewer): asserts viewer is { role: "admin" } {
  if (viewer?.role !== "admin") throw new DomainError("forbidden");
}
