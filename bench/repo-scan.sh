#!/usr/bin/env bash
# Repo-scan benchmark (product.md "Targets"): ConfigUnit on the synthetic monorepo of
# ../shared/tools/gen_monorepo.py, against `find … -name config.json -print0 | xargs -0 cat` (reading the
# same files, the physical floor) and against Spectral 6.16 with ../shared/tools/spectral's ruleset.
#
# usage: bench/repo-scan.sh [--files N] [--configs M] [--runs R] [--no-spectral]
# Writes a Markdown table to target/bench/repo-scan-N-M.md and prints it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bench/lib.sh"

files=21000 configs=1000 runs=5 spectral=1
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --configs) configs="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-spectral) spectral=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

shared="$here/../shared"
corpus="$bench_dir/monorepo-$files-$configs"
if [ ! -d "$corpus" ]; then
  echo "generating $corpus ..." >&2
  python3 "$shared/tools/gen_monorepo.py" "$corpus" --files "$files" --configs "$configs"
fi
ensure_jar
rm -f "$bench_dir/samples"

spectral_bin=""
if [ "$spectral" = 1 ]; then
  if [ ! -x "$bench_dir/node/node_modules/.bin/spectral" ]; then
    echo "installing @stoplight/spectral-cli@6.16 into $bench_dir/node ..." >&2
    npm install --silent --no-audit --no-fund --prefix "$bench_dir/node" @stoplight/spectral-cli@6.16 >&2
  fi
  spectral_bin="$bench_dir/node/node_modules/.bin/spectral"
fi

baseline() { find "$corpus" -name config.json -print0 | xargs -0 cat; }
configunit() { "$here/bin/configunit" scan "$corpus" --format json || [ $? -eq 1 ]; }
spectral_run() { "$spectral_bin" lint --quiet --format json --ruleset "$shared/tools/spectral/docker-auth.spectral.yaml" "$corpus/**/.docker/config.json" || true; }
export -f baseline configunit spectral_run
export corpus jar spectral_bin shared here

# Warm-up: page cache and JIT-independent disk state.
bash -c baseline >/dev/null; bash -c configunit >/dev/null
for _ in $(seq "$runs"); do
  measure find bash -c baseline
  measure configunit bash -c configunit
done
if [ -n "$spectral_bin" ]; then
  bash -c spectral_run >/dev/null
  for _ in $(seq "$(( runs < 3 ? runs : 3 ))"); do measure spectral bash -c spectral_run; done
fi

f_wall=$(median find 2); c_wall=$(median configunit 2); s_wall=$(median spectral 2)
report="$bench_dir/repo-scan-$files-$configs.md"
{
  echo "### Repo scan: $files files, $configs credential files ($runs runs, medians)"
  echo
  echo "Machine: $(machine)"
  echo
  echo "| command | wall (s) | peak RSS (MiB) | ratio to find+cat |"
  echo "|---|---|---|---|"
  echo "| \`find … -name config.json \| xargs cat\` | $f_wall | $(mib "$(median find 3)") | 1.00 |"
  echo "| \`configunit scan --format json\` | $c_wall | $(mib "$(median configunit 3)") | $(ratio "$c_wall" "$f_wall") |"
  if [ -n "$spectral_bin" ]; then
    echo "| Spectral 6.16 (same files) | $s_wall | $(mib "$(median spectral 3)") | $(ratio "$s_wall" "$f_wall") |"
    echo
    echo "Spectral / ConfigUnit: $(ratio "$s_wall" "$c_wall") × (target ≥ 25 ×). ConfigUnit / find+cat: $(ratio "$c_wall" "$f_wall") × (target ≤ 2.5 ×)."
  else
    echo
    echo "ConfigUnit / find+cat: $(ratio "$c_wall" "$f_wall") × (target ≤ 2.5 ×)."
  fi
} > "$report"
cat "$report"
