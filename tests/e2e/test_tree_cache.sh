#!/usr/bin/env bash
# The packs of compiled models (and of parsed trees, for files whose model is not kept):
# due/score/report/check give the same answers whether a file's model comes from the pack or
# the file is parsed and loaded now; edits, damage and --no-cache are handled.
. "$(dirname "$0")/lib.sh" "$@"

R=$(cp -R "$SRC/." "$TMP/src" && printf '%s' "$TMP/src")
rm -rf "$R/build"* "$R/bench/out" "$R/.git"
cache=$XDG_CACHE_HOME/cchc
packs() { ls "$cache" 2>/dev/null | grep -c "^${1:-models}-"; }

run_in "$R" check --no-cache
expect_rc 0 "check --no-cache on the shipped plans"
[ "$(packs)" = 0 ] && [ "$(packs trees)" = 0 ]
check $? "check --no-cache keeps no models and no parsed trees"

for cmd in "due --as-of 2024-11-25" "due --unit VP --as-of 2024-11-25 --format json" "score --as-of 2024-11-25" \
           "report --month 2024-11"; do
    run_in "$R" $cmd
    first_rc=$RC first_out=$OUT
    [ "$(packs)" = 1 ]
    check $? "$cmd: one pack of models for the repository"
    run_in "$R" $cmd
    [ "$RC" = "$first_rc" ] && [ "$OUT" = "$first_out" ]
    check $? "$cmd: the same output from the cached models"
done

# An edit is seen: the edited file is parsed again, the others come from the cache.
plan=$(ls "$R"/plans/khanh-hoa/snv/*.yaml | grep -v agency | head -n 1)
sed -i '0,/^title:/s/^title:.*/title: Kế hoạch đã sửa để thử bộ nhớ đệm/' "$plan"
run_in "$R" report --month 2024-11
expect_out "Kế hoạch đã sửa để thử bộ nhớ đệm" "an edited file is read again"
printf 'title: [unclosed\n' >>"$plan"
run_in "$R" due --as-of 2024-11-25
expect_rc 1 "a file broken after it was cached: refused (exit 1)"
expect_err "cchc check" "and pointed at cchc check"
run_in "$R" check --lang en
expect_rc 1 "check sees the broken file"
expect_out "yaml-syntax" "as a YAML error"
git -C "$SRC" show HEAD:"${plan#$R/}" >"$plan" 2>/dev/null || cp "$SRC/${plan#$R/}" "$plan"

# A damaged pack costs a parse, never a wrong answer or a crash.
run_in "$R" due --as-of 2024-11-25
good=$OUT
for damage in truncate garbage flip; do
    damage "$damage" 'cchc-trees 1\n3\nnot a pack' "$cache"/models-* "$cache"/trees-*
    run_in "$R" due --as-of 2024-11-25
    expect_rc 0 "damaged pack ($damage): still exit 0"
    [ "$OUT" = "$good" ]
    check $? "damaged pack ($damage): the same list"
done

# An unwritable cache directory only means parsing every time.
chmod a-w "$cache"
run_in "$R" due --as-of 2024-11-25
[ "$OUT" = "$good" ]
check $? "read-only cache directory: the same list"
chmod u+w "$cache"

# Packs stay bounded: one per repository, at most 8.
for i in $(seq 1 10); do
    mkdir -p "$TMP/r$i" && cp -R "$R/plans" "$R/cchc.yaml" "$TMP/r$i/" 2>/dev/null
    (cd "$TMP/r$i" && "$CCHC" due --as-of 2024-11-25) >/dev/null 2>&1
done
n=$(packs)
[ "$n" -le 8 ] && [ "$n" -ge 1 ]
check $? "at most 8 packs ($n)"

finish
