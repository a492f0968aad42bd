# Shared helpers for the benchmark scripts: timing with peak RSS, medians, Markdown rows.
# Source it; it expects $here (the project root).

bench_dir="${BENCH_DIR:-$here/target/bench}"
mkdir -p "$bench_dir"

# measure NAME CMD...: runs CMD once, appends "NAME wall_seconds peak_rss_kib" to $bench_dir/samples.
measure() {
  local name="$1"; shift
  /usr/bin/time -o "$bench_dir/time.out" -f '%e %M' "$@" >/dev/null 2>&1 || true
  echo "$name $(tail -n 1 "$bench_dir/time.out")" >> "$bench_dir/samples"
}

# median NAME FIELD: the median of FIELD (2 = wall, 3 = rss) of NAME's samples.
median() {
  awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$bench_dir/samples" | sort -g \
    | awk '{ a[NR] = $1 } END { if (NR == 0) { print "nan"; exit } m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m }'
}

# ratio A B: A / B with two decimals.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0 || a == "nan" || b == "nan") print "n/a"; else printf "%.2f", a / b }'
}

# mib KIB: kibibytes as MiB with one decimal.
mib() {
  awk -v k="$1" 'BEGIN { if (k == "nan") print "n/a"; else printf "%.1f", k / 1024 }'
}

machine() {
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
}

ensure_jar() {
  "$here/bin/configunit" --version >/dev/null
  jar="$(ls "$here"/target/configunit-*-cli.jar | head -n 1)"
}
