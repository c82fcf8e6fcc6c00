// The seat rules live in the pure domain package (api/domain/src/seats.ts): the console's seat board runs them too.
export * from "@gongjian/domain/seats";
