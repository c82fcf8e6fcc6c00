/** The rules document mutations: GraphQL fields only; each runs its command (commands.ts). */
import { defineMutation } from "../data/mutation-field.js";
import { recordRulesDocument, reviseRulesDocument } from "./commands.js";
import { RecordRulesDocumentInput, ReviseRulesDocumentInput } from "./inputs.js";
import { RulesDocument } from "./types.js";

defineMutation("recordRulesDocument", {
  returns: RulesDocument,
  description:
    "登记大党委的一项制度（依据本大党委的决议；每类只有一个现行版本）/ Record a committee's rules document (adopted by a resolution of the committee; one current version per kind)",
  permission: "create:RulesDocument",
  input: RecordRulesDocumentInput,
  run: recordRulesDocument,
});

defineMutation("reviseRulesDocument", {
  returns: RulesDocument,
  description:
    "修订现行制度：新版本取代现行版本，旧版本保留可查 / Revise a current rules document: the new version supersedes it, the old one stays readable",
  permission: "update:RulesDocument",
  input: ReviseRulesDocumentInput,
  run: reviseRulesDocument,
});
