#!/usr/bin/env bash
# `cmake --install` puts cchc, its bash completion and its man page where a Debian system
# looks for them (here under DESTDIR), and each of them works from there.
. "$(dirname "$0")/lib.sh" "$@"

BUILD=$(dirname "$CCHC")
[ -f "$BUILD/cchc.1" ] || cmake --build "$BUILD" --target man >/dev/null 2>&1
DEST=$TMP/dest
DESTDIR=$DEST cmake --install "$BUILD" --prefix /usr/local >"$TMP/install.log" 2>&1
check $? "cmake --install with DESTDIR ($(tail -n 3 "$TMP/install.log"))"
BIN=$DEST/usr/local/bin/cchc
COMP=$DEST/usr/local/share/bash-completion/completions/cchc
MAN=$DEST/usr/local/share/man/man1/cchc.1
[ -x "$BIN" ]
check $? "bin/cchc installed and executable"
[ -f "$COMP" ]
check $? "bash completion in share/bash-completion/completions/cchc"
[ -f "$MAN" ]
check $? "man page in share/man/man1/cchc.1"
ZSH_COMP=$DEST/usr/local/share/zsh/site-functions/_cchc
FISH_COMP=$DEST/usr/local/share/fish/vendor_completions.d/cchc.fish
[ -f "$ZSH_COMP" ] && [ "$(head -n 1 "$ZSH_COMP")" = "#compdef cchc" ]
check $? "zsh completion in share/zsh/site-functions/_cchc (#compdef cchc)"
[ -f "$FISH_COMP" ]
check $? "fish completion in share/fish/vendor_completions.d/cchc.fish"
if command -v fish >/dev/null; then
    # fish finds it there by itself when /usr/local/share is in XDG_DATA_DIRS (with DESTDIR
    # here: $DEST/usr/local/share).
    out=$(cd "$SRC" && env HOME="$TMP" XDG_DATA_DIRS="$DEST/usr/local/share:/usr/share" PATH="$DEST/usr/local/bin:$PATH" \
        XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" fish -c 'complete -C "cchc due --format j"' 2>&1)
    [ "$out" = "json" ]
    check $? "fish completes from the installed file (got '$out')"
fi

# The README installs with --strip: the binary without its debugging symbols (~90 MB with them).
if command -v readelf >/dev/null; then
    SDEST=$TMP/stripped
    DESTDIR=$SDEST cmake --install "$BUILD" --prefix /usr/local --strip >"$TMP/install-strip.log" 2>&1
    check $? "cmake --install --strip ($(tail -n 3 "$TMP/install-strip.log"))"
    ! readelf -S "$SDEST/usr/local/bin/cchc" | grep -qE '\.debug_info|\.symtab'
    check $? "--strip installs a binary without debugging symbols ($(du -h "$SDEST/usr/local/bin/cchc" | cut -f1))"
    [ "$(cd "$SRC" && "$SDEST/usr/local/bin/cchc" --version)" = "$("$CCHC" --version)" ]
    check $? "the stripped binary runs"
fi

# The installed binary runs from PATH, like the README's examples.
out=$(cd "$SRC" && PATH=$DEST/usr/local/bin:/usr/bin:/bin cchc --version)
[ "$out" = "$("$CCHC" --version)" ]
check $? "cchc on PATH runs (got '$out')"

# The man page: every command has its section, the text is the program's --help, it renders.
for c in check tasks units timing holidays record "record status" "record event" "record metric" due score report; do
    grep -qx ".SS cchc $c" "$MAN"
    check $? "man page has a section for cchc $c"
done
grep -qF -- "$("$CCHC" due --help | grep -- '--within')" "$MAN"
check $? "man page carries the --help text"
if command -v groff >/dev/null; then
    rendered=$(groff -man -Tutf8 -K utf8 "$MAN" 2>"$TMP/groff.err")
    [ -z "$(cat "$TMP/groff.err")" ] && has "Tính đến ngày" "$rendered" && has "--within SỐ" "$rendered"
    check $? "groff renders the man page without warnings ($(head -c 300 "$TMP/groff.err"))"
fi

# The completion: commands, subcommands, options and their fixed values.
complete_line() {
    PATH=$DEST/usr/local/bin:$PATH bash -c '
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _cchc; printf "%s\n" "${COMPREPLY[@]}"' _ "$COMP" "$@" 2>&1
}
words() { complete_line "$@" | sort | tr '\n' ' ' | sed 's/ $//'; }
[ "$(words cchc ch)" = "check" ]
check $? "completes a command (got '$(words cchc ch)')"
[ "$(words cchc '')" = "check due holidays import init record report score tasks timing units" ]
check $? "lists every command (got '$(words cchc '')')"
[ "$(words cchc record '')" = "batch close event metric status" ]
check $? "lists record's subcommands (got '$(words cchc record '')')"
[ "$(words cchc record status --d)" = "--date --dry-run --due" ]
check $? "completes options of record status (got '$(words cchc record status --d)')"
[ "$(words cchc due --format '')" = "csv ics json md table" ]
check $? "completes an option's values (got '$(words cchc due --format '')')"
[ "$(words cchc report --lang e)" = "en" ]
check $? "completes --lang (got '$(words cchc report --lang e)')"

finish
