#!/usr/bin/env bash
# The parser's generated corpus (ADR 0021): composed JSON Resumes rendered through JSON Resume themes
# (Chromium), LaTeX classes (pdflatex), pandoc DOCX and plain text; truth + meta beside each document.
#   bench/corpus.sh [--out DIR] [--seed N] [--per-layout N] [--layouts id,id] [--jobs N]
# Needs node ≥ 18 + npm, chromium, pdflatex (TeX Live latex-extra), pandoc, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in node npm chromium pdflatex pandoc python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
[ -d tools/corpus/node_modules ] || (cd tools/corpus && npm ci --no-audit --no-fund >&2)
out=target/corpus
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"
start=$(date +%s)
node tools/corpus/generate.js --out "$out" "${args[@]+"${args[@]}"}" 2> >(grep -v -E '^(Deprecation warning|Arguments:|\[0\]|Error$|    at )' >&2)
echo "generated in $(( $(date +%s) - start )) s: $(find "$out" -path '*/docs/*' -type f | wc -l) documents, $(ls -d "$out"/*/docs | wc -l) layouts"
date -u +%FT%TZ > "$out/READY"
