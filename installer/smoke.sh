#!/usr/bin/env bash
# The installed app, as a user gets it (run by .ci/run, as root): builds the Linux app image and
# .deb, installs the .deb with apt (which pulls its dependencies), starts the installed launcher
# under Xvfb with --smoke (the main window opens, is written to a PNG, and the app exits 0), then
# uninstalls it and checks that the user's data is still there. Needs xvfb, xauth and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pinstaller -DskipTests -Dspotless.check.skip=true package
deb=$(find installer/target/jpackage -maxdepth 1 -name 'career-coach_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "installer/smoke.sh: no .deb was built" >&2; exit 1; }
echo "installer/smoke.sh: $(du -h "$deb" | cut -f1) $deb"

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
echo "installer/smoke.sh: installed $(du -sh /opt/career-coach | cut -f1) in /opt/career-coach"

# A user of our own: the app's data goes to their platform folder, nowhere else.
home=$(mktemp -d)
data="$home/.local/share/CareerCoach/desktop"
shot="$home/smoke.png"
JAVA_TOOL_OPTIONS="-Duser.home=$home" HOME="$home" \
  xvfb-run -a -s "-screen 0 1280x800x24" /opt/career-coach/bin/career-coach --smoke "$shot"
[ -s "$shot" ] || { echo "installer/smoke.sh: no screenshot" >&2; exit 1; }
[ -d "$data" ] || { echo "installer/smoke.sh: the app kept nothing in $data" >&2; exit 1; }

DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq career-coach
[ ! -e /opt/career-coach ] || { echo "installer/smoke.sh: /opt/career-coach survived removal" >&2; exit 1; }
[ -d "$data" ] || { echo "installer/smoke.sh: uninstalling took the user's data" >&2; exit 1; }
echo "installer/smoke.sh: the installed app opened its window ($shot) and its data outlived it."
