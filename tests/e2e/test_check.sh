#!/usr/bin/env bash
# End-to-end tests of `cchc check`: one fixture per rule code (tests/e2e/fixtures/check/<code>/,
# laid over the clean repository fixtures/base/), output formats, languages, options, exit
# statuses, and mutated copies of the shipped plans.
. "$(dirname "$0")/lib.sh" "$@"

# --- the clean base repository -------------------------------------------------------------
R=$(repo base)
run_in "$R" check
expect_rc 0 "base fixture checks clean"
expect_diag_count 0
expect_err "không có lỗi trong 4 tệp (2 kế hoạch, 6 nhiệm vụ)"

# --- one fixture per code ------------------------------------------------------------------
# rule_case CASE EXIT LOCATION SEVERITY CODE MESSAGE-PART: the case fires exactly once, there.
rule_case() {
    local r
    r=$(repo "$1" "check/$1")
    run_in "$r" check
    expect_rc "$2" "$1: exit status"
    expect_diag "$3" "$4" "$5" "$6"
    expect_diag_count 1 "" "$1: nothing else reported"
}
T=plans/t/a
rule_case yaml-syntax 1 $T/2024-syntax.yaml:1:16 lỗi yaml-syntax "dấu ':' trong nội dung: đặt cả câu trong dấu nháy"
expect_out_line "  title: Kế hoạch: lỗi" "yaml-syntax: the source line is shown"
expect_out_line "                 ^" "yaml-syntax: the caret sits under the 16th character"
rule_case duplicate-key 1 $T/2024-dup-key.yaml:10:9 lỗi duplicate-key "khóa 'lead' bị lặp (đã có ở dòng 9)"
rule_case unknown-key 1 $T/2024-unknown-key.yaml:3:1 lỗi unknown-key "có phải ý bạn là 'place'?"
rule_case wrong-type 1 $T/2024-wrong-type.yaml:2:7 lỗi wrong-type "'year' phải là số nguyên"
rule_case missing-field 1 $T/2024-missing.yaml:7:9 lỗi missing-field "thiếu khóa bắt buộc 'task'"
rule_case invalid-date 1 $T/2024-date.yaml:3:9 lỗi invalid-date "'2024-02-30'"
rule_case invalid-date-journal 1 $T/journal/2024.yaml:1:9 lỗi invalid-date "'31/04/2024'"
rule_case invalid-value 1 $T/journal/2024.yaml:3:11 lỗi invalid-value "'finished'"
rule_case invalid-due 1 $T/2024-due.yaml:10:14 lỗi invalid-due "'cuối năm'"
rule_case duplicate-id 1 $T/2024-dup-id.yaml:10:13 lỗi duplicate-id "'I.1' bị trùng trong kế hoạch (đã có ở dòng 7)"
rule_case duplicate-stt 0 $T/2024-dup-stt.yaml:12:14 "cảnh báo" duplicate-stt "STT '1' bị trùng (đã có ở dòng 8)"
run_in "$TMP/duplicate-stt" check --strict
expect_rc 1 "duplicate-stt --strict: a warning fails the check"
expect_diag $T/2024-dup-stt.yaml:12:14 lỗi duplicate-stt
rule_case unknown-unit 1 $T/2024-unit.yaml:9:16 lỗi unknown-unit "có phải ý bạn là VP (Văn phòng Sở)?"
rule_case unknown-group 1 $T/2024-group.yaml:9:16 lỗi unknown-group "có phải ý bạn là all (Các phòng, đơn vị thuộc Sở)?"
rule_case unknown-parent 1 plans/t/c/agency.yaml:5:13 lỗi unknown-parent "'XX'"
rule_case unknown-metric 1 $T/2024-metric.yaml:12:21 lỗi unknown-metric "có phải ý bạn là 'sipas'?"
rule_case unknown-event 1 $T/2024-event.yaml:11:11 lỗi unknown-event "'khong-co'"
rule_case empty-lead 1 $T/2024-lead.yaml:7:9 lỗi empty-lead "'I.1' không có đơn vị chủ trì"
rule_case unit-not-assigned 0 $T/2024-method.yaml:10:17 "cảnh báo" unit-not-assigned "'Phòng Công nghệ thông tin' (CNTT)"
rule_case journal-unknown-task 1 $T/journal/2024.yaml:2:9 lỗi journal-unknown-task "'2024-base#I.9'"
rule_case journal-unknown-occurrence 1 $T/journal/2024.yaml:2:59 lỗi journal-unknown-occurrence "nhiệm vụ 'bc-quy' không có kỳ/mốc '2024-04' (có: 2024-Q1, 2024-Q2, 2024-Q3, 2024-Q4)"
rule_case journal-unknown-unit 1 $T/journal/2024.yaml:2:64 lỗi journal-unknown-unit "unit: không có đơn vị mã 'CNNT' trong STN; có phải ý bạn là CNTT?"
rule_case import-unknown-unit 1 $T/import.yaml:3:29 lỗi import-unknown-unit "không có đơn vị 'KHTC' (cho tên \"Phòng Kế hoạch Tài chính\") trong STN"
# import.yaml's other problems, each at its line:col with a registered code (golden, read
# against the fixture's comments): a field that does not exist, a list for a field, a code
# the agency lacks, a name and a group accepted as import accepts them, a correction
# without find:, an unknown key in a correction and at the top, a YAML syntax error in
# another directory's import.yml, a unit rule where there is no agency.yaml.
r=$(repo import-rules check/import-rules)
run_in "$r" check
expect_rc 1 "import-rules: exit status"
GOLDEN=$SRC/tests/e2e/golden
printf '%s\n' "$OUT" >"$TMP/check_import-rules.txt"
same_as_golden check_import-rules.txt "$TMP/check_import-rules.txt"
check $? "import-rules: $GOLDEN_WHY $GOLDEN_DIFF"
expect_no_out "2024-" "import-rules: the plans of the base are clean; only import.yaml is reported"
# The check cache counts import.yaml among its inputs: an edit to it is seen at the next run.
r=$(repo import-cache check/import-unknown-unit)
run_in "$r" check
expect_rc 1 "import-cache: the unknown code"
sed -i 's/: KHTC$/: VP/' "$r/plans/t/a/import.yaml"
run_in "$r" check
expect_rc 0 "import-cache: import.yaml fixed, no stale cached result"
sed -i 's/: VP$/: KHTC/' "$r/plans/t/a/import.yaml"
run_in "$r" check
expect_rc 1 "import-cache: broken again, seen again"
rule_case journal-unknown-metric 1 $T/journal/2024.yaml:2:11 lỗi journal-unknown-metric "'sipass'"
rule_case journal-unknown-event 1 $T/journal/2024.yaml:2:10 lỗi journal-unknown-event "'2024-base#khong-co'"
rule_case journal-unknown-plan 1 $T/journal/2024.yaml:2:9 lỗi journal-unknown-plan "'2024-khong-co'"
rule_case closed-plan-open-tasks 0 $T/journal/2024.yaml:4:3 "cảnh báo" closed-plan-open-tasks "còn 2 nhiệm vụ chưa ghi done/cancelled/carried_over: I.4, bc-quy"
rule_case plan-start-unknown 0 $T/2024-base.yaml:3:9 "cảnh báo" plan-start-unknown "issued chỉ có năm ('2024')"
rule_case ended-plan-open 0 $T/2024-base.yaml:4:7 "cảnh báo" ended-plan-open "hết kỳ ngày 31/12/2024, sổ theo dõi đã ghi đến 15/04/2025"
# Closing the plan after its end settles it: neither ended-plan-open nor closed-plan-open-tasks.
echo '- { date: 2025-04-16, plan: 2024-base, status: closed, note: "đóng kế hoạch 2024" }' >>"$TMP/ended-plan-open/$T/journal/2025.yaml"
run_in "$TMP/ended-plan-open" check
expect_rc 0 "ended-plan-open: closed after its end"
expect_diag_count 0 "" "ended-plan-open: a plan closed after its end is settled"
# A back-dated entry (a report received late, recorded today) is normal: no warning.
echo '- { date: 2025-01-10, note: "báo cáo nhận muộn, ghi sau" }' >>"$TMP/ended-plan-open/$T/journal/2025.yaml"
run_in "$TMP/ended-plan-open" check --strict
expect_rc 0 "a back-dated entry: check --strict stays clean"
rule_case missing-agency 1 plans/t/x/2024-lac.yaml:1:1 lỗi missing-agency "agency.yaml"
rule_case timing-unparsed 1 $T/2024-timing.yaml:10:17 lỗi timing-unparsed "'Khi nào rảnh thì làm'"
rule_case timing-mismatch 1 $T/2024-mismatch.yaml:11:14 lỗi timing-mismatch "'Trong năm 2024'"
rule_case target-mismatch 1 $T/2024-target.yaml:13:17 lỗi target-mismatch "'>= 87'"
rule_case metric-kind 1 $T/2024-kind.yaml:14:20 lỗi metric-kind "'xep_loai'"
rule_case journal-value-range 1 $T/journal/2024.yaml:3:10 lỗi journal-value-range "120"
rule_case control-character 1 $T/2024-ctl.yaml:4:18 lỗi control-character "U+0007"
expect_out_line '  title: "Kế hoạch ␇ thử"' "control-character: the source line shows a visible symbol"
rule_case invalid-id 1 $T/2024-bad-id.yaml:8:15 lỗi invalid-id "'a#1'"
rule_case journal-wrong-year 1 $T/journal/2024.yaml:3:11 lỗi journal-wrong-year "05/01/2025"
rule_case plans-outside-root 1 cchc.yaml:2:8 lỗi plans-outside-root "'plans: ../plans'"
rule_case deadline-outside-plan-year 0 $T/2024-outside.yaml:10:14 "cảnh báo" deadline-outside-plan-year "31/03/2025"
# ongoing: true on a date is warned (I.1); on a quarter it is a year-long activity (I.2).
rule_case ongoing-not-period 0 $T/2024-ongoing.yaml:10:18 "cảnh báo" ongoing-not-period "nhiệm vụ 'I.1'"

mkdir -p "$TMP/empty/plans"
run_in "$TMP/empty" check
expect_rc 1 "no-plans: exit status"
expect_out_line "plans: lỗi: không tìm thấy kế hoạch nào trong plans [no-plans]"

# Units written by name, alias, in capitals, without diacritics or decomposed all resolve.
R=$(repo names)
{
    printf 'title: Tên đơn vị\nyear: 2024\nsections:\n  - id: I\n    title: Phần I\n    tasks:\n'
    printf '      - id: I.1\n        task: Một\n        lead:\n'
    printf '          - %s\n' "Văn phòng Sở" "văn phòng" "VĂN PHÒNG SỞ" "van phong so" "vp" \
        $'Va\xcc\x86n pho\xcc\x80ng So\xcc\x9b\xcc\x89'
    printf '        support:\n'
    printf '          - %s\n' "phong cntt" "Các phòng, đơn vị thuộc Sở" "so noi vu" "ALL"
} >"$R/plans/t/a/2024-names.yaml"
run_in "$R" check
expect_rc 0 "units by name, alias, case, no diacritics, NFD: all resolve"
expect_diag_count 0

# Every code `check --list` shows has a case in these suites (bad input: test_bad_input.sh;
# linked-directory: test_safety.sh; the hostile-repository codes: test_hostile_repo.sh).
covered=" yaml-syntax duplicate-key unknown-key wrong-type missing-field invalid-date invalid-value
  invalid-due duplicate-id duplicate-stt unknown-unit unknown-group unknown-parent unknown-metric
  unknown-event empty-lead unit-not-assigned journal-unknown-task journal-unknown-occurrence journal-unknown-unit journal-unknown-metric
  journal-unknown-event journal-unknown-plan closed-plan-open-tasks ended-plan-open plan-start-unknown missing-agency no-plans timing-unparsed timing-mismatch
  deadline-outside-plan-year target-mismatch metric-kind journal-value-range unreadable-file file-too-large binary-file invalid-utf8 yaml-limit
  control-character invalid-id journal-wrong-year plans-outside-root linked-directory
  outside-root not-a-regular-file empty-period journal-entry-keys journal-computed-value duplicate-unit
  deadline-far-from-plan more-diagnostics ongoing-not-period import-unknown-unit
  yaml-tag yaml-complex-key yaml-extra-document unchecked "  # the last four: test_yaml_input.sh, test_slips.sh
run check --list
expect_rc 0 "check --list"
listed=$(printf '%s\n' "$OUT" | awk 'NR > 2 { print $1 }')
[ "$(printf '%s\n' "$listed" | wc -l)" -ge 28 ]
check $? "check --list lists the rules"
for code in $listed; do
    has " $code " " $(echo $covered) "
    check $? "code '$code' from check --list has an end-to-end case"
done
for code in duplicate-key unknown-unit ended-plan-open; do
    printf '%s\n' "$OUT" | grep -qE "^$code +(lỗi|cảnh báo) "
    check $? "check --list shows $code with its severity"
done

# --- all problems in one run; output formats; languages ------------------------------------
R=$(repo three check/three-errors)
F3=$T/2024-three.yaml
run_in "$R" check
expect_rc 1 "three errors in one file"
expect_diag $F3:9:16 lỗi unknown-unit
expect_diag $F3:10:9 lỗi unknown-key "có phải ý bạn là 'timing'?"
expect_diag $F3:11:14 lỗi wrong-type
expect_diag_count 3
expect_err "3 lỗi, 0 cảnh báo"

run_in "$R" check --format json
expect_rc 1 "--format json: exit status"
expect_json
expect_py "assert isinstance(data, list) and len(data) == 3
for d in data: assert set(d) == {'file', 'line', 'col', 'severity', 'code', 'message'}, d
d = data[0]
assert (d['file'], d['line'], d['col'], d['severity'], d['code']) == ('$F3', 9, 16, 'error', 'unknown-unit'), d
assert 'VPP' in d['message']" "--format json: fields file,line,col,severity,code,message"
[ -z "$ERR" ]
check $? "--format json: nothing on stderr"

run_in "$R" check --format github
expect_rc 1 "--format github: exit status"
expect_out_line "::error file=$F3,line=9,col=16,title=unknown-unit::không có đơn vị 'VPP' trong STN; có phải ý bạn là VP (Văn phòng Sở)? [unknown-unit]"
[ "$(printf '%s\n' "$OUT" | grep -c '^::error file=')" = 3 ]
check $? "--format github: one ::error line per problem"
run_in "$TMP/duplicate-stt" check --format github
expect_out "::warning file=$T/2024-dup-stt.yaml,line=12,col=14,title=duplicate-stt::"

run_in "$R" check --lang en
expect_rc 1 "--lang en: exit status"
expect_out_line "$F3:9:16: error: no unit 'VPP' in STN; did you mean VP (Văn phòng Sở)? [unknown-unit]"
expect_err "3 errors, 0 warnings"
printf 'lang: en\n' >"$R/cchc.yaml"
run_in "$R" check
expect_out_line "$F3:10:9: error: unknown key 'timng' in task; did you mean 'timing'? [unknown-key]"
run_in "$R" check --lang vi
expect_diag $F3:10:9 lỗi unknown-key "có phải ý bạn là 'timing'?"
rm "$R/cchc.yaml"

# --- options and exit statuses -------------------------------------------------------------
run --help
expect_rc 0 "--help"
expect_out "check"
run check --help
expect_rc 0 "check --help"
expect_out "--format"
run --version
expect_rc 0 "--version"
expect_out "cchc "
for args in "check --bogus" "--bogus" "nosuch" "check --format xml" "check --lang fr" ""; do
    # shellcheck disable=SC2086
    run_in "$R" $args
    expect_rc 2 "'cchc $args' is a usage error"
done

R2=$(repo two check/unknown-key check/wrong-type)
run_in "$R2" check plans/t/a/2024-wrong-type.yaml
expect_rc 1 "check PATH: exit status"
expect_diag $T/2024-wrong-type.yaml:2:7 lỗi wrong-type
expect_diag_count 1 "" "check PATH reports only that file"
run_in "$R2" check plans/t/a/2024-base.yaml
expect_rc 0 "check PATH of a clean file: exit 0 though others are broken"
expect_diag_count 0
run_in "$R2" check plans/t
expect_diag_count 2 "" "check DIR reports the files under it"
run_in "$R2" check nope.yaml
expect_rc 2 "check of a missing path"
expect_err "nope.yaml"

run_in / check --root "$R2"
expect_rc 1 "--root DIR from elsewhere"
expect_diag $T/2024-unknown-key.yaml:3:1 lỗi unknown-key
run_in "$R2" check --root "$R2" plans/t/a/2024-wrong-type.yaml
expect_diag $T/2024-wrong-type.yaml:2:7 lỗi wrong-type
expect_diag_count 1 "" "check --root DIR PATH reports only PATH"
mkdir -p "$TMP/other/kehoach" && cp -R "$R2/plans/." "$TMP/other/kehoach/"
printf 'plans: kehoach\n' >"$TMP/other/cchc.yaml"
run_in "$TMP/other" check
expect_rc 1 "cchc.yaml 'plans: DIR' names the plans directory"
expect_diag kehoach/t/a/2024-wrong-type.yaml:2:7 lỗi wrong-type
# A directory of plans outside any repository: the paths shown lead to the files.
mkdir -p "$TMP/loose" && cp "$FIXTURES/base/$T/agency.yaml" "$R2/$T/2024-wrong-type.yaml" "$TMP/loose/"
run_in / check "$TMP/loose"
expect_rc 1 "check DIR outside any repository"
loc=$(printf '%s\n' "$OUT" | grep -E '\[wrong-type\]$' | head -n 1)
[[ $loc == *"2024-wrong-type.yaml:2:7: lỗi: "* ]] && (cd / && [ -f "${loc%%:*}" ])
check $? "check DIR outside a repository: the file path shown exists from the current directory (got '${loc%%:*}')"
run_in "$R2/plans/t/a" check
expect_rc 1 "the root is found from a subdirectory"
expect_diag $T/2024-wrong-type.yaml:2:7 lỗi wrong-type
run_in / check --root "$TMP/does-not-exist"
expect_rc 2 "--root of a missing directory"
mkdir -p "$TMP/norepo"
run_in "$TMP/norepo" check
expect_rc 2 "no repository around the current directory"
expect_err "không tìm thấy kho kế hoạch"

run_in "$R2" check
expect_no_out $'\e[' "no colour with NO_COLOR"
LAST="env -u NO_COLOR cchc check (piped)"
OUT=$(cd "$R2" && env -u NO_COLOR TERM=xterm "$CCHC" check 2>&1)
expect_no_out $'\e[' "no colour when piped"
if command -v script >/dev/null; then  # on a pseudo-terminal: colour unless NO_COLOR or TERM=dumb
    on_tty() { OUT=$(cd "$R2" && script -qec "$1" /dev/null 2>&1 </dev/null); LAST="on a terminal: $1"; }
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' check"
    expect_out $'\e[1;31m' "colour on a terminal"
    on_tty "env NO_COLOR=1 TERM=xterm '$CCHC' check"
    expect_no_out $'\e[' "no colour on a terminal with NO_COLOR"
    on_tty "env -u NO_COLOR TERM=dumb '$CCHC' check"
    expect_no_out $'\e[' "no colour on a terminal with TERM=dumb"
    on_tty "env -u NO_COLOR TERM=xterm '$CCHC' check --format github"
    expect_no_out $'\e[' "no colour in --format github, even on a terminal"
fi

# --- the shipped plans, and mutated copies of them -----------------------------------------
run_in "$SRC" check
expect_rc 0 "the shipped plans check with exit 0"
SHIP=$TMP/shipped
mkdir -p "$SHIP"
cp -R "$SRC/plans" "$SHIP/"
F=plans/khanh-hoa/stttt/2024-khac-phuc-par-sipas.yaml
mutant() { rm -rf "$TMP/m" && cp -R "$SHIP" "$TMP/m" && M=$TMP/m/$F; }

mutant
n=$(line_of "$M" '^ *lead: \[VP\]$')
sed -i "${n}s/\[VP\]/[VPX]/" "$M"
run_in "$TMP/m" check
expect_rc 1 "mutant: unknown unit in a lead"
expect_diag "$F:$n:$(col_of "$M" "$n" VPX)" lỗi unknown-unit "'VPX'"

mutant
n=$(line_of "$M" '^issued:')
sed -i "${n}s/.*/issued: \"2024-02-30\"/" "$M"
run_in "$TMP/m" check
expect_rc 1 "mutant: impossible issued date"
expect_diag "$F:$n:$(col_of "$M" "$n" '"2024')" lỗi invalid-date "'2024-02-30'"

mutant
id1=$(line_of "$M" '^ *- id: I\.1\.1$')
n=$(awk -v s="$id1" 'NR > s && /^ *timing:/ { print NR; exit }' "$M")
sed -i "${n}p" "$M"
run_in "$TMP/m" check
expect_rc 1 "mutant: a task with two timing keys"
expect_diag "$F:$((n + 1)):$(col_of "$M" $((n + 1)) timing)" lỗi duplicate-key "(đã có ở dòng $n)"

mutant
id2=$(line_of "$M" '^ *- id: I\.1\.2$')
sed -i "${id2}s/I\.1\.2/I.1.1/" "$M"
run_in "$TMP/m" check
expect_rc 1 "mutant: a repeated task id"
expect_diag "$F:$id2:$(col_of "$M" "$id2" I.1.1)" lỗi duplicate-id "(đã có ở dòng $id1)"

finish
