// The check lives in the pure domain package (api/domain/src/id-number.ts), shared by the API and the seed.
export * from "@gongjian/domain/id-number";
