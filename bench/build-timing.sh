#!/usr/bin/env bash
# Table 2 of docs/performance.md: `dotnet build` of one small project without the generator, with it (as IL, and as the
# ReadyToRun copy the package gives a .NET 10 compiler), and with its output checked in (bench/build-timing/), timed by hyperfine: a full build (bin/ and obj/Release removed, restore
# done), a no-op rebuild (nothing changed: MSBuild skips the compiler, so the generator does no work), and a rebuild
# after a C# edit (the compiler runs, and with it the generator, in a fresh compiler process).
# Usage: bench/build-timing.sh [RUNS]      (needs hyperfine: apt-get install -y hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
out=bench/results/build-timing
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
build="dotnet build -c Release --no-restore -p:UseSharedCompilation=false -nologo -v:q"

# What the variants reference, built once: the generator and the runtime DLLs, and the pregenerated sources.
dotnet build -c Release generator/Aiia.Codegen.Generator -p:UseSharedCompilation=false -nologo -v:q
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish -c Release -r "$rid" generator/Aiia.Codegen.Generator.ReadyToRun -p:UseSharedCompilation=false -nologo -v:q
dotnet build -c Release runtime/Aiia.Codegen.Runtime -f net10.0 -p:UseSharedCompilation=false -nologo -v:q
dotnet build -c Release bench/Aiia.Codegen.Benchmarks -p:UseSharedCompilation=false -nologo -v:q
rm -rf bench/build-timing/Pregenerated/Generated
dotnet bench/Aiia.Codegen.Benchmarks/bin/Release/net10.0/Aiia.Codegen.Benchmarks.dll write-generated bench/build-timing/Pregenerated/Generated
for variant in NoGenerator WithGenerator WithGeneratorReadyToRun Pregenerated; do
  dotnet restore "bench/build-timing/$variant" -nologo -v:q
  $build "bench/build-timing/$variant"
done

variants=NoGenerator,WithGenerator,WithGeneratorReadyToRun,Pregenerated
hyperfine --runs "$runs" --warmup 1 -L variant "$variants" \
  --prepare 'rm -rf bench/build-timing/{variant}/bin bench/build-timing/{variant}/obj/Release' \
  --export-json "$out/full.json" -n 'full build: {variant}' "$build bench/build-timing/{variant}"
hyperfine --runs "$runs" --warmup 1 -L variant "$variants" \
  --export-json "$out/noop.json" -n 'no-op rebuild: {variant}' "$build bench/build-timing/{variant}"
hyperfine --runs "$runs" --warmup 1 -L variant "$variants" \
  --prepare 'touch bench/build-timing/Shared/Program.cs' \
  --export-json "$out/edit.json" -n 'rebuild after a C# edit: {variant}' "$build bench/build-timing/{variant}"

# Inside the compiler: the time csc itself reports for each generator (-p:ReportAnalyzer=true), five rebuilds of each
# variant with the generator, alternately.
rm -f "$out"/report-analyzer-*.txt
for i in 1 2 3 4 5; do
  for variant in WithGenerator WithGeneratorReadyToRun; do
    touch bench/build-timing/Shared/Program.cs
    $build -p:ReportAnalyzer=true -v:d "bench/build-timing/$variant" | grep -A14 'Total generator execution time' \
      | grep -E 'Total generator execution time|^ +[0-9.]+ +[0-9<]+ +[A-Za-z.]+, Version' | sed -E 's/, Version=.*//' \
      >> "$out/report-analyzer-$variant.txt"
  done
done

python3 - "$out" <<'PY'
import json, sys, os
out = sys.argv[1]
print("| build | variant | median, s | min–max, s | vs NoGenerator (median) |")
print("| --- | --- | ---: | ---: | ---: |")
for name, title in [("full", "full build"), ("noop", "no-op rebuild"), ("edit", "rebuild after a C# edit")]:
    results = json.load(open(os.path.join(out, name + ".json")))["results"]
    base = next(r["median"] for r in results if r["parameters"]["variant"] == "NoGenerator")
    for r in results:
        v = r["parameters"]["variant"]
        print(f"| {title} | {v} | {r['median']:.2f} | {r['min']:.2f}–{r['max']:.2f} | {r['median'] / base:.2f}× ({(r['median'] - base) * 1000:+.0f} ms) |")
print()
print("Generator time inside the compiler (csc -reportanalyzer), rebuilt after a C# edit, median of 5:")
print()
import re, statistics
columns = ["WithGenerator", "WithGeneratorReadyToRun"]
times = {}
for column in columns:
    for line in open(os.path.join(out, f"report-analyzer-{column}.txt")):
        m = re.match(r"\s*Total generator execution time: ([0-9.]+)", line)
        if m:
            times.setdefault("all generators together", {}).setdefault(column, []).append(float(m.group(1)))
            continue
        m = re.match(r"\s*([0-9.]+)\s+[0-9<]+\s+(.+)$", line)
        if m:
            times.setdefault(m.group(2).strip(), {}).setdefault(column, []).append(float(m.group(1)))
print("| generator | " + " | ".join(f"{c}, median ms" for c in columns) + " |")
print("| --- | " + " | ".join("---:" for _ in columns) + " |")
for name, by_column in sorted(times.items(), key=lambda kv: -statistics.median(kv[1].get(columns[0], [0]))):
    print(f"| {name} | " + " | ".join(f"{statistics.median(by_column[c]) * 1000:.0f}" if c in by_column else "" for c in columns) + " |")
PY
