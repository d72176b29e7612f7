#!/bin/sh
# Installs every Debian 12 package DX Workbench needs to build, test and run.
# Idempotent: does nothing when all are present. Works as root or through sudo.
set -eu
PACKAGES="build-essential cmake ninja-build pkg-config git
 qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-webengine-dev qt6-tools-dev
 qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev qt6-svg-dev
 libqt6sql6-sqlite libqt6sql6-psql libpoppler-qt6-dev libssl-dev qtkeychain-qt6-dev
 libqrencode-dev libcpp-httplib-dev libtesseract-dev tesseract-ocr-chi-sim
 qt6-translations-l10n xvfb xauth fonts-wqy-microhei poppler-utils
 python3 python3-stdnum sqlite3 nginx-light wrk openssl curl clang-format"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    exec sudo "$0" "$@"
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
