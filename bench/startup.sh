#!/usr/bin/env bash
# Start-up benchmark (issue 2): wall time and peak memory (max RSS) from start to exit of
#   ./pcmt -c 'plan:list'            with feature "all" (five plans, four areas, extender, registry, store, shell,
#                                     config)
# against the same launcher with feature "bare" (framework, SCR, ConfigAdmin, Gogo) running `lb`, and, to show
# where the difference goes, feature "core" (all of pcmt's platform bundles, no plan and no area) running plan:list.
# Runs are interleaved (all, bare, core, all, …) on warm framework caches; prints medians and ratios. The last row,
# "all, first start", is the same command on a new data folder every time (framework cache built, every plan and
# area read and checked): what an operator waits for once, and again after a rebuild.
# Usage: bench/startup.sh [RUNS]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[ -f launcher/target/pcmt-launcher.jar ] || mvn -q -B install -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one() { # $1 feature, $2 command, [$3 data folder name, default the feature] -> "seconds maxrss_kb"
  /usr/bin/time -f '%e %M' -o "$tmp/t" ./pcmt --feature "$1" --data "$tmp/data-${3:-$1}" --deploy "$tmp/deploy" \
    -c "$2" >/dev/null
  cat "$tmp/t"
}
one all 'plan:list' >/dev/null; one bare 'lb' >/dev/null; one core 'plan:list' >/dev/null   # fill the caches
for i in $(seq "$runs"); do
  one all 'plan:list' >> "$tmp/all"
  one bare 'lb' >> "$tmp/bare"
  one core 'plan:list' >> "$tmp/core"
  rm -rf "$tmp/data-first"
  one all 'plan:list' first >> "$tmp/first"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
for f in all bare core first; do
  eval "${f}_t=$(cut -d' ' -f1 "$tmp/$f" | median)"
  eval "${f}_m=$(cut -d' ' -f2 "$tmp/$f" | median)"
done
row() { awk -v n="$1" -v t="$2" -v m="$3" -v bt="$bare_t" -v bm="$bare_m" \
  'BEGIN {printf "%-28s %10.2f %14.1f %10.2f %10.2f\n", n, t, m / 1024, t / bt, m / bm}'; }
printf '%-28s %10s %14s %10s %10s\n' "run ($runs each, interleaved)" "wall (s)" "peak RSS (MiB)" "wall/bare" "RSS/bare"
row "all: plan:list" "$all_t" "$all_m"
row "core (no plans): plan:list" "$core_t" "$core_m"
row "bare: lb" "$bare_t" "$bare_m"
row "all, first start: plan:list" "$first_t" "$first_m"
echo "targets: all/bare <= 1.3 for wall time and for memory"
