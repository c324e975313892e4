#!/usr/bin/env bash
# End-to-end: cchc timing — how a timing text is read, occurrences, event deadlines, errors.
# Usage: bash test_timing_cli.sh <cchc-binary> <source-dir>
set -u
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
pass=0
fail=0
WORK=$TMP
cd "$WORK" || exit 1

# expect NAME EXPECTED_STATUS EXPECTED_STDOUT COMMAND…: runs COMMAND, compares status and stdout.
expect() {
    local name=$1 want_status=$2 want_out=$3
    shift 3
    local out status
    out=$("$@" 2>"$WORK/stderr")
    status=$?
    if [[ $status == "$want_status" && $out == "$want_out" ]]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name (status $status, want $want_status)"
        diff <(printf '%s\n' "$want_out") <(printf '%s\n' "$out") | head -40
        cat "$WORK/stderr"
    fi
}

# cchc with only the lines matching PATTERN kept; cchc's status kept.
cchc_grep() {
    local pattern=$1 out status
    shift
    out=$("$CCHC" "$@")
    status=$?
    printf '%s\n' "$out" | grep -e "$pattern"
    return $status
}

# Fields of cchc's JSON output, after checking it is valid JSON: EXPR is python on `d` giving a
# value, a tuple (printed space-separated) or a list of those (one a line).
json_field() {
    local expr=$1
    shift
    "$CCHC" "$@" >"$WORK/out.json"
    local status=$?
    python3 -m json.tool "$WORK/out.json" >/dev/null || return 99
    python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
r = $expr
for row in r if isinstance(r, list) else [r]:
    print(*(row if isinstance(row, tuple) else (row,)))
" "$WORK/out.json" || return 98
    return $status
}

# "Trước ngày 20/12/2024": the last day is the day before.
expect "before_date" 0 "$(cat <<'OUT'
Cách ghi: Trước ngày 20/12/2024
Năm kế hoạch: 2024
Cách hiểu: trước ngày (hạn cuối là hôm trước) [before_date]
Mô tả: trước ngày 20/12/2024 (hạn cuối 19/12/2024)
Các hạn (1):
  hạn cuối 19/12/2024 (Thứ Năm)
OUT
)" "$CCHC" timing "Trước ngày 20/12/2024" --year 2024
expect "before_date, default year" 0 "  hạn cuối 19/12/2024 (Thứ Năm)" cchc_grep "^  hạn cuối" timing "Trước ngày 20/12/2024"

expect "quarter" 0 "$(cat <<'OUT'
Cách hiểu: trong quý [within]
  từ 01/07/2024 đến hết 30/09/2024 (Thứ Hai)
OUT
)" cchc_grep "Cách hiểu\|đến hết" timing "Quý III năm 2024"

# Reporting every quarter, before the 14th of the quarter's last month.
expect "recurring" 0 "$(cat <<'OUT'
Cách ghi: Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)
Năm kế hoạch: 2024
Cách hiểu: định kỳ hằng quý, ngày 14 tháng cuối kỳ, trước ngày [recurring]
Mô tả: định kỳ hằng quý, ngày 14 tháng cuối kỳ, trước ngày đó
Các hạn (4):
  2024-Q1: từ 01/01/2024 đến hết 13/03/2024 (Thứ Tư)
  2024-Q2: từ 01/04/2024 đến hết 13/06/2024 (Thứ Năm)
  2024-Q3: từ 01/07/2024 đến hết 13/09/2024 (Thứ Sáu)
  2024-Q4: từ 01/10/2024 đến hết 13/12/2024 (Thứ Sáu)
OUT
)" "$CCHC" timing "Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)" --year 2024

expect "no diacritics" 0 "  hạn cuối 09/12/2024 (Thứ Hai)" cchc_grep "^  hạn cuối" timing "truoc ngay 10 thang 12 nam 2024"

expect "milestones keep their labels" 0 "$(cat <<'OUT'
Cách hiểu: nhiều mốc, mỗi mốc một hạn [milestones]
  Xây dựng dự thảo: hạn cuối 14/06/2024 (Thứ Sáu)
  Trình ký: hạn cuối 30/06/2024 (Chủ Nhật)
OUT
)" cchc_grep "Cách hiểu\|^  .*hạn cuối" timing "- Xây dựng dự thảo: trước ngày 15/6/2024; - Trình ký: chậm nhất ngày 30/6/2024" --year 2024

# Working days from Friday 26/4/2024: 27/4–1/5 are off (29/4 swapped), Thu 2/5 is day 1,
# Fri 3/5 day 2, make-up Saturday 4/5 day 3.
expect "within 3 working days" 0 "$(cat <<'OUT'
Cách ghi: Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định
Năm kế hoạch: 2024
Cách hiểu: trong 3 ngày làm việc kể từ sự kiện [after_event]
Mô tả: trong 3 ngày làm việc kể từ "ngày có Quyết định"
Sự kiện: ngày có Quyết định
Các hạn: không có ngày cụ thể
Sự kiện ngày 26/04/2024 (Thứ Sáu) → hạn cuối 04/05/2024 (Thứ Bảy, làm bù)
OUT
)" "$CCHC" timing "Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định" --event-date 2024-04-26 --year 2024
expect "within 3 working days, json" 0 "2024-05-04" \
    json_field 'd["event_deadline"]' timing "Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định" --event-date 26/04/2024 --format json

# Calendar days (Bộ luật Dân sự, Điều 147–148): day 30 after 1/3/2024 is Sunday 31/3 → Monday 1/4.
expect "within 30 days" 0 "Sự kiện ngày 01/03/2024 (Thứ Sáu) → hạn cuối 01/04/2024 (Thứ Hai)" \
    cchc_grep "→" timing "Trong thời hạn 30 ngày kể từ ngày có Quyết định" --event-date 2024-03-01
expect "within 30 days (en)" 0 "$(cat <<'OUT'
Reading: within 30 days of the event (calendar days, Civil Code) [after_event]
Event on 01/03/2024 (Friday) → last day 01/04/2024 (Monday)
OUT
)" cchc_grep "Reading\|→" timing "Trong thời hạn 30 ngày kể từ ngày có Quyết định" --event-date 2024-03-01 --lang en
expect "within 30 days without an event date" 0 "Hạn tính từ ngày của sự kiện: thêm --event-date YYYY-MM-DD để tính" \
    cchc_grep "event-date" timing "Trong thời hạn 30 ngày kể từ ngày có Quyết định"
expect "no period after the event" 0 "--event-date: cách ghi này không nêu số ngày kể từ sự kiện, không tính được hạn" \
    cchc_grep "event-date" timing "Sau khi có Quyết định" --event-date 2024-03-01
expect "no period, json" 0 "False" json_field '"event_deadline" in d' timing "Sau khi có Quyết định" --event-date 2024-03-01 --format json
# "Sau khi … (dự kiến quý II/2024)": an event within the expected period keeps its end; one
# later than expected (15/08) gets 30 days from it (Saturday 14/09 → Monday 16/09), assumed.
EXP="Sau khi các Chỉ số được công bố (dự kiến trong quý II/2024)"
expect "expected, event in time" 0 "Sự kiện ngày 20/05/2024 (Thứ Hai) → hạn cuối 30/06/2024 (Chủ Nhật) (hết kỳ dự kiến)" \
    cchc_grep "→" timing "$EXP" --event-date 2024-05-20 --year 2024
expect "expected, event later: assumed" 0 \
    "Sự kiện ngày 15/08/2024 (Thứ Năm), muộn hơn kỳ dự kiến → hạn giả định 16/09/2024 (Thứ Hai) (30 ngày kể từ sự kiện; after_event_within trong cchc.yaml)" \
    cchc_grep "→" timing "$EXP" --event-date 2024-08-15 --year 2024
expect "expected, event later: assumed (en)" 0 \
    "Event on 15/08/2024 (Thursday), later than expected → assumed last day 16/09/2024 (Monday) (30 days from the event; after_event_within in cchc.yaml)" \
    cchc_grep "→" timing "$EXP" --event-date 2024-08-15 --year 2024 --lang en
expect "expected, event later: json" 0 "2024-09-16 True" \
    json_field 'd["event_deadline"], d["event_deadline_assumed"]' timing "$EXP" --event-date 2024-08-15 --year 2024 --format json
expect "expected, event in time: json" 0 "2024-06-30 False" \
    json_field 'd["event_deadline"], d["event_deadline_assumed"]' timing "$EXP" --event-date 2024-05-20 --year 2024 --format json

# JSON of a recurring reading.
expect "json occurrences" 0 "recurring 2024-Q1 2024-01-01 2024-03-13 None
recurring 2024-Q2 2024-04-01 2024-06-13 None
recurring 2024-Q3 2024-07-01 2024-09-13 None
recurring 2024-Q4 2024-10-01 2024-12-13 None" \
    json_field '[(d["kind"], o["key"], o["start"], o["last_day"], o["label"]) for o in d["occurrences"]]' \
    timing "Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)" --year 2024 --format json
expect "json before_date" 0 "2024 before_date before 2024-12-20 (last day 2024-12-19) 2024-12-19 None" \
    json_field '(d["year"], d["kind"], d["description"], d["occurrences"][0]["last_day"], d["occurrences"][0]["start"])' \
    timing "Trước ngày 20/12/2024" --year 2024 --format json
# The reading as machine dates, for every kind.
R='(d["reading"]["kind"], d["reading"].get("start"), d["reading"].get("last_day"))'
expect "json reading: from carries its start" 0 "from 2024-01-01 None" \
    json_field "$R" timing "Từ Quý I/2024" --year 2024 --format json
expect "json reading: a month range" 0 "within 2024-03-01 2024-05-31" \
    json_field "$R" timing "Tháng 3 – 5/2024" --year 2024 --format json
expect "json reading: a quarter range" 0 "within 2024-04-01 2024-09-30 2024-Q2 2024-Q3" \
    json_field '(*'"$R"', d["reading"]["period"]["key"], d["reading"]["until"]["key"])' timing "Quý II–III" --year 2024 --format json
expect "json reading: Đến ngày" 0 "on_date None 2024-12-15" \
    json_field "$R" timing "Đến ngày 15/12/2024" --year 2024 --format json
expect "json reading: Cuối năm" 0 "on_date None 2024-12-31" \
    json_field "$R" timing "Cuối năm 2024" --year 2024 --format json
expect "json reading: ongoing has its span" 0 "ongoing 2024-01-01 2024-12-31" \
    json_field '(d["reading"]["kind"], d["reading"]["start"], d["reading"]["end"])' timing "Thường xuyên" --year 2024 --format json
expect "json reading: recurring has its range" 0 "recurring quarter 14 True 2024-01-01 2024-12-31" \
    json_field '(d["reading"]["kind"], d["reading"]["every"], d["reading"]["day"], d["reading"]["before"], d["reading"]["start"], d["reading"]["end"])' \
    timing "Theo quy định (Trước ngày 14 của tháng cuối kỳ báo cáo)" --year 2024 --format json
expect "json reading: after an event" 0 "after_event 30 False None" \
    json_field '(d["reading"]["kind"], d["reading"]["within_days"], d["reading"]["working"], d["reading"].get("expected"))' \
    timing "Trong thời hạn 30 ngày kể từ ngày có Quyết định" --year 2024 --format json
expect "json reading: parts" 0 "dates within within" \
    json_field '(d["reading"]["kind"], *[p["kind"] for p in d["reading"]["parts"]])' timing "Tháng 6, Tháng 12" --year 2024 --format json
expect "json reading: null when not understood" 1 "None" \
    json_field 'd["reading"]' timing "abc" --year 2024 --format json
expect "json default year is this year in Vietnam" 0 "True" \
    json_field 'd["year"] == __import__("datetime").datetime.now(__import__("datetime").timezone(__import__("datetime").timedelta(hours=7))).year' \
    timing "Trước ngày 20/12/2024" --format json

# Text cchc does not understand: an error, never a guess (exit 1).
expect "not understood" 1 "" "$CCHC" timing "abc"
cp "$WORK/stderr" "$WORK/abc.stderr"
expect "not understood: message" 0 "cchc không hiểu cách ghi thời hạn 'abc' và sẽ không đoán; hãy viết lại theo mẫu (docs/format.md): không khớp cách ghi thời hạn nào" \
    cat "$WORK/abc.stderr"
expect "not understood, json" 1 "no timing form recognised None []" json_field '(d["error"], d["kind"], d["occurrences"])' timing "abc" --format json

# A day off declared in the repository's cchc.yaml counts for working days too:
# with Thu 2/5/2024 off, 3 working days after Fri 26/4 are 3/5, Sat 4/5 (make-up), Mon 6/5.
mkdir -p "$WORK/repo/plans"
printf 'holidays:\n  - { date: 2024-05-02, off: true, name: "Nghỉ thêm" }\n' > "$WORK/repo/cchc.yaml"
expect "cchc.yaml holidays count" 0 "2024-05-06" \
    json_field 'd["event_deadline"]' \
    timing "Trong thời hạn 03 ngày làm việc kể từ ngày có Quyết định" --event-date 2024-04-26 --year 2024 --root "$WORK/repo" --format json
# after_event_within in cchc.yaml: 10 days from 15/08 is Sunday 25/08 → Monday 26/08;
# "expected": the quarter's 91 days → Thursday 14/11; anything else is refused by check.
printf 'after_event_within: 10\n' > "$WORK/repo/cchc.yaml"
expect "after_event_within: 10" 0 "2024-08-26 True" \
    json_field 'd["event_deadline"], d["event_deadline_assumed"]' timing "$EXP" --event-date 2024-08-15 --year 2024 --root "$WORK/repo" --format json
printf 'after_event_within: expected\n' > "$WORK/repo/cchc.yaml"
expect "after_event_within: expected" 0 "2024-11-14 True" \
    json_field 'd["event_deadline"], d["event_deadline_assumed"]' timing "$EXP" --event-date 2024-08-15 --year 2024 --root "$WORK/repo" --format json
printf 'after_event_within: 0\n' > "$WORK/repo/cchc.yaml"
expect "after_event_within: 0 is an error" 1 "1" \
    bash -c '"$0" check --root "$1" 2>&1 | grep -c "after_event_within.*invalid-value"; exit "${PIPESTATUS[0]}"' "$CCHC" "$WORK/repo"
printf 'holidays:\n  - { date: 2024-05-02, off: true, name: "Nghỉ thêm" }\n' > "$WORK/repo/cchc.yaml"

# Weekly duties on the week's last working day: Friday 2/5/2025 is off (as are 30/4 and 1/5):
# Tuesday 29/4; the Tết week 27/1–31/1/2025 has none: Monday 3/2.
expect "weekly, Friday off" 0 "  2025-W18: từ 28/04/2025 đến hết 29/04/2025 (Thứ Ba)" \
    cchc_grep "2025-W18" timing "Định kỳ hàng tuần" --year 2025
expect "weekly, Tết week" 0 "  2025-W05: từ 27/01/2025 đến hết 03/02/2025 (Thứ Hai)" \
    cchc_grep "2025-W05" timing "Định kỳ hàng tuần" --year 2025
expect "weekly, json" 0 "2025-05-09" \
    json_field '[o["last_day"] for o in d["occurrences"] if o["key"] == "2025-W19"][0]' timing "Định kỳ hàng tuần" --year 2025 --format json

# Usage errors: exit 2, never CLI11's own codes.
expect "bad event date" 2 "" "$CCHC" timing "Trước ngày 20/12/2024" --event-date 2024-13-01
expect "bad year" 2 "" "$CCHC" timing "Trước ngày 20/12/2024" --year 3000
expect "bad format" 2 "" "$CCHC" timing "Trước ngày 20/12/2024" --format xml
expect "no text" 2 "" "$CCHC" timing

echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
