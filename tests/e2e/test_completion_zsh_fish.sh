#!/usr/bin/env bash
# zsh and fish completion (completion/_cchc, completion/cchc.fish), as a user gets it:
# commands, options and their fixed values from --help; units, agencies, plans and task
# references from the repository through the hidden `cchc __complete`, with -C DIR before the
# command too. fish through its own `complete -C LINE`; zsh on a real terminal (tmux), Tab
# pressed in an interactive zsh with compinit. Skipped, saying so, without fish, zsh or tmux
# (scripts/setup.sh installs them).
. "$(dirname "$0")/lib.sh" "$@"
R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$R/"
BIN=$TMP/bin
mkdir -p "$BIN"
ln -s "$CCHC" "$BIN/cchc"

# --- fish -------------------------------------------------------------------------------------
if command -v fish >/dev/null; then
    # fish_words LINE: the candidates fish offers at the end of LINE, first column, sorted.
    fish_words() {
        LAST="fish: complete -C '$1'"
        OUT=$(cd "$R" && HOME=$TMP XDG_CONFIG_HOME=$TMP/fish-config XDG_DATA_HOME=$TMP/fish-data PATH=$BIN:$PATH \
            fish --no-config -c "source $SRC/completion/cchc.fish; complete -C '$1'" 2>&1 | cut -f1 | sort | tr '\n' ' ')
        OUT=${OUT% }
    }
    fish_words "cchc ch"
    [ "$OUT" = "check" ]
    check $? "fish: a command (got '$OUT')"
    fish_words "cchc record "
    [ "$OUT" = "batch close event metric status" ]
    check $? "fish: record's subcommands (got '$OUT')"
    fish_words "cchc record status --d"
    [ "$OUT" = "--date --dry-run --due" ]
    check $? "fish: options of record status (got '$OUT')"
    fish_words "cchc due --format "
    [ "$OUT" = "csv ics json md table" ]
    check $? "fish: an option's fixed values (got '$OUT')"
    units=$("$CCHC" __complete units --root "$R" | sort | tr '\n' ' ')
    fish_words "cchc due --unit "
    [ "$OUT" = "${units% }" ] && has " VP " " $OUT " && has " BPMC " " $OUT "
    check $? "fish: every unit and group after --unit, VP and BPMC among them (got '${OUT:0:200}')"
    fish_words "cchc due --agency "
    agencies=$("$CCHC" __complete agencies --root "$R" | sort | tr '\n' ' ')
    [ "$OUT" = "${agencies% }" ] && has " khanh-hoa/stttt " " $OUT " && has " lang-son/stttt " " $OUT "
    check $? "fish: agencies after --agency (got '$OUT')"
    fish_words "cchc due --plan 2024-tuyen"
    [ "$OUT" = "2024-tuyen-truyen-cchc" ]
    check $? "fish: plans after --plan (got '$OUT')"
    fish_words "cchc record status 2024-tuyen-truyen-cchc#1"
    has "2024-tuyen-truyen-cchc#1 " "$OUT " && has "2024-tuyen-truyen-cchc#10 " "$OUT " && ! has "#2 " "$OUT "
    check $? "fish: task references after record status (got '${OUT:0:200}')"
    fish_words "cchc record event 2024-tuyen"
    [ "$OUT" = "2024-tuyen-truyen-cchc#cong-bo-chi-so" ]
    check $? "fish: events after record event (got '$OUT')"
    # From elsewhere, with the repository given before the command, as git -C.
    OUT=$(cd "$TMP" && PATH=$BIN:$PATH fish --no-config -c "source $SRC/completion/cchc.fish; complete -C 'cchc -C $R record status 2024-tuyen-truyen-cchc#3'" | cut -f1 | tr '\n' ' ')
    [ "$OUT" = "2024-tuyen-truyen-cchc#3 " ]
    check $? "fish: -C DIR before the command: references from DIR (got '$OUT')"
    OUT=$(cd "$TMP" && PATH=$BIN:$PATH fish --no-config -c "source $SRC/completion/cchc.fish; complete -C 'cchc -C $R due --format j'" | cut -f1)
    [ "$OUT" = "json" ]
    check $? "fish: -C DIR before the command: the command's options still known (got '$OUT')"
    # Outside any repository: nothing offered, nothing printed to the terminal.
    OUT=$(cd "$TMP" && PATH=$BIN:$PATH fish --no-config -c "source $SRC/completion/cchc.fish; complete -C 'cchc due --unit '" 2>&1)
    [ -z "$OUT" ]
    check $? "fish: no repository, no unit and no message (got '$OUT')"
else
    echo "skip fish: not installed (apt-get install fish; scripts/setup.sh does)"
fi

# --- zsh on a terminal --------------------------------------------------------------------------
if command -v zsh >/dev/null && command -v tmux >/dev/null; then
    printf 'set -g status off\n' >"$TMP/tmux.conf"
    mkdir -p "$TMP/zdot"
    # A user's ~/.zshrc: the completion directory on $fpath, compinit.
    cat >"$TMP/zdot/.zshrc" <<ZRC
PS1='$ '
fpath=($SRC/completion \$fpath)
autoload -U compinit && compinit -u -d $TMP/zcompdump
PATH=$BIN:\$PATH
cd $R
ZRC
    tm() { tmux -S "$SOCK" "$@"; }
    # zsh_screen LINE WORD: types LINE and Tab Tab in a fresh zsh; OUT is the screen once WORD
    # shows on it (at most 10 s).
    zsh_screen() {
        tmux_start t 120 30 "env -i PATH=/usr/bin:/bin TERM=xterm HOME=$TMP ZDOTDIR=$TMP/zdot LC_ALL=C.UTF-8 zsh -i"
        for _ in $(seq $((50 * SLOWDOWN))); do tm capture-pane -p -t t | grep -qx '\$' && break; sleep 0.1; done
        tm send-keys -t t "$1" Tab Tab
        for _ in $(seq $((100 * SLOWDOWN))); do tm capture-pane -p -t t | grep -qF -- "$2" && break; sleep 0.1; done
        OUT=$(tm capture-pane -p -t t)
        LAST="zsh: '$1' Tab"
        tmux_stop
    }
    zsh_screen "cchc due --unit " "BPMC"
    expect_out "VP" "zsh: units after --unit"
    expect_out "BPMC" "zsh: sub-units too"
    zsh_screen "cchc rec" "cchc record"
    expect_out "$ cchc record" "zsh: a command completed"
    # zsh quotes what it inserts: '#' is a glob operator under EXTENDED_GLOB.
    zsh_screen "cchc record status 2024-tuyen-truyen-cchc#1" 'cchc\#10'
    expect_out '2024-tuyen-truyen-cchc\#10' "zsh: task references after record status"
    expect_out '2024-tuyen-truyen-cchc\#17' "zsh: task references after record status (all that start so)"
    zsh_screen "cchc due --format " "json"
    expect_out "ics" "zsh: an option's fixed values"
    zsh_screen "cchc due --agency khanh-hoa/st" "khanh-hoa/stttt"
    expect_out "$ cchc due --agency khanh-hoa/stttt" "zsh: an agency completed"
    zsh_screen "cd / && cchc -C $R due --plan 2024-tuyen" "2024-tuyen-truyen-cchc"
    expect_out "due --plan 2024-tuyen-truyen-cchc" "zsh: -C DIR before the command: plans from DIR"
else
    echo "skip zsh: zsh or tmux not installed (apt-get install zsh tmux; scripts/setup.sh does)"
fi
finish
