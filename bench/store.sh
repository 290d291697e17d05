#!/usr/bin/env bash
# Store benchmark (issue 5): national-scale import, report:progress and a national roll-up on H2, each beside the
# same work in plain JDBC. Prints figures; not a test. Usage: bench/store.sh [RUNS]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bundles/pcmt-store/target/classes/db/V1__status_and_audit.sql ] || mvn -q -B install -DskipTests
h2=$(ls launcher/target/repository/com/h2database/h2/*/h2-*.jar | head -1)
cp="bundles/pcmt-store/target/classes:bundles/pcmt-api/target/classes:$h2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
javac -encoding UTF-8 -d "$out" -cp "$cp" bench/store/vn/pcmt/store/internal/StoreBench.java
# the store's classes and the benchmark share one class loader (package-private access), as in the bundle
/usr/bin/time -f 'benchmark JVM: %e s wall, peak RSS %M KiB' java -Xmx2g -XX:+UseParallelGC -Dfile.encoding=UTF-8 \
  -cp "$out:$cp" vn.pcmt.store.internal.StoreBench "${1:-7}"
