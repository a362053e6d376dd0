#!/usr/bin/env bash
# NativeAOT check: the sample publishes with -p:PublishAot=true with no trimming or AOT warning (IL2xxx/IL3xxx),
# and the native binary runs the whole flow against the embedded sandbox.
# Prints "aot-check: passed" or "aot-check: failed" last; exit status says the same.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

fail() { echo "aot-check: $1" >&2; echo "aot-check: failed"; exit 1; }

rid="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
log="$work/publish.log"
echo "aot-check: publishing the sample for $rid with PublishAot=true"
if ! dotnet publish "$repo/samples/Aiia.Codegen.Sample" -c Release -r "$rid" -p:PublishAot=true \
     -p:UseSharedCompilation=false -o "$work/out" -nologo > "$log" 2>&1; then
  cat "$log"; fail "publish failed"
fi
if grep -E "warning IL[23][0-9]{3}" "$log"; then
  fail "trimming or AOT warnings (above)"
fi

output=$("$work/out/Aiia.Codegen.Sample") || { echo "$output"; fail "the native sample exited non-zero"; }
echo "$output"
grep -q "5. Session renewed by the keeper" <<<"$output" || fail "the native sample did not complete the flow"
echo "aot-check: passed"
