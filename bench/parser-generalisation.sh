#!/usr/bin/env bash
# How the offline parser does on documents it was not tuned on: the development resumes' truth
# rendered by us in other layouts (PDF via headless Chromium) and their TXT/DOCX rewritten in other
# date styles, each scored with ../shared/eval/score.py.
#   bench/parser-generalisation.sh        (needs python3, chromium, ../shared/eval)
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${COACH_SHARED_DIR:-../shared}/eval"
[ -d "$shared/dev" ] || { echo "needs the development resumes in $shared/dev" >&2; exit 2; }
command -v chromium >/dev/null || { echo "needs chromium (apt-get install chromium)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -f sync-server/target/sync-server.jar ] ||
  ./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package
jar=sync-server/target/sync-server.jar
score() { # PRED_DIR FORMATS → "macro_f1=… overall_f1=…"
  python3 "$shared/score.py" "$shared/dev/truth" "$1" --formats "$2" 2>/dev/null |
    grep -E 'macro_f1|overall_f1' | grep -oE '(work|education|macro_f1|overall_f1)=[0-9.]+' | tr '\n' ' '
}
printf '%-26s %s\n' "documents" "scores"
java -jar "$jar" parse "$shared/dev/docs" --out "$work/dev" >/dev/null
printf '%-26s %s\n' "dev set (all formats)" "$(score "$work/dev" pdf,docx,txt)"
for style in mon long iso slash dot apos; do
  python3 bench/generalisation/restyle.py "$shared/dev/docs" "$work/in-$style" "$style"
  java -jar "$jar" parse "$work/in-$style" --out "$work/out-$style" >/dev/null
  printf '%-26s %s\n' "dates '$style' (docx, txt)" "$(score "$work/out-$style" docx,txt)"
done
for layout in timeline sidebar2 oneline; do
  for style in mon slash; do
    html="$work/html-$layout-$style"; pdf="$work/pdf-$layout-$style"; mkdir -p "$pdf"
    python3 bench/generalisation/render.py "$shared/dev/truth" "$html" "$layout" "$style"
    for page in "$html"/*.html; do
      timeout 60 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$pdf/$(basename "$page" .html).pdf" "$page" >/dev/null 2>&1
    done
    java -jar "$jar" parse "$pdf" --out "$work/out-$layout-$style" >/dev/null
    printf '%-26s %s\n' "$layout, '$style' (pdf)" "$(score "$work/out-$layout-$style" pdf)"
  done
done
