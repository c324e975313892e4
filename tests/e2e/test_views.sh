#!/usr/bin/env bash
# End-to-end tests of the views `cchc tasks` and `cchc units` on the fixture repository
# tests/e2e/fixtures/base (agency t/a: VP ⊃ BPMC, CNTT, group all = VP + CNTT; agency t/b: KT).
. "$(dirname "$0")/lib.sh" "$@"

R=$(repo views)
P=plans/t/a/2024-base.yaml
line_I1=$(line_of "$R/$P" '^ *- id: I\.1$')
[ -n "$line_I1" ]
check $? "fixture: task I.1 found"

# ids TASKS-ARGS…: the task ids `cchc tasks --format json ARGS…` lists, space-separated, sorted.
ids() {
    run_in "$R" tasks --format json "$@"
    IDS=$(printf '%s' "$OUT" | python3 -c 'import json,sys; print(" ".join(sorted(t["id"] for t in json.load(sys.stdin))))' 2>/dev/null)
}
expect_ids() {
    local want=$1
    shift
    ids "$@"
    [ "$RC" = 0 ] && [ "$IDS" = "$want" ]
    check $? "tasks $* lists '$want' (got '$IDS', exit $RC)"
}

# --- tasks: table ----------------------------------------------------------------------------
run_in "$R" tasks
expect_rc 0 "tasks"
header=$(printf '%s\n' "$OUT" | head -n 1)
row=$(printf '%s\n' "$OUT" | grep -E '^a +2024-base +I\.1 ')
# Two agencies (t/a, t/b) in the list: which agency's comes first, as in due.
[[ $header == "cơ quan "*" kế hoạch "*" id "*" STT "* ]]
check $? "tasks: the header names agency, plan, id and STT columns (got '$header')"
[ -n "$row" ]
check $? "tasks: a row for 2024-base I.1"
# Columns line up in characters, Vietnamese headers and cells included.
python3 - "$header" "$row" <<'EOF'
import sys
header, row = sys.argv[1], sys.argv[2]
assert row.index("I.1") == header.index(" id ") + 1, (header, row)
assert row.index(" 1 ") + 1 == header.index(" STT ") + 1, (header, row)
assert row.index("Rà soát") == header.index("nhiệm vụ"), (header, row)
EOF
check $? "tasks: cells start under their headers"
expect_out "Rà soát thủ tục hành chính"
expect_out "$P"
for id in I.2 I.3 I.4 bc-quy K.1; do
    printf '%s\n' "$OUT" | grep -qE "^[ab] +20[0-9]{2}-[a-z]+ +$id "
    check $? "tasks: row $id"
done
[ "$(printf '%s\n' "$OUT" | wc -l)" = 8 ]
check $? "tasks: header, rule and 6 rows"

run_in "$R" tasks --lang en
header=$(printf '%s\n' "$OUT" | head -n 1)
[[ $header == "agency "*" plan "*" id "*" STT "*" task "* ]]
check $? "tasks --lang en: English headers (got '$header')"
run_in "$R" tasks --agency t/a
header=$(printf '%s\n' "$OUT" | head -n 1)
[[ $header == "kế hoạch "*" id "*" STT "* ]]
check $? "tasks --agency: one agency, no agency column (got '$header')"

# --- tasks: JSON and CSV ---------------------------------------------------------------------
run_in "$R" tasks --format json
expect_rc 0 "tasks --format json"
expect_json
expect_py "assert isinstance(data, list) and len(data) == 6
for t in data:
    for k in ['plan', 'agency', 'id', 'stt', 'task', 'lead', 'support', 'timing', 'file', 'line']: assert k in t, (k, t)
t = [t for t in data if t['id'] == 'I.1'][0]
assert t['plan'] == 't/a/2024-base' and t['agency'] == 'a' and t['stt'] == '1', t
assert t['task'] == 'Rà soát thủ tục hành chính', t
assert t['lead'] == ['VP'] and t['support'] == ['CNTT'], t
assert t['file'] == '$P' and t['line'] == $line_I1, t" "tasks --format json: the fields of I.1"

run_in "$R" tasks --format csv
expect_rc 0 "tasks --format csv"
BOM=$'\xef\xbb\xbf' WJ=$'\xe2\x81\xa0'  # byte order mark; word joiner keeping the STT text in a spreadsheet
csv_vi=$(printf '%s\n' "$OUT" | head -n 1 | tr -d '\r')
[ "$csv_vi" = "${BOM}kế hoạch,id,STT,nhiệm vụ,chủ trì,phối hợp,thời gian,tệp,dòng,cơ quan" ]
check $? "tasks --format csv: BOM, then the Vietnamese header (got '$csv_vi')"
expect_out_line "t/a/2024-base,I.1,${WJ}1,Rà soát thủ tục hành chính,VP,CNTT,,$P,$line_I1,a"$'\r' "tasks --format csv: the I.1 row"
[ "$(printf '%s\n' "$OUT" | grep -c $'\r$')" = 7 ]
check $? "tasks --format csv: CRLF line ends, header and 6 rows"
run_in "$R" tasks --format csv --lang en
csv_en=$(printf '%s\n' "$OUT" | head -n 1 | tr -d '\r')
[ "$csv_en" = "${BOM}plan,id,stt,task,lead,support,timing,file,line,agency" ]
check $? "tasks --format csv --lang en: the JSON keys as header (got '$csv_en')"
printf '%s\n' "$OUT" | python3 -c 'import csv,sys; rows = list(csv.reader(sys.stdin)); assert len(rows) == 7 and all(len(r) == len(rows[0]) for r in rows), rows'
check $? "tasks --format csv: parses as CSV, every row as wide as the header"

# --- tasks: filters --------------------------------------------------------------------------
expect_ids "I.1 I.2 I.3 I.4 K.1 bc-quy"
expect_ids "I.1 I.2 I.3 I.4 bc-quy" --plan 2024-base
expect_ids "I.1 I.2 I.3 I.4 bc-quy" --plan t/a/2024-base
expect_ids "K.1" --plan 2023-khac
run_in "$R" tasks --plan nope
expect_rc 2 "tasks --plan of an unknown plan"
expect_err "không có kế hoạch 'nope'"

# VP: its own tasks, its sub-unit BPMC's (I.3), those of groups containing it (all: I.2).
expect_ids "I.1 I.2 I.3 bc-quy" --unit VP
expect_ids "I.1 I.2 I.3 bc-quy" --unit "van phong"
expect_ids "I.1 I.2 I.3 bc-quy" --unit "Văn phòng Sở"
expect_ids "I.1 I.2 I.3 bc-quy" --unit vp
expect_ids "I.3" --unit BPMC
expect_ids "I.1 I.2 I.4" --unit CNTT
expect_ids "I.1 I.2 I.3 I.4 bc-quy" --unit all
expect_ids "K.1" --unit KT
expect_ids "I.1 I.2 I.3 bc-quy" --unit VP --plan 2024-base
expect_ids "" --unit VP --plan 2023-khac
run_in "$R" tasks --unit VPP
expect_rc 2 "tasks --unit of an unknown unit"
expect_err "không có đơn vị 'VPP'; có phải ý bạn là VP (Văn phòng Sở)?"
run_in "$R" tasks --unit "Phòng Tài chính Kế hoạch Đầu tư"
expect_rc 2 "tasks --unit far from any unit"
expect_err "không có đơn vị 'Phòng Tài chính Kế hoạch Đầu tư'"
run_in "$R" tasks --format xml
expect_rc 2 "tasks --format xml"

# --- units -----------------------------------------------------------------------------------
run_in "$R" units
expect_rc 0 "units"
for code in VP BPMC CNTT SNV all KT; do
    printf '%s\n' "$OUT" | grep -qE "^t/[ab] +$code "
    check $? "units: row $code"
done
printf '%s\n' "$OUT" | grep -qE '^t/a +VP +Văn phòng Sở +Văn phòng$'
check $? "units: VP with its name and alias"
printf '%s\n' "$OUT" | grep -qE '^t/a +BPMC +Bộ phận Một cửa +VP$'
check $? "units: BPMC with its parent"
printf '%s\n' "$OUT" | grep -qE '^t/a +all +Các phòng, đơn vị thuộc Sở .*VP; CNTT$'
check $? "units: the group all with its members"

run_in "$R" units --agency t/b
expect_rc 0 "units --agency t/b"
expect_out "Phòng Kế toán"
expect_no_out "Văn phòng Sở" "units --agency t/b: only t/b"
run_in "$R" units --agency STN
expect_out "Văn phòng Sở"
expect_no_out "Phòng Kế toán" "units --agency STN (short name)"
run_in "$R" units --agency "so thu nghiem"
expect_no_out "Phòng Kế toán" "units --agency by name without diacritics"
expect_out "Văn phòng Sở"
run_in "$R" units --agency nope
expect_rc 2 "units --agency of an unknown agency"

run_in "$R" units --format json
expect_rc 0 "units --format json"
expect_json
expect_py "assert len(data) == 6, data
vp = [u for u in data if u['code'] == 'VP'][0]
assert vp == {'agency': 't/a', 'kind': 'unit', 'code': 'VP', 'name': 'Văn phòng Sở', 'aliases': ['Văn phòng'],
              'parent': '', 'external': False}, vp
assert [u for u in data if u['code'] == 'SNV'][0]['external'] is True
g = [u for u in data if u['code'] == 'all'][0]
assert g['kind'] == 'group' and g['members'] == ['VP', 'CNTT'], g" "units --format json: fields"
run_in "$R" units --format json --agency t/b
expect_py "assert [u['code'] for u in data] == ['KT'], data" "units --format json --agency t/b"

# --- views on a broken repository still list, with a note and exit status 1 ---------------------
R=$(repo views-broken check/unknown-key)
run_in "$R" tasks
expect_rc 1 "tasks on a repository with errors: listed, but exit status 1"
expect_err "cchc check"
expect_out "Rà soát thủ tục hành chính"
run_in "$R" units
expect_rc 1 "units on a repository with errors: listed, but exit status 1"
expect_out "Văn phòng Sở"

finish
