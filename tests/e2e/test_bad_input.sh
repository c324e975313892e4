#!/usr/bin/env bash
# End-to-end tests of `cchc check` on hostile or broken input: every case gets a clear
# diagnostic and exit status 1 or 2, never a crash, a hang or a memory blow-up. Valid files
# with a BOM or CRLF line ends are accepted with correct positions.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
# bad NAME: a fresh base repository $TMP/NAME for one case; sets R.
bad() { R=$(repo "$1"); }
# check_in_time: `cchc check` in $R, killed after 20 seconds.
check_in_time() {
    LAST="(cd $R) timeout 20 cchc check $*"
    (cd "$R" && exec timeout 20 "$CCHC" check "$@") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}

# --- empty, junk, not UTF-8 -----------------------------------------------------------------
bad empty
: >"$R/$T/2024-empty.yaml"
check_in_time
expect_rc 1 "an empty plan file is an error"
expect_no_crash "empty plan"
expect_diag $T/2024-empty.yaml:1:1 lỗi wrong-type "phải là một ánh xạ (khóa: giá trị)"

bad junk
{ printf '\0'; head -c 4096 /dev/urandom; } >"$R/$T/2024-junk.yaml"
check_in_time
expect_no_crash "binary junk"
expect_diag $T/2024-junk.yaml:1:1 lỗi binary-file
expect_diag_count 1 "" "binary junk: one diagnostic for the file"

bad junk-no-nul
head -c 4096 /dev/urandom | tr -d '\0' >"$R/$T/2024-junk.yaml"
check_in_time
expect_no_crash "junk without NUL bytes"
printf '%s\n' "$OUT" | grep -qE "^$T/2024-junk.yaml(:[0-9]+:[0-9]+)?: lỗi: .* \[(invalid-utf8|yaml-syntax)\]$"
check $? "junk without NUL bytes: invalid-utf8 or yaml-syntax for the file"

bad latin1
printf 'title: caf\xe9\nyear: 2024\n' >"$R/$T/2024-latin1.yaml"
check_in_time
expect_rc 1 "invalid UTF-8: exit status"
expect_diag $T/2024-latin1.yaml:1:11 lỗi invalid-utf8

bad list
printf -- '- title: A\n- year: 2024\n' >"$R/$T/2024-list.yaml"
printf 'date: 2024-01-01\n' >"$R/$T/journal.yaml.tmp"
mkdir -p "$R/$T/journal" && mv "$R/$T/journal.yaml.tmp" "$R/$T/journal/2024.yaml"
check_in_time
expect_rc 1 "a plan that is a list, a journal that is a mapping"
expect_diag $T/2024-list.yaml:1:1 lỗi wrong-type
expect_diag $T/journal/2024.yaml:1:1 lỗi wrong-type

bad broken-agency
printf 'name: Sở Thử nghiệm\nunits: [VP\n' >"$R/$T/agency.yaml"
check_in_time
expect_no_crash "a broken agency.yaml"
expect_diag_count 1 yaml-syntax "broken agency.yaml: its syntax error is reported"

# --- a directory with no plans ---------------------------------------------------------------
mkdir -p "$TMP/noplans/plans/t/a"
cp "$FIXTURES/base/$T/agency.yaml" "$TMP/noplans/$T/"
run_in "$TMP/noplans" check
expect_rc 1 "plans/ with an agency but no plan"
expect_out_line "plans: lỗi: không tìm thấy kế hoạch nào trong plans [no-plans]"
mkdir -p "$TMP/nothing"
run_in / check "$TMP/nothing"
expect_rc 1 "check DIR of an empty directory outside any repository"
expect_diag "$TMP/nothing" lỗi no-plans

# --- BOM and CRLF: accepted, positions right --------------------------------------------------
bad bom
{ printf '\xef\xbb\xbf'; cat "$FIXTURES/base/$T/2024-base.yaml"; } >"$R/$T/2024-bom.yaml"
check_in_time
expect_rc 0 "a valid plan with a BOM is accepted"
expect_diag_count 0
printf '\xef\xbb\xbftitle: A\nyear: 2024\npalce: x\n' >"$R/$T/2024-bom-bad.yaml"
printf '\xef\xbb\xbfyear: 2024\ntitel: A\n' >"$R/$T/2024-bom-bad1.yaml"
check_in_time
expect_rc 1 "BOM plans with errors"
expect_diag $T/2024-bom-bad.yaml:3:1 lỗi unknown-key "'place'"
expect_diag $T/2024-bom-bad1.yaml:2:1 lỗi unknown-key "'title'"
expect_out_line "  year: 2024" "the BOM is not shown in the source line"

bad crlf
sed 's/$/\r/' "$FIXTURES/base/$T/2024-base.yaml" >"$R/$T/2024-crlf.yaml"
check_in_time
expect_rc 0 "a valid plan with CRLF line ends is accepted"
expect_diag_count 0
printf 'title: Kế hoạch\r\nyear: năm 2024\r\nsections:\r\n  - { id: I, title: Phần, tasks: [{ id: I.1, task: Một, lead: [VPP] }] }\r\n' \
    >"$R/$T/2024-crlf-bad.yaml"
check_in_time
expect_rc 1 "CRLF plan with errors"
expect_diag $T/2024-crlf-bad.yaml:2:7 lỗi wrong-type
expect_diag $T/2024-crlf-bad.yaml:4:64 lỗi unknown-unit
expect_out_line "  year: năm 2024" "the source line is shown without its CR"
expect_no_out $'\r' "no CR in the output"

bad tabs
printf 'title: A\nyear: 2024\nsections:\n\t- id: I\n\t  title: B\n' >"$R/$T/2024-tabs.yaml"
check_in_time
expect_rc 1 "tabs used for indentation"
printf '%s\n' "$OUT" | grep -qE "^$T/2024-tabs.yaml:4:[0-9]+: lỗi: .* \[yaml-syntax\]$"
check $? "tabs: yaml-syntax on line 4"

# --- size and nesting limits -----------------------------------------------------------------
bad big
yes 'title: Kế hoạch rất dài' | head -c 50000000 >"$R/$T/2024-big.yaml"
start=$(date +%s)
check_in_time
expect_rc 1 "a 50 MB file: exit status"
expect_diag $T/2024-big.yaml:1:1 lỗi file-too-large "tối đa 8 MiB"
[ $(($(date +%s) - start)) -le $((5 * SLOWDOWN)) ]
check $? "a 50 MB file is refused within 5 seconds (times the sanitizer slowdown)"
head -c $((8 * 1024 * 1024 + 1)) "$R/$T/2024-big.yaml" >"$R/$T/2024-big2.yaml"
rm "$R/$T/2024-big.yaml"
check_in_time
expect_diag $T/2024-big2.yaml:1:1 lỗi file-too-large "tệp quá lớn (8.01 MiB; tối đa 8 MiB)"

bad brackets
{ printf 'title: '; head -c 100000 /dev/zero | tr '\0' '['; printf '\n'; } >"$R/$T/2024-deep.yaml"
check_in_time
expect_rc 1 "100 000 nested [: exit status"
expect_diag $T/2024-deep.yaml:1:72 lỗi yaml-limit "64"

bad block-nesting
for i in $(seq 0 199); do printf "%$((2 * i))sa:\n" ''; done >"$R/$T/2024-nest.yaml"
check_in_time
expect_rc 1 "200 nested block mappings: exit status"
expect_diag_count 1 yaml-limit "200 nested block mappings: yaml-limit"

bad laughs
{
    printf 'title: Cười\nyear: 2024\na0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in $(seq 1 9); do
        p="*a$((i - 1))"
        printf 'a%d: &a%d [%s,%s,%s,%s,%s,%s,%s,%s,%s,%s]\n' "$i" "$i" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p" "$p"
    done
} >"$R/$T/2024-laughs.yaml"
# Memory-limited, unless the binary is built with AddressSanitizer (which reserves terabytes
# of address space up front and cannot run under ulimit -v).
limit="ulimit -v 2000000;"
{ ldd "$CCHC" 2>/dev/null | grep -q libasan || grep -qa __asan_init "$CCHC"; } && limit=""
LAST="(cd $R; $limit timeout 20 cchc check)"
(cd "$R" && eval "$limit" && exec timeout 20 "$CCHC" check) >"$TMP/.out" 2>"$TMP/.err"
RC=$? OUT=$(cat "$TMP/.out") ERR=$(cat "$TMP/.err")
expect_rc 1 "billion laughs: exit status (not killed, not out of memory)"
expect_no_crash "billion laughs"
expect_diag $T/2024-laughs.yaml:1:1 lỗi yaml-limit

# --- files that cannot be read; link loops ---------------------------------------------------
bad dangling
ln -s nowhere.yaml "$R/$T/2024-gone.yaml"
check_in_time
expect_rc 2 "a dangling symlink: unreadable, exit 2"
expect_no_crash "dangling symlink"
expect_diag $T/2024-gone.yaml lỗi unreadable-file

bad selfloop
ln -s 2024-loop.yaml "$R/$T/2024-loop.yaml"
check_in_time
expect_rc 2 "a symlink to itself: unreadable, exit 2"
expect_diag $T/2024-loop.yaml lỗi unreadable-file
expect_diag_count 1 unreadable-file "a symlink loop is reported once"

bad symlinked
mkdir -p "$R/elsewhere"
printf 'title: A\nyear: 2024\npalce: x\n' >"$R/elsewhere/x.yaml"
ln -s ../../../elsewhere/x.yaml "$R/$T/2024-linked.yaml"
check_in_time
expect_rc 1 "a plan that is a symlink is read"
expect_diag $T/2024-linked.yaml:3:1 lỗi unknown-key "'place'"
check_in_time $T/2024-linked.yaml
expect_diag_count 1 unknown-key "check PATH of a symlinked plan reports it"

R=$(repo dircycle check/unknown-key)
ln -s .. "$R/$T/cycle"
ln -s ../.. "$R/$T/up"
check_in_time
expect_rc 1 "directory symlink cycles: the check terminates"
expect_diag $T/2024-unknown-key.yaml:3:1 lỗi unknown-key
expect_diag_count 1 unknown-key "directory symlink cycles: each file is read once"
expect_diag $T/cycle "cảnh báo" linked-directory
expect_diag $T/up "cảnh báo" linked-directory
expect_diag_count 3 "" "directory symlink cycles: the two links are said, not followed"
expect_err "trong 5 tệp" "directory symlink cycles: 5 files, none twice"

finish
