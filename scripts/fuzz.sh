#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for a short while,
# seeded from the shipped plans and fuzz/timing-seeds.txt. Usage: scripts/fuzz.sh [SECONDS]
# (per target, default 25). A crash leaves crash-* in build-fuzz/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-25}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCCHC_FUZZ=ON \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ > /dev/null
cmake --build build-fuzz --target fuzz_plan_loader fuzz_timing fuzz_journal_agency fuzz_cache_reader
seeds=build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds/plans" "$seeds/timing" "$seeds/journals" "$seeds/cache"
find plans -name '*.yaml' -exec cp --backup=numbered -t "$seeds/plans" {} +
# journals and agency.yaml files for the journal/agency target
find plans \( -path '*/journal/*.yaml' -o -name agency.yaml \) -exec cp --backup=numbered -t "$seeds/journals" {} +
i=0
while IFS= read -r phrase; do printf '%s' "$phrase" >"$seeds/timing/$((i += 1))"; done <fuzz/timing-seeds.txt
export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
cd build-fuzz
mkdir -p corpus-plans corpus-timing corpus-journals corpus-cache
./fuzz/fuzz_plan_loader -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 corpus-plans seeds/plans
./fuzz/fuzz_timing -max_total_time="$seconds" -max_len=512 -timeout=5 corpus-timing seeds/timing
./fuzz/fuzz_journal_agency -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 corpus-journals seeds/journals
# Seeded from the check caches a run of the tests left, when there are any.
find "${XDG_CACHE_HOME:-$HOME/.cache}/cchc" -maxdepth 1 \( -name 'check-*' -o -name 'stat-*' \) -size -64k \
  -exec cp -t seeds/cache {} + 2>/dev/null || true
./fuzz/fuzz_cache_reader -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 corpus-cache seeds/cache
