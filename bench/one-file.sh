#!/usr/bin/env bash
# Pre-commit benchmark (product.md "Targets"): ConfigUnit on one staged credential file, against the JVM's own
# start (`java -version`) and Spectral 6.16 on the same file.
#
# usage: bench/one-file.sh [--runs R] [--no-spectral]
# Writes a Markdown table to target/bench/one-file.md and prints it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"

runs=15 spectral=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-spectral) spectral=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

file="$here/samples/bad-hub-key/.docker/config.json"
ensure_jar
"$here/bin/configunit" scan "$file" --fail-on none >/dev/null  # builds the AppCDS archive if needed
rm -f "$bench_dir/samples"

spectral_bin=""
if [ "$spectral" = 1 ]; then
  if [ ! -x "$bench_dir/node/node_modules/.bin/spectral" ]; then
    npm install --silent --no-audit --no-fund --prefix "$bench_dir/node" @stoplight/spectral-cli@6.16 >&2
  fi
  spectral_bin="$bench_dir/node/node_modules/.bin/spectral"
fi

for _ in 1 2; do java -version >/dev/null 2>&1; "$here/bin/configunit" scan "$file" --fail-on none >/dev/null; done
for _ in $(seq "$runs"); do
  measure java-version java -version
  measure configunit "$here/bin/configunit" scan "$file" --fail-on none
done
if [ -n "$spectral_bin" ]; then
  for _ in $(seq 5); do
    measure spectral "$spectral_bin" lint --quiet --ruleset "$here/../shared/tools/spectral/docker-auth.spectral.yaml" "$file"
  done
fi

j=$(median java-version 2); c=$(median configunit 2); s=$(median spectral 2)
report="$bench_dir/one-file.md"
{
  echo "### One file (pre-commit): $runs runs, medians"
  echo
  echo "Machine: $(machine)"
  echo
  echo "| command | wall (s) | peak RSS (MiB) | ratio to java -version |"
  echo "|---|---|---|---|"
  echo "| \`java -version\` | $j | $(mib "$(median java-version 3)") | 1.00 |"
  echo "| \`bin/configunit scan FILE\` | $c | $(mib "$(median configunit 3)") | $(ratio "$c" "$j") |"
  [ -n "$spectral_bin" ] && echo "| Spectral 6.16 \`lint FILE\` | $s | $(mib "$(median spectral 3)") | $(ratio "$s" "$j") |"
  echo
  echo "Targets: ≤ 2.5 × \`java -version\`, peak RSS ≤ 128 MiB."
} > "$report"
cat "$report"
