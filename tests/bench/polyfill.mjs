// PostGraphile 5 (grafast) calls Promise.withResolvers, which Node 20 lacks (Node ≥ 22 has it).
// Preloaded with `node --import ./polyfill.mjs` for the benchmark's PostGraphile server only.
if (typeof Promise.withResolvers !== "function") {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
