/**
 * Per-request batching of lookups by key (the DataLoader idea, in a few lines): every `load(key)`
 * made while GraphQL resolves one level of a response shares one query. Used for computed relations
 * that Prisma cannot batch because the schema has no relation for them (e.g. `Assessment.organization`,
 * a federation district's subordinates of an organisation code).
 */
type Waiter<V> = { resolve: (value: V) => void; reject: (error: unknown) => void };

const batchers = new WeakMap<object, Map<string, (key: string) => Promise<unknown>>>();

export function batched<V>(
  request: object,
  name: string,
  loadMany: (keys: string[]) => Promise<Map<string, V>>,
  missing: V,
): (key: string) => Promise<V> {
  let perRequest = batchers.get(request);
  if (!perRequest) {
    perRequest = new Map();
    batchers.set(request, perRequest);
  }
  const existing = perRequest.get(name);
  if (existing) return existing as (key: string) => Promise<V>;

  let pending: Map<string, Waiter<V>[]> | null = null;
  const dispatch = async (batch: Map<string, Waiter<V>[]>) => {
    try {
      const found = await loadMany([...batch.keys()]);
      for (const [key, waiters] of batch) for (const w of waiters) w.resolve(found.get(key) ?? missing);
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    }
  };
  const load = (key: string) =>
    new Promise<V>((resolve, reject) => {
      if (!pending) {
        const batch = new Map<string, Waiter<V>[]>();
        pending = batch;
        // After the current run of resolvers (all siblings of a list) has asked.
        Promise.resolve().then(() =>
          process.nextTick(() => {
            pending = null;
            void dispatch(batch);
          }),
        );
      }
      const waiters = pending.get(key) ?? [];
      waiters.push({ resolve, reject });
      pending.set(key, waiters);
    });
  perRequest.set(name, load as (key: string) => Promise<unknown>);
  return load;
}

/** Rows by id, one query per response level; a missing (or unreadable) id resolves to null. */
export function batchedById<T extends { id: string }>(
  request: object,
  name: string,
  loadMany: (ids: string[]) => Promise<T[]>,
): (id: string) => Promise<T | null> {
  return batched<T | null>(
    request,
    name,
    async (ids) => new Map((await loadMany(ids)).map((row) => [row.id, row])),
    null,
  );
}
