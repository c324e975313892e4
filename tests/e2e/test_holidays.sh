#!/usr/bin/env bash
# End-to-end: cchc holidays — the official 2024 calendar, JSON, cchc.yaml extras, bad years.
# Usage: bash test_holidays.sh <cchc-binary> <source-dir>
set -u
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
pass=0
fail=0
WORK=$TMP
cd "$WORK" || exit 1  # outside any repository: the shipped calendar alone

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

# cchc with its stdout cut: cchc_tail N ARGS…, cchc_grep PATTERN ARGS…; cchc's status kept.
cchc_tail() {
    local n=$1 out status
    shift
    out=$("$CCHC" "$@")
    status=$?
    printf '%s\n' "$out" | tail -n "$n"
    return $status
}
cchc_grep() {
    local pattern=$1 out status
    shift
    out=$("$CCHC" "$@")
    status=$?
    printf '%s\n' "$out" | grep -e "$pattern"
    return $status
}

# The 2024 calendar for công chức, viên chức: 1/1; Tết 8/2–14/2 (13, 14/2 nghỉ bù);
# Giỗ Tổ 18/4; 27/4–1/5 with Monday 29/4 swapped for Saturday 4/5; Quốc khánh 31/8–3/9.
expect "2024 table (vi)" 0 "$(cat <<'OUT'
ngày        thứ       loại           tên                                                          nguồn
----------  --------  -------------  -----------------------------------------------------------  -------
01/01/2024  Thứ Hai   nghỉ lễ        Tết Dương lịch                                               công bố
08/02/2024  Thứ Năm   nghỉ lễ        Tết Nguyên đán Giáp Thìn                                     công bố
09/02/2024  Thứ Sáu   nghỉ lễ        Tết Nguyên đán Giáp Thìn                                     công bố
10/02/2024  Thứ Bảy   nghỉ lễ        Tết Nguyên đán Giáp Thìn                                     công bố
11/02/2024  Chủ Nhật  nghỉ lễ        Tết Nguyên đán Giáp Thìn                                     công bố
12/02/2024  Thứ Hai   nghỉ lễ        Tết Nguyên đán Giáp Thìn                                     công bố
13/02/2024  Thứ Ba    nghỉ bù        Nghỉ bù Tết Nguyên đán Giáp Thìn                             công bố
14/02/2024  Thứ Tư    nghỉ bù        Nghỉ bù Tết Nguyên đán Giáp Thìn                             công bố
18/04/2024  Thứ Năm   nghỉ lễ        Giỗ Tổ Hùng Vương                                            công bố
29/04/2024  Thứ Hai   nghỉ hoán đổi  Nghỉ hoán đổi dịp Ngày Chiến thắng (làm bù ngày 04/05/2024)  công bố
30/04/2024  Thứ Ba    nghỉ lễ        Ngày Chiến thắng                                             công bố
01/05/2024  Thứ Tư    nghỉ lễ        Ngày Quốc tế Lao động                                        công bố
04/05/2024  Thứ Bảy   làm bù         Làm bù cho ngày 29/04/2024 (dịp Ngày Chiến thắng)            công bố
02/09/2024  Thứ Hai   nghỉ lễ        Quốc khánh                                                   công bố
03/09/2024  Thứ Ba    nghỉ lễ        Quốc khánh                                                   công bố

Các đợt nghỉ năm 2024 (kể cả thứ Bảy, Chủ Nhật liền kề):
  30/12/2023–01/01/2024: 3 ngày (Tết Dương lịch)
  08/02–14/02/2024: 7 ngày (Tết Nguyên đán Giáp Thìn)
  18/04/2024: 1 ngày (Giỗ Tổ Hùng Vương)
  27/04–01/05/2024: 5 ngày (Ngày Chiến thắng, Ngày Quốc tế Lao động)
  31/08–03/09/2024: 4 ngày (Quốc khánh)
Năm 2024: theo thông báo lịch nghỉ chính thức có sẵn trong cchc.
OUT
)" "$CCHC" holidays 2024

# JSON: valid, and the same days, kinds and breaks.
"$CCHC" holidays 2024 --format json >"$WORK/2024.json"
expect "json is valid" 0 "" python3 -m json.tool "$WORK/2024.json" /dev/null
expect "json content" 0 "$(cat <<'OUT'
announced
2024-01-01 monday holiday off
2024-02-08 thursday holiday off
2024-02-09 friday holiday off
2024-02-10 saturday holiday off
2024-02-11 sunday holiday off
2024-02-12 monday holiday off
2024-02-13 tuesday compensatory off
2024-02-14 wednesday compensatory off
2024-04-18 thursday holiday off
2024-04-29 monday swapped off
2024-04-30 tuesday holiday off
2024-05-01 wednesday holiday off
2024-05-04 saturday make_up work
2024-09-02 monday holiday off
2024-09-03 tuesday holiday off
break 2023-12-30 2024-01-01 3
break 2024-02-08 2024-02-14 7
break 2024-04-18 2024-04-18 1
break 2024-04-27 2024-05-01 5
break 2024-08-31 2024-09-03 4
OUT
)" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["year"] == 2024
print(d["source"])
for x in d["days"]:
    assert x["source"] == "announced" and x["name"] and x["name_en"]
    print(x["date"], x["weekday"], x["kind"], "off" if x["off"] else "work")
for b in d["breaks"]:
    print("break", b["first"], b["last"], b["days"])
'  "$WORK/2024.json"

# A year with no shipped announcement says so.
expect "2027 source line" 0 "Năm 2027: cchc chưa có thông báo chính thức, lịch tính theo quy tắc mặc định của luật (không có hoán đổi, làm bù); xem docs/holidays.md." \
    cchc_tail 1 holidays 2027
"$CCHC" holidays 2027 --format json >"$WORK/2027.json"
expect "2027 json source" 0 "statutory" python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["source"])' "$WORK/2027.json"

# English.
expect "2024 breaks (en)" 0 "$(cat <<'OUT'
Breaks in 2024 (adjacent Saturdays and Sundays included):
  30/12/2023–01/01/2024: 3 days (New Year's Day)
  08/02–14/02/2024: 7 days (Lunar New Year (Giáp Thìn))
  18/04/2024: 1 day (Hùng Kings' Commemoration Day)
  27/04–01/05/2024: 5 days (Reunification Day, International Labour Day)
  31/08–03/09/2024: 4 days (National Day)
2024: from the official announcement shipped with cchc.
OUT
)" cchc_tail 7 holidays 2024 --lang en

# A repository's cchc.yaml adds its own days (here illustrative, not a real notice).
mkdir -p "$WORK/repo/plans/x"
cat >"$WORK/repo/cchc.yaml" <<'YAML'
holidays:
  - {date: 2027-02-12, off: true,  name: "Nghỉ Tết Đinh Mùi (ví dụ)"}
  - {date: 2027-02-20, off: false, name: "Làm bù (ví dụ)"}
YAML
expect "settings days" 0 "$(cat <<'OUT'
12/02/2027  Thứ Sáu   nghỉ lễ  Nghỉ Tết Đinh Mùi (ví dụ)        cchc.yaml
20/02/2027  Thứ Bảy   làm bù   Làm bù (ví dụ)                   cchc.yaml
  05/02–14/02/2027: 10 ngày (Tết Nguyên đán Đinh Mùi, Nghỉ Tết Đinh Mùi (ví dụ))
Trong đó 2 ngày lấy từ cchc.yaml của kho kế hoạch.
OUT
)" cchc_grep 'cchc.yaml\|10 ngày' holidays 2027 --root "$WORK/repo"
# … also when run from inside the repository, without --root.
cd "$WORK/repo/plans/x" || exit 1
expect "settings from a subdirectory" 0 "Trong đó 2 ngày lấy từ cchc.yaml của kho kế hoạch." cchc_tail 1 holidays 2027
expect "settings json" 0 "2027-02-12 settings True
2027-02-20 settings False" python3 -c '
import json, subprocess, sys
d = json.loads(subprocess.run([sys.argv[1], "holidays", "2027", "--format", "json"], capture_output=True, check=True).stdout)
for x in d["days"]:
    if x["source"] == "settings": print(x["date"], x["source"], x["off"])
' "$CCHC"
cd "$WORK" || exit 1

# Bad years are usage errors (exit 2), with our own message.
for year in abc 1899 2200 2024x ""; do
    expect "year '$year'" 2 "" "$CCHC" holidays "$year"
done
if grep -q "năm không hợp lệ: '' (cần một số từ 1900 đến 2199)" "$WORK/stderr"; then
    pass=$((pass + 1))
else
    fail=$((fail + 1)); echo "FAIL: invalid-year message"; cat "$WORK/stderr"
fi
expect "no such root" 2 "" "$CCHC" holidays 2024 --root "$WORK/nonexistent"

echo "$pass passed, $fail failed"
[[ $fail == 0 ]]
