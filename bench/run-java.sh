#!/usr/bin/env bash
# Builds the server and its test classes once, then runs a benchmark class on that classpath:
#   bench/run-java.sh CLASS ARGS...     (sourced by the bench scripts; run from the repository root)
set -euo pipefail
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# One reactor build: the modules are packaged, then the last (sync-server) writes its classpath.
./mvnw -B -q -pl sync-server -am -DskipTests -Dspotless.check.skip=true package \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "sync-server/target/test-classes:sync-server/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  "$@"
