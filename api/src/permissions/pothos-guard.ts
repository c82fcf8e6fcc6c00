import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import { signInFirst } from "../errors/domain-error.js";
import { type Subject, subjects } from "./abilities.js";
import type { Guard } from "./guard.js";
import { assertPermissionLabel, type PermissionLabel } from "./labels.js";

/**
 * The read side of the permission rules, applied to every field of the schema by one
 * mechanism instead of per-resolver care:
 *
 * - every root field and mutation must declare `permission` (what it is allowed by), or the
 *   schema does not build (secure by default);
 * - every list or connection of a guarded type must filter in SQL with `readable(Model)` (or
 *   declare `permission` when its resolver filters itself), or the schema does not build;
 * - every row a field returns is checked against the rules (a row the role may not read
 *   becomes null or is dropped from a list), whatever produced it;
 * - every scalar field of a guarded type is checked against the field rules of its row;
 * - an anonymous caller gets UNAUTHENTICATED from every query field but the public ones, instead
 *   of empty answers that look like "nothing there" (mutations refuse it in `runMutation`).
 *
 * Guarded types are the object types named after a Prisma model listed in `subjects`.
 */
const guarded = new Set<string>(subjects);
export const GUARDED_ROWS = "guardedRows";

interface GuardContext {
  guard: Guard;
  identity: unknown;
}

interface FieldType {
  kind: string;
  type?: unknown;
  ref?: unknown;
}

function innerTypeName(type: FieldType): { name: string | null; list: boolean } {
  if (type.kind === "List") {
    const inner = innerTypeName(type.type as FieldType);
    return { name: inner.name, list: true };
  }
  const ref = type.ref as { name?: string } | string;
  return { name: typeof ref === "string" ? ref : (ref?.name ?? null), list: false };
}

const rootKinds = new Set(["Query", "Mutation", "Subscription"]);

/** The guarded subject whose rows a field returns (a list's, a connection's, a mutation's result), if any. */
function returnedSubject<Types extends SchemaTypes>(fieldConfig: PothosOutputFieldConfig<Types>): Subject | null {
  // The declared type, before plugin-errors wraps a mutation's result in a union with its errors.
  const declared = (fieldConfig.pothosOptions as { type?: unknown }).type;
  const ref = Array.isArray(declared) ? declared[0] : declared;
  const name =
    typeof ref === "string"
      ? ref
      : ((ref as { name?: string } | undefined)?.name ?? innerTypeName(fieldConfig.type as FieldType).name);
  if (!name) return null;
  const subject = name.endsWith("Connection") ? name.slice(0, -"Connection".length) : name;
  return guarded.has(subject) ? (subject as Subject) : null;
}
/** Root fields the relay plugin adds; they resolve through each node's guarded `findUnique`. */
const relayRootFields = new Set(["node", "nodes"]);

export class GuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const options = fieldConfig.pothosOptions as { permission?: string };
    const where = `${fieldConfig.parentType}.${fieldConfig.name}`;
    if (rootKinds.has(fieldConfig.kind) && !relayRootFields.has(fieldConfig.name) && !options.permission) {
      throw new Error(`${where} declares no permission (secure by default: add \`permission\`)`);
    }
    if (options.permission) assertPermissionLabel(options.permission, where, returnedSubject(fieldConfig));
    if (fieldConfig.kind === "Mutation" && !(fieldConfig.pothosOptions as { errors?: unknown }).errors) {
      throw new Error(`${where} must return typed errors (add \`errors: {}\`)`);
    }
    const { name, list } = innerTypeName(fieldConfig.type as FieldType);
    const isConnection = name?.endsWith("Connection") && guarded.has(name.slice(0, -"Connection".length));
    if (
      !rootKinds.has(fieldConfig.kind) &&
      ((list && name && guarded.has(name)) || isConnection) &&
      !options.permission &&
      !fieldConfig.extensions?.[GUARDED_ROWS]
    ) {
      throw new Error(`${where} lists ${name} without a row filter (use readable("${name}") or declare permission)`);
    }
    return fieldConfig;
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const guarded = this.guardRows(resolver, fieldConfig);
    const { permission } = fieldConfig.pothosOptions as { permission?: string };
    if (fieldConfig.kind !== "Query" || permission === "public") return guarded;
    return (parent, args, context, info) => {
      if (!(context as GuardContext).identity) throw signInFirst();
      return guarded(parent, args, context, info);
    };
  }

  private guardRows(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const { name: typeName } = innerTypeName(fieldConfig.type as FieldType);
    const returnsSubject = typeName && guarded.has(typeName) ? (typeName as Subject) : null;
    const parentSubject = guarded.has(fieldConfig.parentType) ? (fieldConfig.parentType as Subject) : null;
    const options = fieldConfig.pothosOptions as { guardField?: string | false };
    const modelField = options.guardField === undefined ? fieldConfig.name : options.guardField;
    const scalarOfSubject = parentSubject && !returnsSubject && modelField !== false && fieldConfig.name !== "id";

    if (!returnsSubject && !scalarOfSubject) return resolver;

    return (parent, args, context, info) => {
      const guard = (context as GuardContext).guard;
      if (scalarOfSubject && parentSubject && typeof modelField === "string") {
        if (!guard.readableOnEveryRow(parentSubject, modelField)) {
          if (!guard.canRead(parentSubject, parent as Record<string, unknown>, modelField)) return null;
        }
        return resolver(parent, args, context, info);
      }
      const result = resolver(parent, args, context, info);
      const check = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.filter((row) => row && guard.canRead(returnsSubject as Subject, row));
        if (value && typeof value === "object" && !guard.canRead(returnsSubject as Subject, value as never))
          return null;
        return value;
      };
      // Prisma's queries are lazy thenables, not Promises: treat anything with `then` as async.
      const thenable = result as { then?: unknown } | null;
      return thenable && typeof thenable.then === "function"
        ? (result as PromiseLike<unknown>).then(check)
        : check(result);
    };
  }
}

/**
 * Options for a list relation or related connection: the row filter for `subject` in SQL,
 * tagged so the schema build can tell it is there. Spread into the field options.
 */
export function readable(subject: Subject) {
  return {
    query: (_args: unknown, ctx: GuardContext) => ({ where: ctx.guard.where(subject) }),
    extensions: { [GUARDED_ROWS]: subject },
  };
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      guard: GuardPlugin<Types>;
    }
    export interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      /** What allows this field (required on root fields and mutations), e.g. "read:Unit" (permissions/labels.ts). */
      permission?: PermissionLabel;
      /** The model field whose read rule guards this field; false when it exposes none. */
      guardField?: string | false;
    }
  }
}

SchemaBuilder.registerPlugin("guard", GuardPlugin);
export default "guard" as const;
