#!/usr/bin/env bash
# The installed app, as a user gets it (run by .ci/run, as root). Builds the Linux app image and
# packages, then for the .deb: installs it with apt (which pulls its dependencies), starts the
# installed launcher under Xvfb with --smoke (the main window opens, is written to a PNG, and the app
# exits 0) and -Xshare:on (the JVM refuses to start unless the class-data archive the package made
# is used), upgrades it in place, starts it again, uninstalls it, and checks the user's data
# outlived all of it. Then the same for the .rpm when rpmbuild made one. Needs xvfb, xauth,
# fakeroot and rpm.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -Pinstaller -DskipTests -Dspotless.check.skip=true package
deb=$(find installer/target/jpackage -maxdepth 1 -name 'career-coach_*.deb' | head -n 1)
rpm=$(find installer/target/jpackage -maxdepth 1 -name 'career-coach-*.rpm' | head -n 1)
[ -n "$deb" ] || { echo "installer/smoke.sh: no .deb was built" >&2; exit 1; }
[ -n "$rpm" ] || ! command -v rpmbuild >/dev/null || { echo "installer/smoke.sh: no .rpm was built" >&2; exit 1; }

fail() { echo "installer/smoke.sh: $*" >&2; exit 1; }
home=$(mktemp -d)
data="$home/.local/share/CareerCoach/desktop"

# One start of the installed app by a user of our own, on its class-data archive or not at all.
smoke() {
  local shot="$home/smoke-$1.png"
  [ -s /opt/career-coach/lib/app/career-coach.jsa ] || fail "$1: no class-data archive was made"
  JAVA_TOOL_OPTIONS="-Xshare:on -Duser.home=$home" HOME="$home" \
    xvfb-run -a -s "-screen 0 1280x800x24" /opt/career-coach/bin/career-coach --smoke "$shot"
  [ -s "$shot" ] || fail "$1: no screenshot"
  [ -d "$data" ] || fail "$1: the app kept nothing in $data"
  echo "installer/smoke.sh: $1: the installed app opened its window on its archive ($shot)"
}

gone() {
  [ ! -e /opt/career-coach ] || fail "$1: /opt/career-coach survived removal: $(find /opt/career-coach | head)"
  [ -d "$data" ] || fail "$1: uninstalling took the user's data"
}

echo "installer/smoke.sh: $(du -h "$deb" | cut -f1) $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"
echo "installer/smoke.sh: installed $(du -sh /opt/career-coach | cut -f1) in /opt/career-coach"
smoke deb
touch "$data/kept-through-upgrade"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "./$deb"
[ -e "$data/kept-through-upgrade" ] || fail "upgrading took the user's data"
smoke deb-upgraded
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq career-coach
gone deb

if [ -n "$rpm" ]; then
  echo "installer/smoke.sh: $(du -h "$rpm" | cut -f1) $rpm"
  # --nodeps: Debian's rpm database knows none of the system's libraries; apt pulled them above.
  rpm -i --nodeps "$rpm"
  smoke rpm
  rpm -U --replacepkgs --nodeps "$rpm"
  smoke rpm-upgraded
  rpm -e career-coach
  gone rpm
fi
echo "installer/smoke.sh: the installed app opened its window and its data outlived it."
