#!/bin/sh
# Makes the README's screenshots offscreen from the real client and a demo server.
# Usage: packaging/screenshots.sh [BUILD_DIR]   (default build/release; writes docs/screenshots/)
set -eu
cd "$(dirname "$0")/.."
BUILD=${1:-build/release}
cmake --build "$BUILD" --target dx_screenshots
QT_QPA_PLATFORM=offscreen "$BUILD/tests/ui/dx_screenshots" docs/screenshots zh_CN
