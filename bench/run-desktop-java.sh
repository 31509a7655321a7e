#!/usr/bin/env bash
# Builds the desktop app and its test classes once, then runs a benchmark class on that classpath:
#   bench/run-desktop-java.sh CLASS ARGS...     (used by the desktop bench scripts; repository root)
set -euo pipefail
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl desktop-app -am -DskipTests -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
java -cp "desktop-app/target/test-classes:desktop-app/target/classes:common-model/target/classes:$(cat "$cp_file")" \
  "$@"
