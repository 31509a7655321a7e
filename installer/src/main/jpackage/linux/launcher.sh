#!/bin/bash
# Career Coach's launcher on Linux, in place of jpackage's (ADR 0026): the Java runtime beside it,
# with the class path, main class and JVM options of lib/app/career-coach.cfg, which jpackage wrote.
# jpackage's own launcher asks rpm and dpkg which package owns it on every start (about half a
# second on a Debian desktop, before Java even starts); this one asks nobody. The file is read with
# bash's own words, no sed or dirname: each extra process costs about 10 ms at every start.
set -euo pipefail
self=$(readlink -f "$0")
app=${self%/bin/*}
appdir="$app/lib/app"

options=()
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
  line=${line//\$APPDIR/"$appdir"}
  line=${line//\$BINDIR/"$app/bin"}
  line=${line//\$ROOTDIR/"$app"}
  case "$line" in
    java-options=*) options+=("${line#java-options=}") ;;
    app.classpath=*) classpath="${classpath:+$classpath:}${line#app.classpath=}" ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
  esac
done <"$appdir/career-coach.cfg"

exec "$app/lib/runtime/bin/java" "${options[@]}" -Djava.class.path="$classpath" "$main" "$@"
