#!/usr/bin/env bash
# Install test: what a team does with the packages, on a fresh project outside the repo.
#   1. pack Aiia.Codegen and Aiia.Codegen.Sandbox with a fresh prerelease version into a local folder feed
#      (a repacked package of a version already in the NuGet cache would be silently reused);
#   2. dotnet new console (net10.0) in a temp folder, dotnet add package both;
#   3. drop the Aiia spec in as *.openapi.yaml, with no project edit;
#   4. build with warnings as errors, then run one flow through the generated client against the sandbox package;
#   5. check that a compiler older than the generator needs fails the build with AIIA1001, that a spec the
#      project lists itself keeps its metadata without being added twice, that one listed twice is refused
#      (AIIA1002), and that the opt-out works;
#   6. check the ReadyToRun generator: a compiled copy per platform in the package, given to this machine's .NET 10
#      compiler (the flow above ran code it generated), and not given with the opt-out or to an older SDK.
# Prints "install-test: passed" or "install-test: failed" last; exit status says the same.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
feed="$work/feed"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "install-test: $1" >&2; echo "install-test: failed"; exit 1; }

echo "install-test: packing $version"
for project in runtime/Aiia.Codegen.Runtime runtime/Aiia.Codegen.Sandbox; do
  dotnet pack "$repo/$project" -c Release -o "$feed" -p:Version="$version" -p:UseSharedCompilation=false -v quiet -nologo \
    || fail "packing $project failed"
done

cd "$work"
dotnet new console --name InstallCheck --output app --framework net10.0 >/dev/null || fail "dotnet new console failed"
cat > app/nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="aiia-local" value="$feed" />
  </packageSources>
</configuration>
XML
dotnet add app package Aiia.Codegen --version "$version" >/dev/null || fail "dotnet add package Aiia.Codegen failed"
dotnet add app package Aiia.Codegen.Sandbox --version "$version" >/dev/null || fail "dotnet add package Aiia.Codegen.Sandbox failed"

cp "$repo/spec/aiia-authentication.openapi.yaml" app/aiia-authentication.openapi.yaml
cp "$repo/tests/Install/Program.cs" app/Program.cs

build_log="$work/build.log"
if ! dotnet build app -warnaserror -p:UseSharedCompilation=false -nologo > "$build_log" 2>&1; then
  cat "$build_log"; fail "the fresh project does not build warning-free"
fi
grep -qE '^\s*0 Warning\(s\)' "$build_log" || { cat "$build_log"; fail "the build printed warnings"; }

# A compiler too old for the generator must fail the build with a clear error, not generate nothing.
if dotnet build app -p:_AiiaCodegenMSBuildVersion=17.7.0 -p:UseSharedCompilation=false -nologo > "$work/old.log" 2>&1 \
   || ! grep -q "AIIA1001" "$work/old.log"; then
  cat "$work/old.log"; fail "an old compiler was not refused with AIIA1001"
fi

output=$(dotnet run --project app --no-build) || { echo "$output"; fail "the app exited non-zero"; }
echo "$output"
grep -q "install-check: Succeeded, tokens issued" <<<"$output" || fail "the app did not complete the flow"

# The ReadyToRun copies of the generator and YamlDotNet: one per platform, really compiled ahead of time, beside the IL ones.
nupkg="$feed/Aiia.Codegen.$version.nupkg"
checks=(analyzers/dotnet/cs/Aiia.Codegen.Generator.dll=no analyzers/dotnet/cs/YamlDotNet.dll=no)
rids=$(dotnet msbuild "$repo/generator/Aiia.Codegen.Generator.ReadyToRun" -nologo -getProperty:RuntimeIdentifiers)
[ -n "$rids" ] || fail "the ReadyToRun project names no platforms"
for rid in ${rids//;/ }; do
  checks+=("tools/readytorun/$rid/Aiia.Codegen.Generator.dll=yes" "tools/readytorun/$rid/YamlDotNet.dll=yes")
done
python3 "$repo/tests/Install/readytorun.py" "$nupkg" "${checks[@]}" || fail "the package's ReadyToRun generator copies are missing or not ReadyToRun"

# This machine's compiler (.NET 10 SDK) gets the copy for its platform; the build above, whose flow just ran, used it.
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
touch app/Program.cs
dotnet build app -v:n -p:UseSharedCompilation=false -nologo > "$work/r2r.log" 2>&1 || { cat "$work/r2r.log"; fail "the rebuild failed"; }
grep -q "/analyzer:[^ ]*tools/readytorun/$rid/Aiia.Codegen.Generator.dll" "$work/r2r.log" \
  && grep -q "/analyzer:[^ ]*tools/readytorun/$rid/YamlDotNet.dll" "$work/r2r.log" \
  && ! grep -q "/analyzer:[^ ]*aiia.codegen/[^/]*/analyzers/" "$work/r2r.log" \
  || { grep -o "/analyzer:[^ ]*" "$work/r2r.log"; fail "the compiler was not given the ReadyToRun generator for $rid (alone)"; }

# The analyzers the compiler would get, as MSBuild resolves them (no compile).
analyzers() {
  dotnet msbuild app -nologo "$@" -t:ResolveLockFileAnalyzers -t:_AiiaCodegenUseReadyToRunGenerator -getItem:Analyzer
}
analyzers -p:AiiaCodegenReadyToRun=false > "$work/optout-r2r.json" 2>&1
grep -q "analyzers/dotnet/cs/Aiia.Codegen.Generator.dll" "$work/optout-r2r.json" && ! grep -q "readytorun" "$work/optout-r2r.json" \
  || { cat "$work/optout-r2r.json"; fail "AiiaCodegenReadyToRun=false did not keep the IL generator"; }
analyzers -p:NETCoreSdkVersion=9.0.300 > "$work/sdk9.json" 2>&1
grep -q "analyzers/dotnet/cs/Aiia.Codegen.Generator.dll" "$work/sdk9.json" && ! grep -q "readytorun" "$work/sdk9.json" \
  || { cat "$work/sdk9.json"; fail "an SDK older than .NET 10 was given the ReadyToRun generator"; }

# A spec the project lists itself (to give it options) is left alone by the automatic inclusion: no duplicate.
cp "$repo/spec/aiia-authentication.openapi.yaml" app/other.openapi.yaml
# The build only succeeds if the listed spec's metadata was applied (the type below exists).
echo 'internal static class OtherCheck { internal static readonly System.Type Client = typeof(InstallCheck.Other.OtherClient); }' > app/OtherCheck.cs
sed -i 's|</Project>|  <ItemGroup>\n    <AdditionalFiles Include="other.openapi.yaml" AiiaNamespace="InstallCheck.Other" AiiaClientName="OtherClient" />\n  </ItemGroup>\n</Project>|' app/InstallCheck.csproj
if ! dotnet build app -warnaserror -p:UseSharedCompilation=false -nologo > "$work/listed.log" 2>&1; then
  cat "$work/listed.log"; fail "a spec listed with metadata next to the automatic inclusion does not build"
fi

# The same spec listed twice (for a second client) would get one item's options: the build stops with AIIA1002.
cp app/InstallCheck.csproj "$work/InstallCheck.csproj.bak"
sed -i 's|</Project>|  <ItemGroup>\n    <AdditionalFiles Include="other.openapi.yaml" AiiaNamespace="InstallCheck.Second" />\n  </ItemGroup>\n</Project>|' app/InstallCheck.csproj
if dotnet build app -p:UseSharedCompilation=false -nologo > "$work/twice.log" 2>&1 || ! grep -q "error AIIA1002" "$work/twice.log"; then
  cat "$work/twice.log"; fail "a spec listed twice was not refused with AIIA1002"
fi
cp "$work/InstallCheck.csproj.bak" app/InstallCheck.csproj

# Opting out of the automatic inclusion leaves the dropped-in spec out: the client no longer exists.
if dotnet build app -p:AiiaCodegenIncludeSpecs=false -p:UseSharedCompilation=false -nologo > "$work/optout.log" 2>&1 \
   || ! grep -q "AiiaAuthenticationClient" "$work/optout.log"; then
  cat "$work/optout.log"; fail "AiiaCodegenIncludeSpecs=false did not turn the automatic inclusion off"
fi

echo "install-test: passed"
