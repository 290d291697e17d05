#!/usr/bin/env bash
# Store benchmark (issue 5). Prints figures; not a test. Usage: bench/store.sh [RUNS]   (default 7)
#  1. In one JVM: a national-scale import (34 provinces, 3,321 communes, 60 indicators, 12 half-years = 2,391,120
#     values) through the store's own import path, report:progress for one plan and a national roll-up of one
#     indicator, each beside the same work in plain JDBC on H2 (the floor). Medians of RUNS.
#  2. Through ./pcmt as an operator runs it: the same data as files (34 plan JSON files, units CSV, figures CSV),
#     loaded with plan:load, unit:import and indicator:import into a data folder, then whole ./pcmt runs of
#     report:progress and indicator:rollup: wall time and peak memory with the data loaded, beside the same
#     commands on the same plans with no figures. Medians of RUNS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
[ -f launcher/target/repository/vn/pcmt/pcmt-store/0.1.0/pcmt-store-0.1.0.jar ] || mvn -q -B install -DskipTests
h2=$(ls launcher/target/repository/com/h2database/h2/*/h2-*.jar | head -1)
cp="bundles/pcmt-store/target/classes:bundles/pcmt-api/target/classes:$h2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -encoding UTF-8 -d "$out" -cp "$cp" bench/store/vn/pcmt/store/internal/StoreBench.java

echo "== 1. the store in one JVM, against plain JDBC"
# the store's classes and the benchmark share one class loader (package-private access), as in the bundle
/usr/bin/time -f 'benchmark JVM: %e s wall, peak RSS %M KiB' java -Xmx2g -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
  -cp "$out:$cp" vn.pcmt.store.internal.StoreBench "$runs"

echo
echo "== 2. through ./pcmt (feature core + 34 loaded plans), whole runs: start, command, exit"
gen="$out/files"
java -cp "$out:$cp" vn.pcmt.store.internal.StoreBench --generate "$gen"
data="$out/data"
loads=$(for f in "$gen"/plans/*.plan.json; do printf 'plan:load %s; ' "$f"; done)
./pcmt --data "$data" --feature core -c "$loads unit:import $gen/units.csv" > /dev/null

# one ./pcmt run: prints "WALL_SECONDS PEAK_RSS_KIB"
run() { /usr/bin/time -f '%e %M' -o "$out/time" ./pcmt --data "$data" --feature core -c "$1" > /dev/null; cat "$out/time"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
series() { # COMMAND -> "median_wall median_rss_mib"
  local w=() m=()
  for _ in $(seq "$runs"); do read -r a b < <(run "$1"); w+=("$a"); m+=("$b"); done
  echo "$(printf '%s\n' "${w[@]}" | median) $(printf '%s\n' "${m[@]}" | median | awk '{printf "%.1f", $1/1024}')"
}
progress="report:progress bench-01 --as-of 2027-01-15"
rollup="indicator:rollup --indicator bench-1"
read -r pw0 pm0 < <(series "$progress")
read -r rw0 rm0 < <(series "$rollup")
start=$(date +%s%N)
# the figures run to 2030-H2: "today" at the end of the span, since periods not begun are refused (issue 11)
./pcmt --data "$data" --feature core -D pcmt.today=2030-12-31 -c "indicator:import $gen/national.csv" > /dev/null
import=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
# the first open after a large import also tidies the database file (H2 rewrites sparse chunks): shown apart
read -r fw fm < <(run "$progress")
read -r pw1 pm1 < <(series "$progress")
read -r rw1 rm1 < <(series "$rollup")
printf '%-40s %s\n' "indicator:import of 2,391,120 values" \
  "$(awk -v s="$import" 'BEGIN {printf "%.1f s whole run, %.0f values/s including start-up", s, 2391120 / s}')"
printf '%-40s %s\n' "first report:progress after the import" "$fw s wall, peak RSS $(awk -v k="$fm" 'BEGIN {printf "%.1f", k / 1024}') MiB"
printf '%-40s %14s %14s %8s\n' "" "no figures" "2.4 M values" "ratio"
for row in "report:progress bench-01, s wall|$pw0|$pw1" "report:progress bench-01, peak RSS MiB|$pm0|$pm1" \
           "indicator:rollup --indicator, s wall|$rw0|$rw1" "indicator:rollup --indicator, RSS MiB|$rm0|$rm1"; do
  IFS='|' read -r name a b <<< "$row"
  printf '%-40s %14s %14s %8s\n' "$name" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", b / a}')"
done
echo "database file: $(du -m "$data/db/pcmt.mv.db" | cut -f1) MiB"
