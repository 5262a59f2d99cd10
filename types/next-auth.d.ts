import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface User {
    role?: "customer" | "admin";
  }
  interface Session {
    sessionId: string;
    /** whether this session passed the admin's second factor */
    secondFactor: boolean;
    user: { id: string; role: "customer" | "admin" } & DefaultSession["user"];
  }
}
