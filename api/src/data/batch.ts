/**
 * Per-request batching of lookups by id (the DataLoader idea, in a few lines): every `load(id)` made
 * while GraphQL resolves one level of a response shares one query. Used for computed relations that
 * Prisma cannot batch because the schema has no relation for them (e.g. `Assessment.organization`).
 */
type Pending<T> = {
  ids: Set<string>;
  waiters: Map<string, { resolve: (row: T | null) => void; reject: (error: unknown) => void }[]>;
};

const batchers = new WeakMap<object, Map<string, (id: string) => Promise<unknown>>>();

export function batchedById<T extends { id: string }>(
  request: object,
  key: string,
  loadMany: (ids: string[]) => Promise<T[]>,
): (id: string) => Promise<T | null> {
  let perRequest = batchers.get(request);
  if (!perRequest) {
    perRequest = new Map();
    batchers.set(request, perRequest);
  }
  const existing = perRequest.get(key);
  if (existing) return existing as (id: string) => Promise<T | null>;

  let pending: Pending<T> | null = null;
  const dispatch = async (batch: Pending<T>) => {
    try {
      const rows = await loadMany([...batch.ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, waiters] of batch.waiters) for (const w of waiters) w.resolve(byId.get(id) ?? null);
    } catch (error) {
      for (const waiters of batch.waiters.values()) for (const w of waiters) w.reject(error);
    }
  };
  const load = (id: string) =>
    new Promise<T | null>((resolve, reject) => {
      if (!pending) {
        const batch: Pending<T> = { ids: new Set(), waiters: new Map() };
        pending = batch;
        // After the current run of resolvers (all siblings of a list) has asked.
        Promise.resolve().then(() =>
          process.nextTick(() => {
            pending = null;
            void dispatch(batch);
          }),
        );
      }
      pending.ids.add(id);
      const waiters = pending.waiters.get(id) ?? [];
      waiters.push({ resolve, reject });
      pending.waiters.set(id, waiters);
    });
  perRequest.set(key, load);
  return load;
}
