#!/usr/bin/env bash
# End-to-end tests of tables on a terminal: in a tmux pane of 80, 100 and 120 columns (a
# pseudo-terminal from `script` when tmux is missing), no line of due, score, tasks or units
# is wider than the pane, and every task text is shown whole; colours on a terminal only,
# --color=never|always|auto and NO_COLOR; --width.
. "$(dirname "$0")/lib.sh" "$@"

# The shipped plans: long Vietnamese task texts, five plans, four agencies.
R=$SRC
DUE=(due --unit VP --as-of 2024-11-25)
SCORE=(score --as-of 2024-11-29)

printf 'set -g history-limit 100000\nset -g status off\n' >"$TMP/tmux.conf"
# What the terminal shows of whole outputs: no pager here (test_pager.sh tests it).
export CCHC_PAGER=cat

# on_terminal COLS ARGS…: runs cchc in $R on a terminal COLS columns wide; OUT is what the
# terminal shows (lines the terminal wrapped are joined again), RC the exit status.
on_terminal() {
    local cols=$1
    shift
    LAST="cchc $* (on a terminal of $cols columns)"
    local cmd
    cmd="cd $(printf %q "$R") && $(printf '%q ' "$CCHC" "$@") 2>$(printf %q "$TMP/.err"); echo \$? >$(printf %q "$TMP/.rc")"
    rm -f "$TMP/.rc" "$TMP/.out"
    if command -v tmux >/dev/null; then
        # The pane stays open after the command (sleep) so that all of its output is drawn.
        tmux_start w "$cols" 40 "$cmd; echo __END__; sleep 600"
        local sock=$SOCK
        for _ in $(seq 600); do
            tmux -S "$sock" capture-pane -p -J -S - -E - -t w >"$TMP/.out" 2>/dev/null
            grep -q '^__END__$' "$TMP/.out" && break
            sleep 0.1
        done
        tmux_stop
        sed -i '/^__END__$/,$d' "$TMP/.out"
    else
        # The text the terminal shows: without carriage returns and colour codes.
        script -qec "stty cols $cols rows 40; $cmd" /dev/null </dev/null | tr -d '\r' |
            sed 's/\x1b\[[0-9;]*m//g' >"$TMP/.out"
    fi
    RC=$(cat "$TMP/.rc" 2>/dev/null || echo none)
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err" 2>/dev/null)
}

# Display width (NFC; combining marks 0, East Asian wide 2) and the cells of a column,
# by the rule of dashes under the headers.
cat >"$TMP/screen.py" <<'EOF'
import json, re, sys, unicodedata

def width(ch):
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1

def line_width(s):
    return sum(width(c) for c in unicodedata.normalize("NFC", s.rstrip()))

def between(line, start, end):
    out, col = [], 0
    for ch in unicodedata.normalize("NFC", line):
        if start <= col < end:
            out.append(ch)
        col += width(ch)
    return "".join(out)

def squeeze(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))

mode, screen = sys.argv[1], open(sys.argv[2], encoding="utf-8").read().split("\n")
if mode == "widths":  # widths COLS: every line within COLS
    cols = int(sys.argv[3])
    wide = [(n + 1, line_width(l)) for n, l in enumerate(screen) if line_width(l) > cols]
    if wide:
        sys.exit(f"{len(wide)} lines wider than {cols} columns, line {wide[0][0]}: {wide[0][1]} columns")
    if max(line_width(l) for l in screen) < 40:
        sys.exit("nothing wide was printed")
elif mode == "tables":  # tables: the number of tables (rules of dashes)
    print(sum(1 for l in screen if re.fullmatch(r"-+( +-+)*", l.rstrip())))
elif mode == "whole":  # whole HEADER: every text of the JSON list on stdin is shown whole
    header, texts = sys.argv[3], json.load(sys.stdin)
    # A block shows a value on consecutive lines: whole once white space is taken out.
    hay = [squeeze("\n".join(screen))]
    # A table shows it in the column under HEADER, on the lines of its row.
    rules = [n for n, l in enumerate(screen) if re.fullmatch(r"-+( +-+)*", l.rstrip())]
    for k, r in enumerate(rules):
        starts = [m.start() for m in re.finditer(r"-+", screen[r])] + [10**6]
        heads = screen[max(0, r - 4):r]
        col = [i for i in range(len(starts) - 1)
               if header in " ".join(between(h, starts[i], starts[i + 1]).strip() for h in heads)]
        if len(col) != 1:
            sys.exit(f"no single column '{header}' over the table at line {r + 1}")
        i = col[0]
        end = rules[k + 1] if k + 1 < len(rules) else len(screen)
        hay.append(squeeze("".join(between(l, starts[i], starts[i + 1]) for l in screen[r + 1:end])))
    hay = "|".join(hay)
    missing = [t for t in texts if squeeze(t) not in hay]
    if not texts or missing:
        sys.exit(f"{len(missing)} of {len(texts)} texts not shown whole, e.g. {missing[:1]}")
EOF
screen() { python3 "$TMP/screen.py" "$1" "$TMP/.out" "${@:2}"; }
# whole HEADER: every text of the JSON list $TEXTS appears whole under HEADER.
expect_whole() {
    printf '%s' "$TEXTS" | python3 "$TMP/screen.py" whole "$TMP/.out" "$1" 2>"$TMP/.py" >/dev/null
    check $? "every ${2:-text} shown whole under '$1': $(tail -n 1 "$TMP/.py")"
}
expect_fits() {
    screen widths "$1" 2>"$TMP/.py"
    check $? "no line wider than $1 columns: $(tail -n 1 "$TMP/.py")"
}
# texts ARGS… PYTHON-EXPR: the JSON list EXPR makes of `data`, the JSON cchc ARGS… prints.
texts() {
    local expr=${!#}
    TEXTS=$(cd "$R" && "$CCHC" "${@:1:$#-1}" | python3 -c "import json, sys
data = json.load(sys.stdin)
print(json.dumps($expr, ensure_ascii=False))")
}

texts "${DUE[@]}" --format json '[i["task"] for i in data["items"]]'
DUE_TEXTS=$TEXTS
texts tasks --format json '[t["task"] for t in data]'
TASK_TEXTS=$TEXTS
texts units --format json '[u["name"] for u in data]'
UNIT_NAMES=$TEXTS
[ "$(printf '%s' "$DUE_TEXTS" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" -gt 10 ]
check $? "the shipped plans give VP items at 2024-11-25"

for cols in 80 100 120; do
    on_terminal "$cols" "${DUE[@]}"
    expect_rc 0 "due at $cols columns"
    expect_fits "$cols"
    on_terminal "$cols" "${DUE[@]}" --all
    expect_rc 0 "due --all at $cols columns"
    expect_fits "$cols"
    TEXTS=$DUE_TEXTS
    expect_whole "nhiệm vụ" "task text of due"
    on_terminal "$cols" "${SCORE[@]}"
    expect_rc 0 "score at $cols columns"
    expect_fits "$cols"
    on_terminal "$cols" tasks
    expect_rc 0 "tasks at $cols columns"
    expect_fits "$cols"
    TEXTS=$TASK_TEXTS
    expect_whole "nhiệm vụ" "task text of tasks"
    on_terminal "$cols" units
    expect_rc 0 "units at $cols columns"
    expect_fits "$cols"
    TEXTS=$UNIT_NAMES
    expect_whole "tên" "unit name"
done

# Narrow terminals (a phone's SSH app, a split pane): the headings and the summary lines
# under the tables wrap too, the items of "sớm hạn 8 · đúng hạn 4 · …" kept whole.
for cols in 40 60; do
    on_terminal "$cols" due --as-of 2024-11-25
    expect_rc 0 "due (every agency) at $cols columns"
    expect_fits "$cols"
    expect_out "đúng hạn" "due at $cols columns keeps its timeliness lines:"
    on_terminal "$cols" "${SCORE[@]}"
    expect_rc 0 "score at $cols columns"
    expect_fits "$cols"
done

# At 120 columns these are tables (the text wraps in its column), not blocks.
for args in "${DUE[*]}" "${SCORE[*]}" tasks units; do
    # shellcheck disable=SC2086
    on_terminal 120 $args
    [ "$(screen tables)" -gt 0 ]
    check $? "$args at 120 columns is a table"
done
# Under 80 columns: one block per record, "header: value" lines.
on_terminal 70 "${DUE[@]}" --all
expect_fits 70
has_line_like() { printf '%s\n' "$OUT" | grep -qE -- "$1"; }
has_line_like '^kế hoạch: +[0-9a-z-]+$' && has_line_like '^STT/mã: +[^ ]' && has_line_like '^trạng thái: [^ ]'
check $? "due at 70 columns: a block per task, a 'header: value' line per field"
[ "$(screen tables)" = 0 ]
check $? "due at 70 columns: no table"
TEXTS=$DUE_TEXTS
expect_whole "nhiệm vụ" "task text of due in blocks"
texts tasks --format json '[t["line"] for t in data]'
first_line=$(printf '%s' "$TEXTS" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0])')
on_terminal 70 tasks --lang en
expect_fits 70
has_line_like "^line: +$first_line\$" && has_line_like '^file: +plans/'
check $? "tasks in blocks: English headers, the file and line kept"

# Colour codes take no room: the screen is the same with and without them.
on_terminal 100 "${DUE[@]}" --color=never
NEVER=$OUT
on_terminal 100 "${DUE[@]}" --color=always
[ "$OUT" = "$NEVER" ]
check $? "due --color=always shows the same text, aligned the same, as --color=never"

# --- --width: the same fitting when not on a terminal; whole lines by default ----------------
run_in "$R" "${DUE[@]}" --width 100
expect_rc 0
printf '%s\n' "$OUT" >"$TMP/.out"
expect_fits 100
run_in "$R" "${DUE[@]}"
printf '%s\n' "$OUT" >"$TMP/.out"
! screen widths 200 2>/dev/null
check $? "piped: no width limit, one line per task"
run_in "$R" tasks --width 0
printf '%s\n' "$OUT" >"$TMP/.out"
! screen widths 200 2>/dev/null
check $? "tasks --width 0: no limit"
for bad in -1 abc; do
    run_in "$R" due --width "$bad"
    expect_no_crash "due --width $bad"
    expect_rc 2 "due --width $bad is refused"
done

# --- colours ------------------------------------------------------------------------------
red=$'\e[31m' yellow=$'\e[33m' green=$'\e[32m'
run_in "$R" "${DUE[@]}" --color=always
expect_out "$red" "due --color=always: overdue in red"
expect_out "$yellow" "due --color=always: due soon in yellow"
run_in "$R" "${SCORE[@]}" --color=always
expect_out "$green" "score --color=always: met in green"
expect_out "$red" "score --color=always: not met in red"
run_in "$R" "${DUE[@]}"
expect_no_out $'\e[' "due piped: no colour"
LAST="NO_COLOR=1 cchc due --color=always (piped)"
OUT=$(cd "$R" && NO_COLOR=1 "$CCHC" "${DUE[@]}" --color=always)
expect_out "$red" "--color=always wins over NO_COLOR"
run_in "$R" due --color=sometimes
expect_no_crash "due --color=sometimes"
expect_rc 2 "due --color=sometimes is refused"
if command -v script >/dev/null; then  # on a pseudo-terminal: colour unless NO_COLOR, --color=never or TERM=dumb
    on_tty() { OUT=$(cd "$R" && script -qec "$1" /dev/null 2>&1 </dev/null); LAST="on a terminal: $1"; }
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' ${DUE[*]}"
    expect_out "$red" "due on a terminal: colour"
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' ${SCORE[*]}"
    expect_out "$green" "score on a terminal: colour"
    on_tty "env NO_COLOR=1 TERM=xterm '$CCHC' ${DUE[*]}"
    expect_no_out $'\e[' "due on a terminal with NO_COLOR: no colour"
    on_tty "env NO_COLOR=1 TERM=xterm '$CCHC' ${SCORE[*]}"
    expect_no_out $'\e[' "score on a terminal with NO_COLOR: no colour"
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' ${DUE[*]} --color=never"
    expect_no_out $'\e[' "due on a terminal with --color=never: no colour"
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' ${SCORE[*]} --color=never"
    expect_no_out $'\e[' "score on a terminal with --color=never: no colour"
    on_tty "env -u NO_COLOR TERM=dumb '$CCHC' ${DUE[*]}"
    expect_no_out $'\e[' "due on a dumb terminal: no colour"
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' ${DUE[*]} --format md"
    expect_no_out $'\e[' "due --format md on a terminal: no colour"
fi

finish
