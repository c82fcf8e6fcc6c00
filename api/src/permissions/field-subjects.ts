// Lives in the pure domain package (api/domain/src/field-subjects.ts): the console hides fields with it.
export * from "@gongjian/domain/field-subjects";
