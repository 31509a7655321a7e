#!/usr/bin/env bash
# Leave one group out (ADR 0021): per layout group G, a line model trained on the corpus without G
# parses G's documents; each group scored with ../shared/eval/score.py. The mean and the worst over
# groups are the figures that count. Then the calibration table (confidence bucket → precision)
# over every left-out group's fields.
#   bench/parser-lolo.sh CORPUS [--model none] [--seed N] [--groups a,b] [--keep DIR]
# --model none: rules only for every group (the "before"; nothing trained).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:?usage: bench/parser-lolo.sh CORPUS [--model none] [--seed N] [--groups a,b] [--keep DIR]}"; shift
rules_only=""; seed=18; only=""; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --model) [ "$2" = none ] || { echo "--model takes only 'none' here" >&2; exit 2; }; rules_only=1; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --groups) only="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
score="${COACH_SHARED_DIR:-../shared}/eval/score.py"
[ -f "$score" ] || { echo "needs $score" >&2; exit 2; }
[ -f "$corpus/layouts.json" ] || { echo "$corpus is not a corpus (no layouts.json; see bench/corpus.sh)" >&2; exit 2; }
[ -f sync-server/target/sync-server.jar ] ||
  ./mvnw -B -q -o -pl sync-server -am -DskipTests -Dspotless.check.skip=true package
jar=sync-server/target/sync-server.jar
run() { env -u ANTHROPIC_API_KEY java -jar "$jar" "$@"; }
work="${keep:-$(mktemp -d)}"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pred"
groups=$(python3 -c 'import json,sys; print(" ".join(sorted({l["group"] for l in json.load(open(sys.argv[1]))})))' "$corpus/layouts.json")
layouts_of() { python3 -c 'import json,sys; print(" ".join(l["id"] for l in json.load(open(sys.argv[1])) if l["group"] == sys.argv[2]))' "$corpus/layouts.json" "$1"; }
if [ -z "$rules_only" ]; then
  probe="$(run train-lines 2>&1 || true)"
  grep -q "usage: .*train-lines" <<<"$probe" ||
    { echo "this jar has no train-lines (use --model none, or a jar with the learning branch)" >&2; exit 2; }
  start=$(date +%s)
  # PDFBox warns about every glyph without Unicode; keep the command's own lines
  run lines "$corpus" --out "$work/lines.jsonl.gz" 2>&1 | grep -v ' WARN org.apache' >&2
  echo "lines: $(( $(date +%s) - start )) s" >&2
fi
for group in $groups; do
  [ -z "$only" ] || [[ ",$only," == *",$group,"* ]] || continue
  if [ -n "$rules_only" ]; then
    flag=(--model none)
  else
    start=$(date +%s)
    run train-lines "$work/lines.jsonl.gz" --exclude-group "$group" --seed "$seed" --out "$work/model-$group" >&2
    echo "trained without $group: $(( $(date +%s) - start )) s" >&2
    flag=(--model "$work/model-$group")
  fi
  for layout in $(layouts_of "$group"); do
    if ! run parse "$corpus/$layout/docs" "${flag[@]}" --out "$work/pred/$layout" >/dev/null 2>"$work/parse.err"; then
      # a jar from before issue 18 knows no --model: it is rules only anyway
      if [ -n "$rules_only" ] && grep -q "no such file or folder: --model\|no such file or folder: none" "$work/parse.err"; then
        run parse "$corpus/$layout/docs" --out "$work/pred/$layout" >/dev/null
      else
        cat "$work/parse.err" >&2; exit 1
      fi
    fi
  done
done
title="leave one group out (a model trained without the group parses it; seed $seed)"
[ -z "$rules_only" ] || title="per group, rules only (--model none)"
echo
python3 bench/corpus/table.py "$score" "$corpus" "$work/pred" --by group --title "$title" --json "$work/lolo.json"
echo
python3 bench/corpus/table.py "$score" "$corpus" "$work/pred" --by layout --title "the same, per layout"
echo
echo "calibration over the left-out groups (confidence bucket → share of fields right)"
bench/run-java.sh org.careercoach.server.parsing.quality.CorpusCalibration "$corpus" "$work/pred"
