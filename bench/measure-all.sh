#!/usr/bin/env bash
# Every table of docs/performance.md in one run (about 20-25 minutes on 2 cores); raw output in bench/results/.
# Run it on a quiet machine (check `cat /proc/loadavg`). Needs hyperfine for table 2 (apt-get install -y hyperfine).
# Usage: bench/measure-all.sh [table...]     tables: generation first-call json-client waiting scale build   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
out=bench/results
mkdir -p "$out"
tables=${*:-generation first-call json-client waiting scale build}
bench="dotnet bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll"

dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q
$bench large-spec | tee "$out/large-spec.txt"
{
  echo "cores: $(nproc); memory: $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr); $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo ".NET SDK $(dotnet --version); $(dotnet --list-runtimes | grep NETCore.App | tail -1)"
  echo "load before: $(cat /proc/loadavg)"
} > "$out/machine.txt"

load() { echo "$1: load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"; }
for table in $tables; do
  case "$table" in
    generation)
      $bench bdn --filter '*GenerationBenchmarks*' --warmupCount 3 --iterationCount 20 --launchCount 2 --exporters github --artifacts "$out/bdn" ;;
    first-call)
      rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
      dotnet publish -c Release -r "$rid" generator/Aiia.Codegen.Generator.ReadyToRun -p:UseSharedCompilation=false -nologo -v:q
      $bench first-calls --runs 10 > "$out/first-calls.md"
      for i in 1 2 3; do $bench first-call-breakdown aiia; done > "$out/first-call-breakdown.md" ;;
    json-client)
      $bench bdn --filter '*JsonReadBenchmarks*' '*ClientBenchmarks*' --warmupCount 3 --iterationCount 15 --exporters github --artifacts "$out/bdn" ;;
    waiting)
      $bench waiting --t 1,3,9 --reps 10 --poll-timeout 5 > "$out/waiting.md" ;;
    scale)
      $bench scale --sessions 10000 > "$out/scale-split.md" || true
      $bench scale --sessions 9800 --in-process > "$out/scale-in-process.md" || true ;;
    build)
      bash bench/build-timing.sh 8 > "$out/build-timing.md" ;;
    *) echo "unknown table $table" >&2; exit 2 ;;
  esac
  load "after $table"
done
echo "done: $out"
