#!/usr/bin/env bash
# The README's test command: everything the tests need, then every test of the solution.
# - The browser tests drive Debian's Chromium (Playwright never downloads a browser here); it is installed from
#   Debian's packages when /usr/bin/chromium is missing (as root, or through sudo).
# - Azurite and Chart.js come from npm (package-lock.json) during the build; the tests start Azurite themselves.
# Arguments go to dotnet test, e.g. ./tests/run.sh --filter "Category!=Fault".
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x /usr/bin/chromium ]]; then
  echo "tests/run.sh: installing Debian's chromium for the browser tests" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "tests/run.sh: Chromium is missing and this user can neither install packages nor sudo: apt-get install -y chromium" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium
fi
exec dotnet test KakakAsuh.Actors.sln "$@"
