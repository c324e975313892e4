#!/usr/bin/env bash
# Files are read and parsed on all cores: the diagnostics must still come out in file
# order, the same on every run.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
R=$(repo many)
for i in $(seq -w 1 60); do
    printf 'title: A\nyear: 2024\npalce%s: x\n' "$i" >"$R/$T/2024-p$i.yaml"
done
run_check() { (cd "$R" && exec "$CCHC" check --lang en) >"$TMP/.out$1" 2>/dev/null; RC=$?; }
run_check 1
expect_rc 1 "60 broken plans: exit 1"
OUT=$(cat "$TMP/.out1")
expect_diag_count 60 unknown-key "every broken plan reported once"
grep -oE "^$T/2024-p[0-9]+\.yaml:3:1" "$TMP/.out1" >"$TMP/order"
sort -c "$TMP/order" 2>/dev/null
check $? "diagnostics in file order"
for k in 2 3 4; do
    run_check $k
    cmp -s "$TMP/.out1" "$TMP/.out$k"
    check $? "run $k prints the same as run 1"
done
finish
