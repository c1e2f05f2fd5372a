#!/usr/bin/env bash
# The README's first command: installs Sora.Analyzers into samples/QuickStart the way a user does and builds it.
#
# 1. packs src/Sora.Analyzers.Package into artifacts/local-feed (ignored by git) with a version of its own,
#    0.1.0-local.<seconds since 1970>, so no cached copy of an older build can ever be used;
# 2. builds samples/QuickStart, whose PackageReference takes exactly that version from that feed into its own
#    packages folder (samples/QuickStart/nuget.config), with --no-incremental so the warnings print every time.
#
# Extra arguments go to the sample's `dotnet build` (e.g. -warnaserror:SORA001, -p:ErrorLog=sample.sarif%2Cversion=2.1).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
feed="$root/artifacts/local-feed"
packages="$root/artifacts/quickstart-packages"
version="0.1.0-local.$(date -u +%s)"

echo "== pack Sora.Analyzers $version into artifacts/local-feed"
rm -rf "$feed" "$packages/sora.analyzers"
mkdir -p "$feed"
dotnet pack "$root/src/Sora.Analyzers.Package" -c Release -o "$feed" -p:PackageVersion="$version" -nologo -v:q
cat > "$feed/Sora.Analyzers.version.props" <<PROPS
<Project>
  <!-- Written by samples/run-quickstart.sh: the version samples/QuickStart installs from this feed. -->
  <PropertyGroup>
    <SoraAnalyzersVersion>$version</SoraAnalyzersVersion>
  </PropertyGroup>
</Project>
PROPS

echo "== build samples/QuickStart with the package"
dotnet build "$root/samples/QuickStart" --no-incremental -nologo "$@"
