#!/usr/bin/env bash
# CI check (one test in .ci/run): the benchmarks build in Release and every benchmark and measurement runs once, small
# and quick (`Aiia.Codegen.Benchmarks smoke`), and the build-timing projects with the generator (IL and ReadyToRun) build. Not a
# measurement: see docs/performance.md for how the tables are made. Prints `bench-smoke: passed|failed` last.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$(date +%s)
status=0

step() {
  echo "== bench-smoke: $1"
  shift
  if ! "$@"; then
    echo "== bench-smoke: FAILED: $*"
    status=1
  fi
}

step "build the benchmarks (Release)" dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q
# The generator as the package ships it for this machine: IL and ReadyToRun copies (the aiia-codegen-il/-r2r tools).
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
step "publish the ReadyToRun generator for $rid" dotnet publish -c Release -r "$rid" generator/Aiia.Codegen.Generator.ReadyToRun \
  -p:UseSharedCompilation=false -nologo -v:q
if [ "$status" -eq 0 ]; then
  step "run every benchmark once" dotnet bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll smoke
  for variant in WithGenerator WithGeneratorReadyToRun; do
    step "build the build-timing project $variant" \
      dotnet build -c Release "bench/build-timing/$variant" -p:UseSharedCompilation=false -nologo -v:q
  done
fi

echo "bench-smoke took $(( $(date +%s) - started )) s"
if [ "$status" -eq 0 ]; then
  echo "bench-smoke: passed"
else
  echo "bench-smoke: failed"
fi
exit "$status"
