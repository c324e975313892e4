#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a short while,
# seeded from the shipped plans and fuzz/timing-seeds.txt. Usage: scripts/fuzz.sh [SECONDS]
# (per target, default 25). A crash leaves crash-* in build-fuzz/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-25}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCHC_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ > /dev/null
cmake --build build-fuzz --target fuzz_plan_loader fuzz_timing
seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/plans" "$seeds/timing"
find plans -name '*.yaml' -exec cp --backup=numbered -t "$seeds/plans" {} +
i=0
while IFS= read -r phrase; do printf '%s' "$phrase" >"$seeds/timing/$((i += 1))"; done <fuzz/timing-seeds.txt
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd build-fuzz
mkdir -p corpus-plans corpus-timing
./fuzz/fuzz_plan_loader -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 corpus-plans seeds/plans
./fuzz/fuzz_timing -max_total_time="$seconds" -max_len=512 -timeout=5 corpus-timing seeds/timing
