// autocannon 9 ships no type declarations; the benchmark uses this much of its programmatic API.
declare module "autocannon" {
  interface Instance extends PromiseLike<any> {
    on(
      event: "response",
      listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
    ): void;
  }
  const autocannon: (options: Record<string, unknown>) => Instance;
  export default autocannon;
}
