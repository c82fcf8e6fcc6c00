// The domain's errors live in the pure domain package (api/domain), shared with the console and the seed.
export * from "@gongjian/domain/errors";
