/**
 * The data provider, loaded on first use (its operations and the model are a separate chunk): every method
 * imports ./provider.js and delegates. Besides react-admin's methods it has `runAction` (a workflow mutation
 * of the generated model) and `exportList` (the list's CSV/XLSX export) for the screens.
 */
import type { DataProvider } from "ra-core";

type Provider = typeof import("./provider.js");
let loaded: Promise<Provider> | null = null;
const load = () => {
  loaded ??= import("./provider.js");
  return loaded;
};

const methods = [
  "getList",
  "getOne",
  "getMany",
  "getManyReference",
  "create",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "runAction",
  "exportList",
] as const;

export const dataProvider = Object.fromEntries(
  methods.map((method) => [
    method,
    async (...args: unknown[]) => {
      const { provider } = await load();
      return (provider[method] as (...a: unknown[]) => unknown)(...args);
    },
  ]),
) as unknown as DataProvider & Pick<Provider["provider"], "runAction" | "exportList">;
