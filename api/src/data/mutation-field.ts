import type { InputObjectRef, ObjectRef, SchemaTypes } from "@pothos/core";
import { builder, type Context } from "../builder.js";
import type { PermissionLabel } from "../permissions/labels.js";
import { type MutationScope, runMutation } from "./mutation.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : SchemaTypes;

/**
 * The one shape of a mutation field: `name(input: <Input>!): <Result | DomainError>`, labelled with
 * the permission it checks, running `run` (a `<domain>/commands.ts` function) in `runMutation`'s
 * transaction with its audit events. The resolver holds nothing else.
 */
export function defineMutation<Shape, Input extends object>(
  name: string,
  spec: {
    returns: ObjectRef<Types, Shape>;
    description: string;
    permission: PermissionLabel;
    input: InputObjectRef<Types, Input>;
    run: (scope: MutationScope, input: Input, ctx: Context) => Promise<Shape>;
  },
): void {
  builder.mutationField(name, (t) =>
    t.field({
      type: spec.returns,
      description: spec.description,
      permission: spec.permission,
      errors: {},
      args: { input: t.arg({ type: spec.input, required: true }) },
      // Pothos cannot follow `Shape` and `Input` through this generic; `spec`'s type is the contract.
      resolve: ((_root: unknown, args: { input: Input }, ctx: Context) =>
        runMutation(ctx, (scope) => spec.run(scope, args.input, ctx))) as never,
    }),
  );
}
