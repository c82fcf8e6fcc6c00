// The action list lives in the pure domain package (api/domain/src/actions.ts): the console's code generator reads it.
export * from "@gongjian/domain/actions";
