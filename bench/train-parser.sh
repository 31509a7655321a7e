#!/usr/bin/env bash
# Reproduces the committed line model from a generated corpus (ADR 0021):
#   bench/train-parser.sh CORPUS [--seed N]
# labels every line of CORPUS (target/lines.jsonl.gz) and trains the model into the parser's
# resources. The development set is never used.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:?usage: bench/train-parser.sh CORPUS [--seed N]}"
shift
[ -f "$corpus/layouts.json" ] || { echo "$corpus is not a corpus (no layouts.json)" >&2; exit 2; }
model="sync-server/src/main/resources/org/careercoach/server/parsing/learning/lines.model"
./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package
jar=sync-server/target/sync-server.jar
mkdir -p target
java -jar "$jar" lines "$corpus" --out target/lines.jsonl.gz
java -jar "$jar" train-lines target/lines.jsonl.gz --seed 18 "$@" --out "$model"
echo "model: $model ($(stat -c %s "$model") bytes); rebuild the jar to ship it"
