import type { Database } from "@gongjian/db";

export interface Context {
  db: Database;
}
