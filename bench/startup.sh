#!/usr/bin/env bash
# Start-up benchmark (issue 2): wall time and peak memory (max RSS) from start to exit of
#   ./pcmt -c 'plan:list'            with feature "all" (five plans, extender, registry, shell, FileInstall)
# against the same launcher with feature "bare" (framework, SCR, ConfigAdmin, Gogo) running `lb`.
# Runs are interleaved (all, bare, all, bare, …) on warm framework caches; prints medians and ratios.
# Usage: bench/startup.sh [RUNS]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[ -f launcher/target/pcmt-launcher.jar ] || mvn -q -B install -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
one() { # $1 feature, $2 command -> "seconds maxrss_kb"
  /usr/bin/time -f '%e %M' -o "$tmp/t" ./pcmt --feature "$1" --data "$tmp/data-$1" --deploy "$tmp/deploy" -c "$2" >/dev/null
  cat "$tmp/t"
}
one all 'plan:list' >/dev/null; one bare 'lb' >/dev/null   # fill the caches
for i in $(seq "$runs"); do
  one all 'plan:list' >> "$tmp/all"
  one bare 'lb' >> "$tmp/bare"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
a_t=$(cut -d' ' -f1 "$tmp/all" | median);  b_t=$(cut -d' ' -f1 "$tmp/bare" | median)
a_m=$(cut -d' ' -f2 "$tmp/all" | median);  b_m=$(cut -d' ' -f2 "$tmp/bare" | median)
printf '%-28s %10s %14s\n' "run ($runs each, interleaved)" "wall (s)" "peak RSS (MiB)"
printf '%-28s %10.2f %14.1f\n' "all: plan:list" "$a_t" "$(echo "$a_m/1024" | bc -l)"
printf '%-28s %10.2f %14.1f\n' "bare: lb" "$b_t" "$(echo "$b_m/1024" | bc -l)"
printf '%-28s %10.2f %14.2f\n' "ratio all/bare" "$(echo "$a_t/$b_t" | bc -l)" "$(echo "$a_m/$b_m" | bc -l)"
echo "targets: wall ratio <= 1.3, memory ratio <= 1.3"
