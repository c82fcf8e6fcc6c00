// The funding rules live in the pure domain package (api/domain/src/funding.ts): the console's editor runs them too.
export * from "@gongjian/domain/funding";
