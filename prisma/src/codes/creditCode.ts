// The check lives in the pure domain package (api/domain/src/credit-code.ts), shared by the API and the seed.
export * from "@gongjian/domain/credit-code";
