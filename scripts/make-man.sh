#!/usr/bin/env bash
# Writes the cchc(1) man page from the program's own --help (every command and subcommand),
# so the page never drifts from the program. help2man would do the top level only; this
# walks the commands. usage: make-man.sh path/to/cchc OUTPUT.1 [vi|en]
set -euo pipefail
CCHC=$1
OUT=$2
LANG_OPT=${3:-vi}

# roff-safe verbatim text: backslashes doubled, a leading '.' or "'" guarded.
roff() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
# roff() for text mixed with our own .SH/.nf/.fi lines: those are kept as they are.
roff_keep_directives() { sed -e '/^\.\(SH\|nf\|fi\) \{0,1\}/!{s/\\/\\e/g;s/^\([.'"'"']\)/\\\&\1/;}'; }
# The commands listed under the "Lệnh:"/"Commands:" heading of a help text.
commands() { sed -n '/^\(Lệnh\|Commands\):$/,/^$/p' | awk 'NR > 1 && NF { print $1 }'; }

version=$("$CCHC" --version | awk '{ print $2 }')
if [ "$LANG_OPT" = vi ]; then
    name="NAME" synopsis="CÁCH DÙNG" cmds="CÁC LỆNH" see="XEM THÊM"
    seetext="README.md và docs/ trong mã nguồn cchc; mỗi lệnh: cchc LỆNH --help."
else
    name="NAME" synopsis="SYNOPSIS" cmds="COMMANDS" see="SEE ALSO"
    seetext="README.md and docs/ in the cchc sources; for each command: cchc COMMAND --help."
fi
top=$("$CCHC" --help --lang "$LANG_OPT")
{
    printf '.TH CCHC 1 "" "cchc %s" "cchc"\n' "$version"
    printf '.SH %s\n' "$name"
    printf 'cchc \\- %s\n' "$(printf '%s\n' "$top" | head -n 1 | sed 's/^cchc — //' | roff)"
    # `cchc --help` ends with examples, exit statuses, files and environment, each under a
    # heading line ("Ví dụ:" / "Examples:" …): each becomes the man section of that name.
    footer='^(Ví dụ|Examples|Trạng thái thoát|Exit status|Tệp|Files|Biến môi trường|Environment):$'
    printf '.SH %s\n.nf\n' "$synopsis"
    printf '%s\n' "$top" | tail -n +2 | awk -v re="$footer" '$0 ~ re { exit } { print }' | roff
    printf '.fi\n'
    # The standard man section names, in both languages' pages.
    printf '%s\n' "$top" | awk -v re="$footer" '
        BEGIN { n["Ví dụ:"] = n["Examples:"] = "EXAMPLES"; n["Trạng thái thoát:"] = n["Exit status:"] = "EXIT STATUS"
                n["Tệp:"] = n["Files:"] = "FILES"; n["Biến môi trường:"] = n["Environment:"] = "ENVIRONMENT" }
        $0 ~ re { if (open) print ".fi"; print ".SH " n[$0]; print ".nf"; open = 1; next }
        open && NF { sub(/^  /, ""); print }
        END { if (open) print ".fi" }' | roff_keep_directives
    printf '.SH %s\n' "$cmds"
    walk() {
        local sub
        for sub in $("$CCHC" "$@" --help --lang "$LANG_OPT" | commands); do
            printf '.SS cchc %s\n.nf\n' "$*${*:+ }$sub"
            "$CCHC" "$@" "$sub" --help --lang "$LANG_OPT" | roff
            printf '.fi\n'
            walk "$@" "$sub"
        done
    }
    walk
    printf '.SH %s\n%s\n' "$see" "$seetext"
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
