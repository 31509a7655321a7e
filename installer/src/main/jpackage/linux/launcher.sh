#!/bin/bash
# Career Coach's launcher on Linux, in place of jpackage's (ADR 0026): the Java runtime beside it,
# with the class path, main class and JVM options of lib/app/career-coach.cfg, which jpackage wrote.
# jpackage's own launcher asks rpm and dpkg which package owns it on every start (about half a
# second on a Debian desktop, before Java even starts); this one asks nobody.
set -euo pipefail
app=$(dirname "$(dirname "$(readlink -f "$0")")")
appdir="$app/lib/app"
cfg="$appdir/career-coach.cfg"

expand() { sed -e "s|\$APPDIR|$appdir|g" -e "s|\$BINDIR|$app/bin|g" -e "s|\$ROOTDIR|$app|g"; }
options=()
while IFS= read -r option; do
  options+=("$option")
done < <(sed -n 's/^java-options=//p' "$cfg" | expand)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | expand | paste -sd: -)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")

exec "$app/lib/runtime/bin/java" "${options[@]}" -Djava.class.path="$classpath" "$main" "$@"
