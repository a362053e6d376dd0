#!/usr/bin/env bash
# The generator at two commits, side by side on the same machine state: each commit's ReadyToRun copy (as the package
# gives it to a .NET 10 compiler) is published from a throwaway worktree, then loaded like the compiler loads it, the two
# alternating run by run: the first call in fresh processes and the warm generation, for the Aiia and the large spec.
# A regression is measured against the code before the change, never against figures taken on another day.
# Usage: bench/compare-commits.sh BASE [HEAD] [RUNS]     e.g. bench/compare-commits.sh 40cb7bf HEAD 20
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
base=${1:?usage: bench/compare-commits.sh BASE [HEAD] [RUNS]}
head=${2:-HEAD}
runs=${3:-20}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
work=$(mktemp -d)
trap 'for w in "$work"/src-*; do git worktree remove --force "$w" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

copy() { # commit → directory holding that commit's ReadyToRun generator and its YamlDotNet
  local commit=$1 dir="$work/r2r-$1"
  git worktree add --detach -q "$work/src-$commit" "$commit"
  dotnet publish -c Release -r "$rid" "$work/src-$commit/generator/Aiia.Codegen.Generator.ReadyToRun" \
    -p:UseSharedCompilation=false -nologo -v:q >&2
  mkdir -p "$dir"
  cp "$work/src-$commit/generator/Aiia.Codegen.Generator.ReadyToRun/bin/Release/net10.0/$rid/publish/"{Aiia.Codegen.Generator.dll,YamlDotNet.dll} "$dir/"
  echo "$dir"
}

base_dir=$(copy "$(git rev-parse --short "$base")")
head_dir=$(copy "$(git rev-parse --short "$head")")
dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q >&2
bench="dotnet bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll"
tools="aiia-codegen-dir=$base_dir,aiia-codegen-dir=$head_dir"
echo "base $base ($(git rev-parse --short "$base")), head $head ($(git rev-parse --short "$head")); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
$bench first-calls --runs "$runs" --specs aiia,large --tools "$tools" 2>/dev/null
echo
echo "Warm, the two alternating (aiia: $((runs * 5)) runs, large: $runs runs):"
$bench quick aiia --tools "$tools" --runs $((runs * 5))
$bench quick large --tools "$tools" --runs "$runs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
