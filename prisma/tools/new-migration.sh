#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql with the DDL that turns the schema
# at git revision FROM (default HEAD) into the working copy's schema.prisma.
# Prisma 7's `migrate` needs a binary engine that cannot be downloaded offline; Prisma 6.19.3's
# CLI diffs two datamodels with its WASM schema engine. It is installed from the npm registry
# into node_modules/.cache (npm packages only, nothing else is downloaded). Its JS engine needs a
# reachable PostgreSQL server (DIFF_DATABASE_URL, default the local one); nothing is written there.
# Usage: prisma/tools/new-migration.sh add_unit_website [FROM]
set -euo pipefail
name="${1:?usage: new-migration.sh <name> [from-revision]}"
from="${2:-HEAD}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tool="$here/node_modules/.cache/prisma6"
if [ ! -x "$tool/node_modules/.bin/prisma" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm init -y >/dev/null && npm install --ignore-scripts --no-audit --no-fund prisma@6.19.3 @prisma/adapter-pg@6.19.3 >/dev/null)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
to_prisma6() { sed -e '/^generator /,/^}/d' -e 's/^datasource db {/datasource db {\n  url = env("DATABASE_URL")/'; }
git -C "$here" show "$from:prisma/schema.prisma" | to_prisma6 > "$work/from.prisma"
to_prisma6 < "$here/schema.prisma" > "$work/to.prisma"
db_url="${DIFF_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
cat > "$work/prisma.config.mjs" <<CONFIG
import { PrismaPg } from "$tool/node_modules/@prisma/adapter-pg/dist/index.mjs";
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: "to.prisma",
  adapter: async () => new PrismaPg({ connectionString: "$db_url" }),
};
CONFIG
dir="$here/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
cd "$work"
DATABASE_URL="$db_url" PRISMA_SCHEMA_ENGINE_BINARY=/bin/true PRISMA_QUERY_ENGINE_LIBRARY=/bin/true \
  PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING=1 PRISMA_HIDE_UPDATE_MESSAGE=1 \
  "$tool/node_modules/.bin/prisma" migrate diff --config "$work/prisma.config.mjs" --from-schema-datamodel "$work/from.prisma" \
  --to-schema-datamodel "$work/to.prisma" --script > "$dir/migration.sql"
if [ ! -s "$dir/migration.sql" ]; then rm -rf "$dir"; echo "No difference (or the diff failed)." >&2; exit 1; fi
echo "Wrote $dir/migration.sql; review it and add hand-written constraints below the generated DDL."
