#!/usr/bin/env bash
# The parser on the generated corpus (ADR 0021), per layout: docs, micro, macro, work, education,
# skills, basics — with the committed model and with rules only (--model none, the "before").
#   bench/parser-corpus.sh CORPUS [--layouts a,b] [--keep DIR]
# CORPUS is what bench/corpus.sh wrote. Scores with ../shared/eval/score.py. Always the offline parser.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:?usage: bench/parser-corpus.sh CORPUS [--layouts a,b] [--keep DIR]}"; shift
only=""; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --layouts) only="$2"; shift 2 ;;
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
work="${keep:-$(mktemp -d)}"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
layouts=$(python3 -c 'import json,sys; print(" ".join(l["id"] for l in json.load(open(sys.argv[1]))))' "$corpus/layouts.json")
# A jar from before issue 18 knows no --model: it is rules only, and there is no model to compare.
modes="none model"
if ! env -u ANTHROPIC_API_KEY java -jar "$jar" parse "$corpus/$(echo $layouts | cut -d' ' -f1)/docs" --model none --out "$work/probe" >/dev/null 2>&1; then
  echo "note: this jar has no --model: rules only" >&2
  modes="rules"
fi
rm -rf "$work/probe"
for mode in $modes; do
  for layout in $layouts; do
    [ -z "$only" ] || [[ ",$only," == *",$layout,"* ]] || continue
    case "$mode" in
      none) flag=(--model none) ;;
      model) flag=() ;;
      rules) flag=() ;;
    esac
    env -u ANTHROPIC_API_KEY java -jar "$jar" parse "$corpus/$layout/docs" "${flag[@]+"${flag[@]}"}" --out "$work/$mode/$layout" >/dev/null
  done
  case "$mode" in
    none) title="rules only (--model none)" ;;
    model) title="committed model" ;;
    *) title="rules only (a jar without models)" ;;
  esac
  echo
  python3 bench/corpus/table.py "$score" "$corpus" "$work/$mode" --title "$title" --json "$work/$mode.json"
done
