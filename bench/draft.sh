#!/usr/bin/env bash
# plan:draft benchmark (issue 13). Prints figures; not a test. Usage: bench/draft.sh [--detail]
#  1. Each shipped plan drafted from its document text (bundles/plan-*/…/ID.txt) by the drafting rules, in one JVM
#     (a warm-up draft first, as in a running console), and scored against the hand-made plan JSON: recall and
#     precision of targets (value, comparator, year), duties (body and role), dated deadlines (body and date),
#     reporting duties (frequency and due day or date), roadmap steps (year and value); time to draft.
#     --detail lists every missed and extra item.
#  2. The largest plan through ./pcmt: plan:draft in a whole run (start, draft, check, write, exit).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bundles/pcmt-draft/target/classes/vn/pcmt/draft/internal/Drafter.class ] || mvn -q -B install -DskipTests
jackson=$(ls launcher/target/repository/com/fasterxml/jackson/core/jackson-core/*/jackson-core-*.jar | head -1)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp="bundles/pcmt-draft/target/classes:$jackson"
javac -encoding UTF-8 -d "$out/classes" -cp "$cp" bench/draft/vn/pcmt/draft/internal/DraftBench.java
[ "${1:-}" = "--detail" ] && export DRAFT_BENCH_DETAIL=1
echo "== 1. drafted from the document text, scored against the hand-made plans"
java -Dfile.encoding=UTF-8 -cp "$out/classes:$cp" vn.pcmt.draft.internal.DraftBench "$out/drafts" \
  bundles/plan-*/src/main/resources/plan/*.plan.json
echo
echo "== 1b. the blind set: two plans written for the benchmark by someone who had not read the drafting rules"
echo "   (bench/draft/blind/README.md: Lào Cai by its UBND, Cần Thơ by its Ban Chỉ đạo), scored the same way"
java -Dfile.encoding=UTF-8 -cp "$out/classes:$cp" vn.pcmt.draft.internal.DraftBench "$out/blind" \
  bench/draft/blind/*.plan.json
echo
echo "== 2. ./pcmt -c plan:draft on the largest document (bac-ninh.txt, 68 KB): whole run"
/usr/bin/time -f '%e s wall, peak RSS %M KiB' ./pcmt --data "$out/data" -c \
  "plan:draft bundles/plan-bac-ninh/src/main/resources/plan/bac-ninh.txt --id bn-draft --output $out/run" 2>&1 | grep -E "Bản nháp|wall"
echo
echo "== 3. the blind set's .docx through ./pcmt -c plan:draft (POI reads the Word file; tables are rows of cells),"
echo "   the draft then loaded with plan:load, and scored as in 1b"
printf "%-22s %13s %13s %13s %13s %9s\n" plan "targets R/P" "duties R/P" "deadlines R/P" "reports R/P" roadmap
for docx in bench/draft/blind/*.docx; do
  id=$(basename "$docx" .docx)
  ./pcmt --data "$out/data-$id" -c "plan:draft $docx --id $id --output $out/docx" >/dev/null 2>&1 \
    || { echo "$id: plan:draft failed"; continue; }
  ./pcmt --data "$out/data-$id" -c "plan:load $out/docx/$id.plan.json" 2>&1 | grep -q "$id" \
    || echo "$id: the draft did not load"
  java -Dfile.encoding=UTF-8 -cp "$out/classes:$cp" vn.pcmt.draft.internal.DraftBench --score \
    "$out/docx/$id.plan.json" "bench/draft/blind/$id.plan.json"
done
