#!/usr/bin/env bash
# Image-scan benchmark (issue #5; spec/product.md "Targets"): generates a ~2 GiB-uncompressed, 40-layer gzip image
# (an OCI layout tarred as a docker-save/containerd-style archive, real files from /usr, six credential files: two
# visible, two deleted, one overwritten, one under an opaque directory), then times, after a warm-up:
#   - configunit scan --image            (peak RSS from /usr/bin/time -v)
#   - the JDK's GZIPInputStream on the same blobs, two threads (the physical limit: bench/InflateBaseline.java)
#   - gzip -dc | tar -t on the same blobs, two at a time
# and writes a Markdown table of medians, throughputs and ratios.
#
#   BENCH_SIZE=full|small (default full: ~2 GiB; small: ~64 MiB, for CI)   BENCH_RUNS=N (default 3)
#   BENCH_DIR=DIR (default target/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${BENCH_SIZE:-full}
runs=${BENCH_RUNS:-3}
out=${BENCH_DIR:-target/bench}
case "$size" in
  full) scale=32 ;;
  small) scale=1 ;;
  *) echo "BENCH_SIZE must be full or small" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

jar=$(ls target/configunit-*-cli.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -q -B -ntp -DskipTests package >&2
  jar=$(ls target/configunit-*-cli.jar | head -n 1)
fi

work="$out/work-$size"
image="$out/image-$size.tar"
layout="$out/layout-$size"
mkdir -p "$out"

# Layer sizes in MiB at scale 32 (full): one 800 MiB base, eight of 125 MiB, 31 small ones of 8 MiB: ~2050 MiB.
layer_mib() {
  local i=$1
  if [ "$i" -eq 1 ]; then echo $((800 * scale / 32));
  elif [ "$i" -le 9 ]; then echo $((125 * scale / 32));
  else echo $(( (8 * scale + 31) / 32 )); fi
}

generate() {
  rm -rf "$work" "$layout"
  mkdir -p "$work" "$layout/blobs/sha256"
  echo "bench: generating the $size image (40 layers, gzip -1) in $out ..." >&2
  find /usr/lib /usr/share /usr/bin -xdev -type f -size -32M -readable 2>/dev/null | LC_ALL=C sort | sed 's,^/,,' > "$work/pool"
  mapfile -t sizes < <(sed 's,^,/,' "$work/pool" | xargs -d '\n' stat -c %s)
  local total=${#sizes[@]} cursor=0
  for i in $(seq 1 40); do
    local want=$(( $(layer_mib "$i") * 1024 * 1024 )) got=0
    : > "$work/list$i"
    while [ "$got" -lt "$want" ]; do
      echo "${cursor}" >> "$work/idx$i"
      got=$((got + sizes[cursor % total]))
      cursor=$((cursor + 1))
    done
    awk 'NR==FNR { want[$1 % '"$total"' + 1]=1; next } (FNR in want)' "$work/idx$i" "$work/pool" > "$work/list$i"
    rm -f "$work/idx$i"
    local prefix="opt/l$i/"
    [ "$i" -eq 1 ] && prefix=""
    tar --create --file "$work/l$i.tar" -C / --numeric-owner --owner=0 --group=0 --mtime=@0 \
      --transform "s,^usr/,${prefix}usr/," --files-from "$work/list$i" 2>/dev/null || true
    credentials "$i"
  done
  echo "bench: compressing ..." >&2
  seq 1 40 | xargs -P 2 -I{} sh -c 'gzip -1 -n -c "$1/l$2.tar" > "$1/l$2.tar.gz"' _ "$work" {}
  local diffids="" layers="" history=""
  for i in $(seq 1 40); do
    local d b s
    d=$(sha256sum "$work/l$i.tar" | cut -d' ' -f1)
    b=$(sha256sum "$work/l$i.tar.gz" | cut -d' ' -f1)
    s=$(stat -c %s "$work/l$i.tar.gz")
    mv "$work/l$i.tar.gz" "$layout/blobs/sha256/$b"
    rm -f "$work/l$i.tar"
    diffids+="${diffids:+,}\"sha256:$d\""
    layers+="${layers:+,}{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:$b\",\"size\":$s}"
    history+="${history:+,}{\"created_by\":\"RUN build step $i\"}"
    [ $((i % 10)) -eq 0 ] && history+=",{\"created_by\":\"ENV STEP=$i\",\"empty_layer\":true}"
  done
  printf '{"architecture":"amd64","os":"linux","config":{"User":"1000","Env":["PATH=/usr/local/bin:/usr/bin:/bin"]},"rootfs":{"type":"layers","diff_ids":[%s]},"history":[%s]}' \
    "$diffids" "$history" > "$work/config.json"
  local c cs m ms
  c=$(sha256sum "$work/config.json" | cut -d' ' -f1); cs=$(stat -c %s "$work/config.json")
  cp "$work/config.json" "$layout/blobs/sha256/$c"
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[%s]}' \
    "$c" "$cs" "$layers" > "$work/manifest.json"
  m=$(sha256sum "$work/manifest.json" | cut -d' ' -f1); ms=$(stat -c %s "$work/manifest.json")
  cp "$work/manifest.json" "$layout/blobs/sha256/$m"
  printf '{"imageLayoutVersion":"1.0.0"}' > "$layout/oci-layout"
  printf '{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s}]}' \
    "$m" "$ms" > "$layout/index.json"
  (cd "$layout" && tar --create --file "../$(basename "$image")" --numeric-owner --owner=0 --group=0 --mtime=@0 oci-layout index.json blobs)
  rm -rf "$work"
}

# Six credential files: visible (1, 3), deleted (5 by 12, 7 by 20), overwritten (10 by 25), opaque (15 by 30).
credentials() {
  local i=$1 stage="$work/stage$i" auth
  auth=$(printf 'ci:FAKE-BENCH-%s' "$i" | base64 -w0)
  rm -rf "$stage"; mkdir -p "$stage"
  local config="{\"auths\":{\"registry.example.test\":{\"auth\":\"$auth\"}}}" names=()
  put() { mkdir -p "$stage/$(dirname "$1")"; printf '%s' "$2" > "$stage/$1"; names+=("$1"); }
  case "$i" in
    1) put root/.docker/config.json "$config" ;;
    3) put home/ci/.docker/config.json "$config" ;;
    5) put kaniko/.docker/config.json "$config" ;;
    7) put root/.config/containers/auth.json "$config" ;;
    10) put opt/app/.docker/config.json "$config" ;;
    12) put kaniko/.docker/.wh.config.json "" ;;
    15) put work/.docker/config.json "$config" ;;
    20) put root/.config/containers/.wh.auth.json "" ;;
    25) put opt/app/.docker/config.json '{"credsStore":"pass"}' ;;
    30) put work/.docker/.wh..wh..opq "" ;;
  esac
  if [ "${#names[@]}" -gt 0 ]; then
    tar --append --file "$work/l$i.tar" -C "$stage" --numeric-owner --owner=0 --group=0 --mode=0600 --mtime=@0 "${names[@]}"
  fi
}

[ -f "$image" ] || generate
uncompressed=$(java -cp "$jar" bench/InflateBaseline.java "$image" 1 | cut -d' ' -f1)

median() { LC_ALL=C sort -g | awk '{ a[NR]=$1 } END { print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2 }'; }
timed() { # prints "wall_seconds max_rss_kib cpu_seconds" of a command
  /usr/bin/time -f '%e %M %U %S' -o "$out/time.txt" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$out/time.txt" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}
scan() { bin/configunit scan --image "$image" --format json --fail-on none; }  # the product's own JVM options
inflate() { java -cp "$jar" bench/InflateBaseline.java "$image" 2; }
gnu() { ls "$layout"/blobs/sha256/* | xargs -P 2 -I{} sh -c 'head -c2 "$1" | od -An -tx1 | grep -q "1f 8b" && gzip -dc "$1" | tar -t > /dev/null || true' _ {}; }
export -f scan inflate gnu
export jar image layout

bin/configunit --version > /dev/null  # builds the jar now if the sources changed, never inside a timed run
echo "bench: warm-up ..." >&2
scan > "$out/scan.json"; inflate > /dev/null; gnu
findings=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["findings"]))' "$out/scan.json" 2>/dev/null || echo "?")
: > "$out/scan.times"; : > "$out/inflate.times"; : > "$out/gnu.times"; : > "$out/scan.rss"
: > "$out/scan.cpu"; : > "$out/inflate.cpu"; : > "$out/gnu.cpu"
for r in $(seq 1 "$runs"); do
  echo "bench: run $r/$runs ..." >&2
  read -r wall rss cpu < <(timed bash -c scan)
  echo "$wall" >> "$out/scan.times"; echo "$rss" >> "$out/scan.rss"; echo "$cpu" >> "$out/scan.cpu"
  read -r wall _ cpu < <(timed bash -c inflate); echo "$wall" >> "$out/inflate.times"; echo "$cpu" >> "$out/inflate.cpu"
  read -r wall _ cpu < <(timed bash -c gnu); echo "$wall" >> "$out/gnu.times"; echo "$cpu" >> "$out/gnu.cpu"
done
s=$(median < "$out/scan.times"); j=$(median < "$out/inflate.times"); g=$(median < "$out/gnu.times")
sb=$(LC_ALL=C sort -g "$out/scan.times" | head -n 1); jb=$(LC_ALL=C sort -g "$out/inflate.times" | head -n 1)
gb=$(LC_ALL=C sort -g "$out/gnu.times" | head -n 1)
sc=$(median < "$out/scan.cpu"); jc=$(median < "$out/inflate.cpu"); gc=$(median < "$out/gnu.cpu")
rss=$(LC_ALL=C sort -g "$out/scan.rss" | tail -n 1)
mib=$(awk -v b="$uncompressed" 'BEGIN { printf "%.0f", b / 1048576 }')
rate() { awk -v b="$uncompressed" -v t="$1" 'BEGIN { printf "%.0f", b / 1048576 / t }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b / a }'; }
{
  echo "## Image scan benchmark ($size: $mib MiB uncompressed, 40 gzip layers, $(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo "$runs runs after a warm-up, wall time including JVM start; throughput is uncompressed MiB per second of wall"
  echo "time. The machine is shared: best-of-$runs shows the unloaded speed, and CPU seconds (user + sys) compare the"
  echo "work done whatever the load."
  echo
  echo "| pipeline | median wall (s) | MiB/s | × limit | best wall (s) | MiB/s | × limit | median CPU (s) | × limit | peak RSS |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  echo "| configunit scan --image ($findings findings) | $s | $(rate "$s") | $(ratio "$s" "$j") | $sb | $(rate "$sb") | $(ratio "$sb" "$jb") | $sc | $(ratio "$sc" "$jc") | $((rss / 1024)) MiB |"
  echo "| JDK GZIPInputStream, 2 threads (the limit) | $j | $(rate "$j") | 1.00 | $jb | $(rate "$jb") | 1.00 | $jc | 1.00 | |"
  echo "| gzip -dc \\| tar -t, 2 at a time | $g | $(rate "$g") | $(ratio "$g" "$j") | $gb | $(rate "$gb") | $(ratio "$gb" "$jb") | $gc | $(ratio "$gc" "$jc") | |"
  echo
  echo "Targets (product.md): ≥ 0.75 × the JDK two-thread inflate throughput; peak RSS ≤ 256 MiB."
} | tee "$out/image-scan-$size.md"
