@echo off
rem Starts Career Coach on this machine (Windows): the sync server on its embedded defaults, then
rem the desktop app; closing the app stops the server. Needs only a JDK 17+. The same Java as
rem run.sh does the work (sync-server.jar local).
rem   run.cmd                 build what changed, then start both
rem   run.cmd --server-only   the server alone, until Ctrl+C
rem   run.cmd --no-build      start the jars already built
setlocal
cd /d "%~dp0"
echo %* | findstr /i /c:"--no-build" >nul
if errorlevel 1 (
  echo Building Career Coach ^(first time: a few minutes while Maven fetches dependencies^)...
  call mvnw.cmd -B -q -DskipTests -Dspotless.check.skip=true package || exit /b 1
)
java -jar sync-server\target\sync-server.jar local %*
