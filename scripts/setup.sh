#!/usr/bin/env bash
# Installs what cchc needs (Debian packages), builds it, and checks the shipped plans.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# Build: compiler, CMake, the libraries (libmimalloc-dev: the allocator, see CMakeLists.txt),
# python3 (every build checks the floors of lib/: scripts/check-layers.py);
# tests: doctest, and the independent tools the tests cross-check against (python3-jsonschema
# for the schemas, python3-icalendar for ICS, pandoc and cmark-gfm for Markdown; khal and
# calcurse import the ICS; LibreOffice opens the CSV and turns the .docx into a PDF, which
# poppler-utils measures; clang and its runtime build the libFuzzer targets).
PACKAGES=(build-essential cmake ninja-build pkg-config
          libcli11-dev libyaml-dev libfmt-dev doctest-dev libutf8proc-dev libmimalloc-dev
          python3 python3-yaml python3-jsonschema python3-icalendar pandoc cmark-gfm
          khal calcurse libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-liberation
          clang libclang-rt-14-dev)
PACKAGES+=(libxxhash-dev)  # the caches' content hashes (XXH3; lib/io/content_hash.cpp)
PACKAGES+=(libzip-dev libxml2-dev)  # cchc import: the .docx zip package (libzip) and its XML (libxml2)
PACKAGES+=(python3-docx time)  # tests/import/make_fixtures.py makes Word fixtures; /usr/bin/time measures peak memory (tests/e2e/test_import.sh)
PACKAGES+=(strace)  # counts the files a warm run opens (tests/e2e/test_cache_answers.sh)
PACKAGES+=(tmux less)  # a terminal of a given width (tests/e2e/test_terminal_width.sh); the pager (test_pager.sh)
PACKAGES+=(zsh fish)  # the zsh and fish completion, driven by tests/e2e/test_completion_zsh_fish.sh
PACKAGES+=(librsvg2-bin)  # rsvg-convert: the report's charts as PNG pictures in Word (lib/render/svg_png.cpp)
PACKAGES+=(chromium)  # renders the report's Mermaid charts headless (tests/e2e/test_report_mermaid.sh)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
# Mermaid's browser bundle, for the Chromium check of the report's charts: Debian packages no
# Mermaid, so its npm tarball (pinned) is fetched here, once, and only dist/mermaid.min.js is
# kept in .cache/mermaid (git-ignored); the test reads it from there and needs no network.
# Without node/npm the test says it is skipped.
MERMAID_VERSION=11.12.0
if [ ! -s .cache/mermaid/mermaid.min.js ] || [ "$(cat .cache/mermaid/VERSION 2>/dev/null)" != "$MERMAID_VERSION" ]; then
  if command -v npm >/dev/null 2>&1; then
    mermaid_tmp=$(mktemp -d)
    if (cd "$mermaid_tmp" && npm pack --silent "mermaid@$MERMAID_VERSION" >/dev/null) &&
       tar -xzf "$mermaid_tmp/mermaid-$MERMAID_VERSION.tgz" -C "$mermaid_tmp" package/dist/mermaid.min.js; then
      mkdir -p .cache/mermaid
      mv "$mermaid_tmp/package/dist/mermaid.min.js" .cache/mermaid/mermaid.min.js
      echo "$MERMAID_VERSION" > .cache/mermaid/VERSION
    else
      echo "setup: could not fetch mermaid@$MERMAID_VERSION with npm; the Mermaid chart test will be skipped" >&2
    fi
    rm -rf "$mermaid_tmp"
  else
    echo "setup: no npm (apt-get install npm); the Mermaid chart test will be skipped" >&2
  fi
fi
# The same configuration as scripts/test.sh (ccache where a developer has it), so that the
# test run does not build everything a second time.
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCHC_WERROR=ON "${launcher[@]}" > /dev/null
cmake --build build
./build/cchc check
