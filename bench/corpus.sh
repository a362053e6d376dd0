#!/usr/bin/env bash
# The corpus table of docs/corpus.md: every real public spec of tests/Corpus through Aiia.Codegen and NSwag (generation
# and the compile of each output, warm medians), then GitHub's spec in fresh processes (our first generation vs NSwag's
# first parse). Writes bench/results/corpus.md. Run it on a quiet machine (check `cat /proc/loadavg`).
# Usage: bench/corpus.sh [corpus options], e.g. --runs 5, --specs plaid,box, --fresh 10, --fresh-spec discord
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=bench/results
mkdir -p "$out"
dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q
dotnet bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll corpus "$@" | tee "$out/corpus.md"
echo "load after: $(cat /proc/loadavg)" >> "$out/corpus.md"
echo "written: $out/corpus.md"
