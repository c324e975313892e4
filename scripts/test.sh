#!/usr/bin/env bash
# Runs every test: the normal build, then the same tests under AddressSanitizer +
# UndefinedBehaviorSanitizer. Run scripts/setup.sh once first.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
# ccache, where a developer has it, makes the rebuilds of both builds cheap; never required.
launcher=()
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCHC_WERROR=ON "${launcher[@]}" > /dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCCHC_SANITIZE=ON -DCCHC_WERROR=ON "${launcher[@]}" > /dev/null
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
# A short fuzz run of the plan loader and the timing parser when clang (libFuzzer) is here.
if command -v clang++ >/dev/null 2>&1; then
  scripts/fuzz.sh 25
else
  echo "clang++ not found: fuzz run skipped (scripts/setup.sh installs clang)"
fi
