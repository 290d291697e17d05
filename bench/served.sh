#!/usr/bin/env bash
# Served batch commands (issue 15): wall time of `./pcmt -c 'plan:list'` on a data folder where a console runs (the
# command is sent to it over its owner-only Unix socket and runs inside it, like Karaf's bin/client) against the same
# command with no console running (a standalone start: framework, plans, command, stop), on warm caches.
# Goals: served ≤ 0.3 s, and ≤ 0.6 × standalone. Also times a served plan:unload and load round trip.
# Usage: bench/served.sh [RUNS]   (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[ -f launcher/target/pcmt-launcher.jar ] || mvn -q -B install -DskipTests
tmp=$(mktemp -d)
console=""
cleanup() {
  if [ -n "$console" ]; then kill "$console" 2>/dev/null || true; wait "$console" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
one() { # $@: pcmt arguments -> seconds
  /usr/bin/time -f '%e' -o "$tmp/t" ./pcmt --data "$tmp/data" "$@" >/dev/null
  cat "$tmp/t"
}
one -c 'plan:list' >/dev/null; one -c 'plan:list' >/dev/null     # fill the framework cache
for i in $(seq "$runs"); do one -c 'plan:list' >> "$tmp/standalone"; done
# a console, its input held open by a fifo, as if an operator had it open
mkfifo "$tmp/in"
./pcmt --data "$tmp/data" < "$tmp/in" > "$tmp/console.out" 2>&1 &
console=$!
exec 3> "$tmp/in"
for _ in $(seq 300); do [ -S "$tmp/data/run/console.sock" ] && break; sleep 0.1; done
[ -S "$tmp/data/run/console.sock" ] || { echo "the console did not start" >&2; cat "$tmp/console.out" >&2; exit 1; }
one -c 'plan:list' >/dev/null
for i in $(seq "$runs"); do one -c 'plan:list' >> "$tmp/served"; done
one -c 'plan:unload bac-ninh' > "$tmp/unload"
listed=$(./pcmt --data "$tmp/data" -c 'plan:list' | grep -c '^bac-ninh' || true)
echo "exit" >&3; exec 3>&-
wait "$console" 2>/dev/null || true
console=""
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
s=$(median < "$tmp/standalone"); v=$(median < "$tmp/served")
printf '%-44s %8s\n' "plan:list ($runs runs each)" "wall (s)"
printf '%-44s %8.2f\n' "standalone (no console on the data folder)" "$s"
printf '%-44s %8.2f\n' "served by the running console" "$v"
awk -v s="$s" -v v="$v" 'BEGIN {r = v / s; printf "%-44s %8.2f   (goal ≤ 0.6: %s; served ≤ 0.3 s: %s)\n", "served / standalone", r, (r <= 0.6 ? "met" : "NOT met"), (v <= 0.3 ? "met" : "NOT met")}'
printf '%-44s %8.2f   (bac-ninh still listed by the console: %s)\n' "served plan:unload bac-ninh" "$(cat "$tmp/unload")" "$([ "$listed" = 0 ] && echo no || echo YES)"
