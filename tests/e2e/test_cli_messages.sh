#!/usr/bin/env bash
# Command-line errors and --help in the user's language: Vietnamese by default, English with
# --lang en (or lang: en in cchc.yaml), decided before parsing; "did you mean" for a
# mistyped command or option; `timing` and `report --month/--quarter` in Vietnamese forms.
. "$(dirname "$0")/lib.sh" "$@"

R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$R/"

# --- parse errors: exit 2, one "cchc: …" line and where help is; never CLI11's English ------
no_cli11_english() {
    ! printf '%s' "$ERR" | grep -qE 'is required|not expected|Run with|could not|Could not|not in \{|A subcommand'
    check $? "no CLI11 English in: $LAST"
}
run_in "$R"
expect_rc 2 "no command"
expect_err "cchc: cần một lệnh con: cchc <lệnh>, với <lệnh> là một trong: check, tasks"
expect_err "Xem 'cchc --help'."
no_cli11_english
run_in "$R" chek
expect_rc 2 "a mistyped command"
expect_err "cchc: không có lệnh 'chek'; có phải ý bạn là 'check'?"
no_cli11_english
run_in "$R" chek --lang en
expect_rc 2 "a mistyped command (en)"
expect_err "cchc: no command 'chek'; did you mean 'check'?"
expect_err "See 'cchc --help'."
run_in "$R" xyzzy
expect_err "không có lệnh 'xyzzy'; các lệnh: check, tasks"
run_in "$R" record stauts "x#1" xong
expect_rc 2 "a mistyped subcommand of record"
expect_err "không có lệnh 'stauts'; có phải ý bạn là 'status'?"
expect_err "Xem 'cchc record --help'."
run_in "$R" record
expect_err "cần một lệnh con: cchc record <lệnh>"
run_in "$R" due --unitt VP
expect_rc 2 "a mistyped option"
expect_err "không có tùy chọn '--unitt'; có phải ý bạn là '--unit'?"
expect_err "Xem 'cchc due --help'."
no_cli11_english
# The options every command has may come before it, as with git (-C DIR too).
run_in "$R" report --month 2024-11 --as-of 2024-11-29 --root .
after=$OUT
run_in "$R" --root . report --month 2024-11 --as-of 2024-11-29
expect_rc 0 "--root before the command"
[ "$OUT" = "$after" ]
check $? "--root before the command: the same report as after it"
run_in "$R" -C . --lang=en report --month 2024-11 --as-of 2024-11-29 --format json
expect_rc 0 "-C and --lang=en before the command"
expect_out '"period":{"kind":"month","key":"2024-11"'
# Another command's option before the command is not moved: said where it goes.
run_in "$R" --unit VP due
expect_rc 2 "a command's own option before the command"
no_cli11_english
run_in "$R" due --frmat=json --lang en
expect_err "no option '--frmat'; did you mean '--format'?"
run_in "$R" timing
expect_rc 2 "a missing argument"
expect_err "thiếu tham số bắt buộc <text>"
no_cli11_english
run_in "$R" record status --lang=en
expect_err "the argument <task> is required"
run_in "$R" due --lang xx
expect_rc 2 "a value not allowed"
expect_err "giá trị 'xx' không hợp lệ cho --lang; chọn một trong: vi, en"
no_cli11_english
run_in "$R" timing "Quý IV" --year 3000
expect_err "giá trị '3000' của --year nằm ngoài khoảng 1900 đến 2199"
run_in "$R" due --within abc
expect_err "giá trị không hợp lệ cho --within: 'abc'"
no_cli11_english
run_in "$R" due --root
expect_err "--root cần một giá trị"
run_in "$R" tasks thua
expect_err "thừa tham số: thua"
no_cli11_english
# lang: en in cchc.yaml is the default before parsing too; --lang vi overrides it.
printf 'lang: en\n' >"$R/cchc.yaml"
run_in "$R" chek
expect_err "no command 'chek'; did you mean 'check'?"
run_in "$R" chek --lang vi
expect_err "không có lệnh 'chek'"
run_in "$TMP" chek --root "$R"
expect_err "no command 'chek'" "cchc.yaml found through --root"
rm "$R/cchc.yaml"

# --- help: Vietnamese headings and descriptions; every option line differs in English --------
for cmd in "" check tasks units timing holidays record "record status" "record event" "record metric" due score report; do
    # shellcheck disable=SC2086
    run_in "$R" $cmd --help
    expect_rc 0 "cchc $cmd --help"
    expect_out "Cách dùng: cchc"
    vi_out=$OUT
    # shellcheck disable=SC2086
    run_in "$R" $cmd --help --lang en
    expect_out "Usage: cchc"
    en_out=$OUT
    # Lines that describe something ("  --x …  text"): the same line in both is untranslated.
    same=$(comm -12 <(printf '%s\n' "$vi_out" | grep -E '^  \S.*  +\S' | sort) \
                    <(printf '%s\n' "$en_out" | grep -E '^  \S.*  +\S' | sort))
    [ -z "$same" ]
    check $? "cchc $cmd --help: every description translated (untranslated: $same)"
    wide=$(printf '%s\n' "$vi_out" | while IFS= read -r l; do [ "$(printf '%s' "$l" | wc -m)" -gt 80 ] && printf '%s\n' "$l"; done)
    [ -z "$wide" ]
    check $? "cchc $cmd --help: lines fit 80 columns ($wide)"
done
run_in "$R" due --help
expect_out_line "  -C,--root CHUỖI             Thư mục gốc của kho kế hoạch (mặc định: tìm từ thư"
expect_out "Tùy chọn:"
run_in "$R" score --help
expect_out_line "  có nguy cơ        chưa đạt, hạn trong --within ngày tới"
expect_out_line "  chưa có số liệu   chưa ghi giá trị (cchc record metric), hoặc thiếu mốc"
run_in "$R" score --help --lang en
expect_out_line "  at risk                not met, its deadline within the next --within days"
run_in "$R" record status --help
expect_out "Tham số:"
expect_out "task CHUỖI (bắt buộc)"

# --- timing: every line in the chosen language ------------------------------------------------
run_in "$R" timing "Trước ngày 20/12/2024" --year 2024
expect_rc 0 "timing"
expect_out_line "Mô tả: trước ngày 20/12/2024 (hạn cuối 19/12/2024)"
expect_no_out "last day"
run_in "$R" timing "Quý IV" --year 2024
expect_out_line "Mô tả: trong quý IV/2024 (01/10/2024 – 31/12/2024)"
run_in "$R" timing "Trước ngày 20/12/2024" --year 2024 --lang en
expect_out_line "Description: before 2024-12-20 (last day 2024-12-19)"
run_in "$R" timing "Hằng tháng, trước ngày 5" --year 2024
expect_rc 1 "timing not understood"
expect_err "thừa chữ không hiểu được: ', trước ngày 5'"
expect_no_err "unexpected"
run_in "$R" timing "32/13/2024" --year 2024 --lang en
expect_err "invalid date '32/13/2024'"

# --- report --month / --quarter in Vietnamese forms ----------------------------------------------
for m in 11/2024 2024-11 "tháng 11/2024"; do
    run_in "$R" report --month "$m" --as-of 2024-11-29 --format json
    expect_rc 0 "report --month '$m'"
    expect_out '"period":{"kind":"month","key":"2024-11"'
done
for q in Q4/2024 2024-Q4 "quý 4/2024" "quý IV/2024" "Quy iv/2024"; do
    run_in "$R" report --quarter "$q" --as-of 2024-12-31 --format json
    expect_rc 0 "report --quarter '$q'"
    expect_out '"period":{"kind":"quarter","key":"2024-Q4"'
done
run_in "$R" report --month 13/2024
expect_rc 2 "a month that does not exist"
expect_err "--month '13/2024' không hợp lệ: cần dạng 11/2024, 2024-11"
run_in "$R" report --quarter "quý V/2024" --lang en
expect_rc 2 "a quarter that does not exist"
expect_err "invalid --quarter 'quý V/2024'"

finish
