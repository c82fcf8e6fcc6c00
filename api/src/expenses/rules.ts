// The expenditure ledger's rules live in the pure domain package (api/domain/src/expenses.ts): the console and the seed use them too.
export * from "@gongjian/domain/expenses";
