import type { ComponentType, ReactNode } from "react";
import type { ConsoleAbility } from "../access/ability.js";
export interface ScreenRoute {
  path: string;
  element: ReactNode;
  /** `visible`: whether the viewer's ability lets them use the page at all (the menu entry is hidden otherwise). */
  menu?: { labelKey: string; icon?: ComponentType; visible?: (ability: ConsoleAbility) => boolean };
}
export interface ResourceScreens {
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}
export interface ScreenExtensions {
  /** Dashboard shown at the console's home. */
  dashboard?: ComponentType;
  /** Extra pages (custom routes), e.g. the inbox and the joint-committee set-up. */
  routes: ScreenRoute[];
  /** Hand-made views that replace the generated ones, keyed by GraphQL type name ("Committee", "FundingPlan"). */
  resources: Record<string, ResourceScreens>;
  /** Rendered beside every generated Show view (e.g. workflow actions, the record's history). */
  showAside?: ComponentType<{
    resource: string;
    record: { id: string; __typename?: string } & Record<string, unknown>;
  }>;
  /** Rendered in every generated List's toolbar (e.g. export of the filtered list to CSV/XLSX). */
  listActions?: ComponentType<{
    resource: string;
    filter: Record<string, unknown>;
    sort: { field: string; order: "ASC" | "DESC" };
  }>;
  /** Messages merged into the console's translations (react-admin i18n keys). */
  messages: { zh: Record<string, unknown>; en: Record<string, unknown> };
}
