#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of the runtime packages (Aiia.Codegen.Runtime, Aiia.Codegen.Sessions) from the
# PublicApiAnalyzers' own diagnostics, then checks that the normal build (warnings as errors) passes with them:
#   RS0016 "Symbol 'X' is not part of the declared public API"   -> X is listed in PublicAPI.Unshipped.txt
#   RS0017 "Symbol 'X' is part of the declared API, but ... not found" (a PublicAPI.Shipped.txt entry that is gone)
#                                                                 -> *REMOVED*X is listed in PublicAPI.Unshipped.txt
# PublicAPI.Shipped.txt is never written here: at a release, move the Unshipped entries into it by hand.
# Both target frameworks share one pair of files; the script stops if their surfaces differ (then split the files
# per target framework, as the analyzer documents).
#
#   bash runtime/update-public-api.sh        # then review: git diff runtime/*/PublicAPI.*.txt
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
projects=(Aiia.Codegen.Runtime Aiia.Codegen.Sessions)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for project in "${projects[@]}"; do
  printf '#nullable enable\n' > "$root/runtime/$project/PublicAPI.Unshipped.txt"
done

# Sessions references the runtime: one build compiles both, for every target framework. Warnings stay warnings here,
# so each undeclared symbol is reported instead of stopping the build.
if ! dotnet build "$root/runtime/Aiia.Codegen.Sessions/Aiia.Codegen.Sessions.csproj" -nologo -clp:NoSummary \
    -p:TreatWarningsAsErrors=false -p:UseSharedCompilation=false > "$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "update-public-api: the build failed for another reason (above)." >&2
  exit 1
fi

for project in "${projects[@]}"; do
  frameworks=$(sed -n "s/.*[\\/]$project\\.csproj::TargetFramework=\\([^]]*\\)\\].*/\\1/p" "$work/build.log" | sort -u)
  first=""
  for tfm in $frameworks; do
    grep -F "$project.csproj::TargetFramework=$tfm]" "$work/build.log" > "$work/$project-$tfm.log" || true
    {
      sed -n "s/.*warning RS0016: Symbol '\\(.*\\)' is not part of the declared public API.*/\\1/p" "$work/$project-$tfm.log"
      sed -n "s/.*warning RS0017: Symbol '\\(.*\\)' is part of the declared API, but is either not public or could not be found.*/*REMOVED*\\1/p" "$work/$project-$tfm.log"
    } | LC_ALL=C sort -u > "$work/$project-$tfm.txt"
    if [ -z "$first" ]; then
      first="$tfm"
    elif ! diff -u "$work/$project-$first.txt" "$work/$project-$tfm.txt" > "$work/$project.diff"; then
      cat "$work/$project.diff"
      echo "update-public-api: $project's public API differs between $first and $tfm (above); use per-target-framework PublicAPI files." >&2
      exit 1
    fi
  done
  if [ -z "$first" ]; then
    echo "update-public-api: no build output for $project." >&2
    exit 1
  fi
  { printf '#nullable enable\n'; cat "$work/$project-$first.txt"; } > "$root/runtime/$project/PublicAPI.Unshipped.txt"
  echo "$project: $(wc -l < "$work/$project-$first.txt") unshipped entries ($(echo $frameworks | tr '\n' ' '))"
done

# The files must now satisfy the analyzer with warnings as errors, as every build does.
dotnet build "$root/runtime/Aiia.Codegen.Sessions/Aiia.Codegen.Sessions.csproj" -nologo -clp:NoSummary -v:q \
  -p:UseSharedCompilation=false
