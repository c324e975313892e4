#!/usr/bin/env bash
# The layout of `due` at a given width (--width, as on a terminal that wide): a table
# whenever its columns fit with the task text at least 30 wide, blocks only below that,
# every listed group alike (never blocks between tables); no line wider than asked; every
# plan id (e.g. 2024-nang-cao-sipas-par) whole once the table is wide enough for it.
. "$(dirname "$0")/lib.sh" "$@"
R=$SRC
# layout ARGS…: "table", "blocks" or "mixed" for the last run.
layout() {
    local tables blocks
    tables=$(printf '%s\n' "$OUT" | grep -cE '^-{4,}( +-+)*$')
    blocks=$(printf '%s\n' "$OUT" | grep -cE '^(nhiệm vụ|task): ')
    if [ "$tables" -gt 0 ] && [ "$blocks" -gt 0 ]; then echo mixed
    elif [ "$tables" -gt 0 ]; then echo table
    else echo blocks; fi
}
plans=$("$CCHC" __complete plans --root "$R")
# widest_line: the display width of the widest line of OUT (combining marks take no column).
widest_line() {
    printf '%s\n' "$OUT" | python3 -c '
import sys, unicodedata
print(max((sum(0 if unicodedata.combining(c) else 1 for c in l.rstrip("\n")) for l in sys.stdin), default=0))'
}
for args in "--as-of 2024-11-25" "--as-of 2024-11-25 --unit VP" "--as-of 2024-11-25 --all" "--as-of 2024-11-25 --unit VP --lang en"; do
    first_table=
    for w in 60 80 100 106 112 118 124 140 170 200; do
        run due --root "$R" $args --width "$w"
        LAST="cchc due $args --width $w"
        kind=$(layout)
        [ "$kind" != mixed ]
        check $? "$args --width $w: never tables and blocks mixed"
        [ "$(widest_line)" -le "$w" ]
        check $? "$args --width $w: no line wider than $w"
        if [ "$kind" = table ]; then
            [ -n "$first_table" ] || first_table=$w
            # The task column (the widest of the rule under the headers) at least 30 wide.
            rule=$(printf '%s\n' "$OUT" | grep -m1 -E '^-{4,}( +-+)*$')
            [ "$(tr ' ' '\n' <<<"$rule" | awk '{ if (length($0) > m) m = length($0) } END { print m }')" -ge 30 ]
            check $? "$args --width $w: the task text at least 30 wide"
        elif [ -n "$first_table" ]; then
            fail "$args --width $w: blocks after a table at $first_table"
        fi
        # Wide enough: every plan id listed whole on its line.
        if [ "$w" -ge 140 ]; then
            broken=
            for p in $plans; do
                printf '%s\n' "$OUT" | grep -qF -- "${p:0:10}" || continue  # not listed
                printf '%s\n' "$OUT" | grep -qF -- "$p" || broken+=" $p"
            done
            [ -z "$broken" ]
            check $? "$args --width $w: plan ids whole (broken:$broken)"
        fi
    done
    # Eight columns need 104 or more with the text 30 wide: blocks at 100, a table by 124.
    [ -n "$first_table" ] && [ "$first_table" -gt 100 ] && [ "$first_table" -le 124 ]
    check $? "$args: blocks at 100, a table from $first_table (by 124)"
done
# Piped without --width: one line per task, whatever COLUMNS says.
run due --root "$R" --as-of 2024-11-25
a=$OUT
OUT=$(COLUMNS=90 "$CCHC" due --root "$R" --as-of 2024-11-25)
[ "$OUT" = "$a" ] && [ "$(layout)" = table ]
check $? "piped: the whole lines, COLUMNS ignored"
finish
