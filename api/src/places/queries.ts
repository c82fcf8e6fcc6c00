import { byId, byName } from "../data/list-filters.js";
import { defineRootList } from "../data/lists.js";

defineRootList({
  subject: "Street",
  field: "streets",
  description: "街道 / Streets",
  idFilter: false,
  filters: { code: { kind: "string", description: "街道代码 / Street code" }, ...byName },
  orderable: ["code", "name", "createdAt"],
  defaultOrder: [{ code: "asc" }],
});

defineRootList({
  subject: "Community",
  field: "communities",
  description: "社区 / Communities",
  filters: {
    ...byId("streetId", "Street", "所属街道 / Street"),
    code: { kind: "string", description: "社区代码 / Community code" },
    ...byName,
    population: { kind: "int", description: "人口 / Population" },
  },
  orderable: ["code", "name", "population", "households", "createdAt"],
  defaultOrder: [{ code: "asc" }],
});
