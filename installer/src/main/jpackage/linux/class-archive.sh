#!/bin/sh
# The installed app's class-data (AppCDS) archive (ADR 0026), made where the app is installed:
# Java 17 takes an archive only at the class path it was made for. Run as root by the package's
# scripts: "make" after installing or upgrading, "remove" before uninstalling. The launcher's
# -XX:SharedArchiveFile names the archive; without it the app starts, only slower.
#   /opt/career-coach/lib/class-archive.sh make|remove
set -eu
app=$(cd "$(dirname "$0")/.." && pwd -P)
archive="$app/lib/app/career-coach.jsa"

case "${1:-}" in
  make)
    rm -f "$archive"
    # Through the launcher, so the class path and options are exactly those of a start; the JVM
    # dumps the classes the packaging's training run listed, then exits.
    if ! output=$(JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/lib/app/career-coach.classlist" \
        "$app/bin/career-coach" 2>&1) || [ ! -s "$archive" ]; then
      rm -f "$archive"
      echo "career-coach: no class-data archive was made, so the app will start slower:" >&2
      printf '%s\n' "$output" | tail -n 5 >&2
    fi
    ;;
  remove)
    rm -f "$archive"
    ;;
  *)
    echo "usage: $0 make|remove" >&2
    exit 2
    ;;
esac
