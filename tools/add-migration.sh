#!/usr/bin/env bash
# Adds a migration for both providers: tools/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: tools/add-migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project bot --context SqliteCxDbContext --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project bot --context PostgresCxDbContext --output-dir Data/Migrations/Postgres --no-build
