#!/usr/bin/env bash
# The pager and shell completion on a real terminal (tmux): long output of `due` opens
# `less -FRX` (q quits it, the exit status is kept), a pipe or --no-pager never pages, a short
# output is printed at once; bash completes units after --unit and task references after
# `record status` from the repository (through the hidden `cchc __complete`).
. "$(dirname "$0")/lib.sh" "$@"
if ! command -v tmux >/dev/null || ! command -v less >/dev/null; then
    echo "tmux or less missing: skipped"
    finish
fi
R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$R/"
printf 'set -g status off\n' >"$TMP/tmux.conf"
tm() { tmux -S "$SOCK" "$@"; }
# start CMD: a 80×24 terminal running bash without any rc file, then CMD typed in it.
start() {
    tmux_start t 80 24 "env -u CCHC_PAGER -u PAGER -u LESS PS1='$ ' bash --norc --noprofile"
    sleep 0.3
    tm send-keys -t t "$1" Enter
}
screen() { tm capture-pane -p -t t; }
# wait_for TEXT: until the screen shows TEXT (at most 10 s).
wait_for() {
    for _ in $(seq $((100 * SLOWDOWN))); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    return 1
}
stop() { tmux_stop; }
LAST="due on a terminal"
OUT= ERR= RC=

# --- long output: less, one screen shown, q quits, exit status kept --------------------------
start "cd $R && $CCHC due --as-of 2024-11-25 --all; echo RC=\$? > $TMP/rc"
wait_for "Quá hạn"
check $? "due shows its first screen"
sleep 0.5
[ ! -f "$TMP/rc" ]
check $? "due waits in the pager (output longer than the screen)"
OUT=$(screen)
[ "$(printf '%s\n' "$OUT" | wc -l)" -le 24 ]
check $? "one screen shown"
tm send-keys -t t q
for _ in $(seq $((50 * SLOWDOWN))); do [ -f "$TMP/rc" ] && break; sleep 0.1; done
[ "$(cat "$TMP/rc" 2>/dev/null)" = "RC=0" ]
check $? "q quits the pager; due's exit status is 0 ($(cat "$TMP/rc" 2>/dev/null))"
stop

# --- --no-pager, a pipe, CCHC_PAGER=cat: straight through -----------------------------------
for how in "--no-pager" "| cat" "CCHC_PAGER=cat"; do
    rm -f "$TMP/rc"
    case $how in
        CCHC_PAGER=cat) cmd="CCHC_PAGER=cat $CCHC due --as-of 2024-11-25 --all" ;;
        *) cmd="$CCHC due --as-of 2024-11-25 --all $how" ;;
    esac
    start "cd $R && $cmd >/dev/null; echo RC=\$? > $TMP/rc"
    for _ in $(seq $((100 * SLOWDOWN))); do [ -f "$TMP/rc" ] && break; sleep 0.1; done
    [ "$(cat "$TMP/rc" 2>/dev/null)" = "RC=0" ]
    check $? "$how: no pager, due ends by itself"
    stop
done
# A short output on a terminal: less -F prints it and quits.
rm -f "$TMP/rc"
start "cd $R && $CCHC help holidays; echo RC=\$? > $TMP/rc"
for _ in $(seq $((100 * SLOWDOWN))); do [ -f "$TMP/rc" ] && break; sleep 0.1; done
[ "$(cat "$TMP/rc" 2>/dev/null)" = "RC=0" ]
check $? "a short output (help holidays, 15 lines) is not held in the pager"
stop

# --- bash completion from the repository ---------------------------------------------------------
BIN=$TMP/bin
mkdir -p "$BIN"
ln -s "$CCHC" "$BIN/cchc"
# complete_screen LINE WORD: types LINE, then Tab Tab; the screen, once WORD shows (at most
# 10 s, more for a slower build), is OUT.
complete_screen() {
    start "cd $R && PATH=$BIN:\$PATH && source $SRC/completion/cchc.bash && clear"
    sleep 0.3
    tm send-keys -t t "$1" Tab Tab
    for _ in $(seq $((100 * SLOWDOWN))); do screen | grep -qF -- "$2" && break; sleep 0.1; done
    OUT=$(screen)
    LAST="completion of '$1'"
    stop
}
complete_screen "cchc due --unit " "BPMC"
expect_out "VP" "units offered after --unit"
expect_out "BPMC" "sub-units offered too"
complete_screen "cchc record status 2024-tuyen" "2024-tuyen-truyen-cchc#"
expect_out "2024-tuyen-truyen-cchc#" "task references offered after record status"
complete_screen "cchc due --agency " "stttt"
expect_out "stttt" "agencies offered after --agency"
# Global options before the command (git's habit): skipped with their values, and -C's
# directory is the repository the words come from.
complete_screen "cd / && cchc -C $R --lang en due --unit " "BPMC"
expect_out "BPMC" "units offered after global options before the command"
complete_screen "cchc --no-pager record status 2024-tuyen" "2024-tuyen-truyen-cchc#"
expect_out "2024-tuyen-truyen-cchc#" "task references offered after --no-pager record status"
finish
