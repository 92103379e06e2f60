#!/usr/bin/env bash
# Installs the Bicep CLI as tools/bicep from the NuGet package Azure.Bicep.CommandLine.linux-x64
# (the registry is the only reachable source here; the package ships the self-contained binary).
# Idempotent: does nothing when tools/bicep already reports the pinned version.
set -euo pipefail

BICEP_VERSION="${BICEP_VERSION:-0.49.2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/tools/bicep"

if [[ -x "$target" ]] && "$target" --version 2>/dev/null | grep -q "$BICEP_VERSION"; then
  echo "bicep $BICEP_VERSION already installed at $target"
  exit 0
fi

# Restore outside the repo so its Directory.*.props (central package pins, analyzers) do not apply.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/bicep-download.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[$BICEP_VERSION]" />
  </ItemGroup>
</Project>
PROJ

dotnet restore "$work/bicep-download.csproj" --packages "$work/packages" --nologo -v quiet

binary="$(find "$work/packages/azure.bicep.commandline.linux-x64/$BICEP_VERSION" -type f -name bicep | head -n 1)"
if [[ -z "$binary" ]]; then
  echo "install-bicep: no 'bicep' binary inside Azure.Bicep.CommandLine.linux-x64 $BICEP_VERSION" >&2
  exit 1
fi
install -m 0755 "$binary" "$target"
"$target" --version
