#!/usr/bin/env bash
# End-to-end tests of `cchc due`. CTest runs: bash test_due.sh <cchc-binary> <source-dir>
# (with NO_COLOR=1). Prints one line per check and, last, exactly "N passed, M failed".
#
# Goldens (tests/e2e/golden/due_*) are outputs on the shipped plans at fixed dates, each
# read line by line against the plans before it was frozen. To regenerate after an
# intended change, then READ `git diff tests/e2e/golden` before committing:
#   UPDATE_GOLDEN=1 bash tests/e2e/test_due.sh build/cchc .
set -u
[ $# -eq 2 ] || { echo "usage: $0 <cchc-binary> <source-dir>" >&2; exit 2; }
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
BIN=$CCHC
GOLDEN=$SRC/tests/e2e/golden
FIX=$SRC/tests/e2e/fixtures/due
cd "$TMP" || exit 2
pass=0 fail=0

ok() { pass=$((pass + 1)); echo "ok   $1"; }
ko() {
    fail=$((fail + 1)); echo "FAIL $1"
    if [ $# -gt 1 ]; then printf '%s\n' "$2" | head -40 | sed 's/^/     /'; fi
}
# check NAME CMD...: passes when CMD succeeds; its output is shown on failure.
check() { local name=$1 out; shift; if out=$("$@" 2>&1); then ok "$name"; else ko "$name" "$out"; fi; }
# expect_exit NAME CODE CMD...: CMD must exit with CODE.
expect_exit() {
    local name=$1 want=$2 got; shift 2
    "$@" >"$TMP/out" 2>"$TMP/err"; got=$?
    if [ "$got" -eq "$want" ]; then ok "$name"
    else ko "$name: exit $got, expected $want" "$(cat "$TMP/err" "$TMP/out" | head -3 | cut -c1-120)"; fi
}
due() { "$BIN" due --root "$SRC" "$@"; }
py() { python3 - "$@"; }  # python code on stdin

# --- (1) goldens on the shipped plans --------------------------------------------------
golden() {
    local name=$1 file=$2 rc; shift 2
    "$BIN" due --root "${GROOT:-$SRC}" "$@" >"$TMP/$file" 2>"$TMP/$file.err"; rc=$?
    if [ $rc -ne 0 ] || [ -s "$TMP/$file.err" ]; then ko "$name: exit $rc" "$(cat "$TMP/$file.err")"; return; fi
    if same_as_golden "$file" "$TMP/$file"; then ok "$name"; else ko "$name: $GOLDEN_WHY" "$GOLDEN_DIFF"; fi
}
golden "golden: --unit VP --as-of 2024-11-25" due_vp_2024-11-25.txt --unit VP --as-of 2024-11-25
golden "golden: --unit VP --as-of 2024-11-25 --format json" due_vp_2024-11-25.json --unit VP --as-of 2024-11-25 --format json
golden "golden: --unit VP --as-of 2024-11-25 --format md" due_vp_2024-11-25.md --unit VP --as-of 2024-11-25 --format md
# One agency's Office (issue 9): the 2022 and 2023 plans have ended and stay out.
golden "golden: --agency stttt --unit VP --as-of 2024-11-25" due_stttt_vp_2024-11-25.txt --agency stttt --unit VP --as-of 2024-11-25
golden "golden: --plan 2024-khac-phuc-par-sipas --as-of 2024-06-01 --all" due_khac-phuc_2024-06-01_all.txt \
    --plan khanh-hoa/stttt/2024-khac-phuc-par-sipas --as-of 2024-06-01 --all
# Year end (issue 17): SNV with its two December events recorded (QĐ công bố TTHC 02/12,
# a change of staff records 30/12). On 31/12 and on 02/01 the same open work is listed; on
# 02/01 under the ended plan, B.III.2 due 02/01/2025 and B.V.6 due 06/01/2025 among it.
YE=$TMP/yearend
mkdir -p "$YE" && cp -R "$SRC/plans" "$YE/"
printf '%s\n' '- { date: "2024-12-02", event: 2024-nang-cao-sipas-par#qd-cong-bo-tthc }' \
    '- { date: "2024-12-30", event: 2024-nang-cao-sipas-par#thay-doi-thong-tin-ccvc }' \
    >>"$YE/plans/khanh-hoa/snv/journal/2024.yaml"
GROOT=$YE golden "golden: year end, --agency snv --unit VP --as-of 2024-12-31" due_snv_vp_2024-12-31.txt \
    --agency snv --unit VP --as-of 2024-12-31
GROOT=$YE golden "golden: year end, --agency snv --unit VP --as-of 2025-01-02" due_snv_vp_2025-01-02.txt \
    --agency snv --unit VP --as-of 2025-01-02
"$BIN" due --root "$YE" --agency snv --unit VP --as-of 2024-12-31 --format json >"$TMP/ye1.json" 2>/dev/null
"$BIN" due --root "$YE" --agency snv --unit VP --as-of 2025-01-02 --format json >"$TMP/ye2.json" 2>/dev/null
check "year end: what was open on 31/12 is still listed on 02/01, under the ended plan" py "$TMP/ye1.json" "$TMP/ye2.json" <<'EOF'
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:])
key = lambda i: (i["id"], i["occurrence"])
due_ = lambda d: {key(i): i["due"] for i in d["items"]}
assert due_(b)[("B.III.2", "2024-12-02")] == "2025-01-02", due_(b)
assert due_(b)[("B.V.6", "2024-12-30")] == "2025-01-06", due_(b)
assert all(i["plan_ended"] for i in b["items"]) and not any(i["plan_ended"] for i in a["items"])
assert b["ended"] == ["khanh-hoa/snv/2024-nang-cao-sipas-par"], b["ended"]
# Every item open on 31/12 is still there on 02/01, but the "Thường xuyên trong năm 2024"
# duties and the year-long activities ("Trong năm 2024", nothing handed in), now over:
# counted, not listed.
# (A month due 31/12 is overdue on 02/01: one line from the first missed, in its `missed`.)
short = lambda i, k: (i["id"], k.split("/")[-1])
listed = lambda d: {short(i, i["occurrence"]) for i in d["items"]} | {short(i, m) for i in d["items"] for m in i["missed"]}
gone = {(i["id"], i["occurrence"]) for i in a["items"] if short(i, i["occurrence"]) not in listed(b)}
lapsed = {key(i) for i in a["items"] if i["group"] == "ongoing" and ("Thường xuyên" in i["timing"] or i["year_long"])}
assert gone <= lapsed, gone - lapsed
assert b["ongoing_ended"] >= len(lapsed) > 0, (b["ongoing_ended"], len(lapsed))
EOF
"$BIN" record close --root "$YE" 2024-nang-cao-sipas-par --date 2025-01-02 --note "Đã báo cáo năm 2024" >/dev/null 2>&1
"$BIN" due --root "$YE" --agency snv --unit VP --as-of 2025-01-03 --format json >"$TMP/ye3.json" 2>/dev/null
check "year end: after record close, nothing of the plan is listed" py "$TMP/ye3.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["items"] == [] and d["ended"] == [], d
assert d["left_out"] == ["khanh-hoa/snv/2024-nang-cao-sipas-par"], d["left_out"]
EOF

# SNV B.II.1 "Các báo cáo đột xuất theo thời gian yêu cầu": listed without a date of its own
# while the task's dated reports are open (not dropped), never overdue, never counted done.
for AT in 2024-11-25 2024-12-10; do
    due --agency snv --unit VP --all --as-of $AT --format json >"$TMP/adhoc.json" 2>/dev/null
    check "on request: B.II.1's ad-hoc reports under no_date at $AT" py "$TMP/adhoc.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
adhoc = [i for i in d["items"] if i["id"] == "B.II.1" and i["label"] == "Các báo cáo đột xuất"]
assert len(adhoc) == 1, adhoc
assert adhoc[0]["group"] == "no_date" and adhoc[0]["due"] is None, adhoc[0]
EOF
    due --agency snv --unit VP --all --as-of $AT >"$TMP/adhoc.txt" 2>/dev/null
    check "on request: text --all at $AT lists the ad-hoc reports" \
        grep -q "B.II.1 .*Các báo cáo đột xuất — Thực hiện chế độ báo cáo" "$TMP/adhoc.txt"
done

# --- (2) JSON: valid, with the documented fields ---------------------------------------
due --unit VP --as-of 2024-11-25 --format json >"$TMP/vp.json" 2>/dev/null
due --unit VP --as-of 2024-11-25 >"$TMP/vp.txt" 2>/dev/null
check "json: python3 -m json.tool accepts it" python3 -m json.tool "$TMP/vp.json" /dev/null
cat >"$TMP/fields.py" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1])); src = sys.argv[2]
for k in ["as_of", "window", "items", "timeliness", "done", "cancelled"]: assert k in d, k
assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["as_of"]) and isinstance(d["window"], int)
assert set(d["timeliness"]) == {"total", "by_unit"}, d["timeliness"].keys()
for t in [d["timeliness"]["total"], *d["timeliness"]["by_unit"].values()]:
    assert set(t) == {"early", "on_time", "late", "extended"}, t
order = ["overdue", "due_soon", "awaiting", "waiting", "ongoing", "no_date", "later"]
last = 0
for i in d["items"]:
    for k in ["plan", "id", "stt", "task", "lead", "support", "role", "due", "days", "group", "status",
              "occurrence", "missed", "file", "line"]:
        assert k in i, (k, i["id"])
    assert isinstance(i["lead"], list) and i["lead"] and isinstance(i["support"], list) and isinstance(i["missed"], list)
    assert i["due"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", i["due"]), i["due"]
    assert (i["due"] is None) == (i["days"] is None), i["id"]
    g = order.index(i["group"]); assert g >= last, ("order", i["id"]); last = g
    w = d["window"]
    if i["group"] == "overdue": assert i["days"] < 0, i["id"]
    if i["group"] == "due_soon": assert 0 <= i["days"] <= w, i["id"]
    if i["group"] == "awaiting": assert i["role"] == "recipient" and i["days"] <= w and i["from"], i["id"]
    if i["group"] == "later": assert i["days"] is None or i["days"] > w, i["id"]
    if i["group"] in ("ongoing", "no_date"): assert i["due"] is None, i["id"]
    assert i["status"] in ("planned", "in_progress", "done", "extended", "blocked", "cancelled")
    assert i["role"] in ("lead", "support", "recipient", ""), i["role"]
    assert open(src + "/" + i["file"]).read().count("\n") >= i["line"] > 0, (i["file"], i["line"])
EOF
check "json: fields, types, group order and day ranges" python3 "$TMP/fields.py" "$TMP/vp.json" "$SRC"
check "json: lists later items without --all; counts agree with the table" py "$TMP/vp.json" "$TMP/vp.txt" <<'EOF'
import json, re, sys
d = json.load(open(sys.argv[1])); txt = open(sys.argv[2]).read()
n = lambda g: sum(1 for i in d["items"] if i["group"] == g)
assert n("later") > 0
for title, g in [("Quá hạn", "overdue"), ("Đến hạn trong 30 ngày tới", "due_soon"), ("Chờ đơn vị báo cáo", "awaiting"),
                 ("Chờ sự kiện", "waiting"),
                 ("Thường xuyên, đang diễn ra", "ongoing"), ("Chưa đến hạn (sau 30 ngày)", "later")]:
    m = re.search(re.escape(title) + r" \((\d+)\)\n", txt); assert m and int(m.group(1)) == n(g), (title, n(g))
assert f"Đã hoàn thành: {d['done']} · đã hủy: {d['cancelled']}" in txt
EOF

check "internal deadlines: what VP receives at 25/11/2024, from whom and by when" py "$TMP/vp.json" <<'EOF'
import json, sys
items = json.load(open(sys.argv[1]))["items"]
def find(plan, tid, milestone):
    got = [i for i in items if i["plan"].endswith(plan) and i["id"] == tid and i["milestone"] == milestone]
    assert len(got) >= 1, (plan, tid, milestone); return got[0]
# 004 B.I.1 / B.I.3: the units report to VP before 05/12/2024 (last day 04/12); VP then reports by 13/12.
for tid in ("B.I.1", "B.I.3"):
    i = find("2024-nang-cao-sipas-par", tid, "bc-vp")
    assert (i["group"], i["role"], i["due"], i["from"]) == ("awaiting", "recipient", "2024-12-04", ["TCBC-CCVC", "TTr"]), i  # all but VP, by name
    i = find("2024-nang-cao-sipas-par", tid, "bc-gd")
    assert (i["role"], i["due"]) == ("lead", "2024-12-13"), i
    assert not [x for x in items if x["id"] == tid and x["milestone"] == ""], tid  # VP does not report to itself
# B.III.11: units by the 12th, VP by the 14th of the quarter's last month; B.VI.4 by 15/12.
q4 = [i for i in items if i["id"] == "B.III.11" and i["occurrence"] == "gui-vp/2024-Q4"]
assert [(i["group"], i["due"], i["role"]) for i in q4] == [("awaiting", "2024-12-12", "recipient")], q4
by_occ = {(i["id"], i["occurrence"]): i for i in items}
assert by_occ[("B.III.11", "tham-muu/2024-Q4")]["due"] == "2024-12-14"
assert find("2024-nang-cao-sipas-par", "B.VI.4", "giai-ngan")["due"] == "2024-12-15"
# B.I.5 weekly, B.I.7 monthly: VP's own recurring duties.
assert find("2024-nang-cao-sipas-par", "B.I.5", "tuan")["role"] == "lead"
assert by_occ[("B.I.7", "thang/2024-11")]["due"] == "2024-11-30"
# "các đơn vị báo cáo về Văn phòng": VP receives, never leads.
for i in items:
    if i["id"] in ("bc-dinh-ky", "bc-don-vi", "bc-vp") and i["milestone"] == "": assert i["role"] == "recipient", i
EOF
due --unit VP --as-of 2022-05-01 --plan 2022-nang-cao-hai-long-par --format json >"$TMP/vp22.json" 2>/dev/null
check "internal deadlines: 003 II.1.8, the rooms' reports to VP by 24/05 and 19/11/2022" py "$TMP/vp22.json" <<'EOF'
import json, sys
items = [i for i in json.load(open(sys.argv[1]))["items"] if i["id"] == "II.1.8"]
got = sorted((i["milestone"], i["role"], i["due"], i["group"]) for i in items)
assert ("bc-6-thang", "recipient", "2022-05-24", "awaiting") in got, got
assert ("", "lead", "2022-06-30", "later") in got, got  # VP's own report (Tháng 6, Tháng 12)
EOF
due --unit DKKD --as-of 2022-11-01 --plan 2022-nang-cao-hai-long-par --format json >"$TMP/dkkd22.json" 2>/dev/null
check "internal deadlines: the room itself leads its report to VP, not the task" py "$TMP/dkkd22.json" <<'EOF'
import json, sys
items = [i for i in json.load(open(sys.argv[1]))["items"] if i["id"] == "II.1.8"]
got = sorted((i["milestone"], i["role"], i["due"]) for i in items)
assert got == [("bc-6-thang", "lead", "2022-05-24"), ("bc-nam", "lead", "2022-11-19")], got
EOF

# --- (3) iCalendar ------------------------------------------------------------------------
PYICS=
for p in python3 /usr/bin/python3; do
    if "$p" -c "import icalendar" 2>/dev/null; then PYICS=$p; break; fi
done
cat >"$TMP/ics.py" <<'EOF'
import datetime, json, sys
from icalendar import Calendar
data = open(sys.argv[1], "rb").read(); items = json.load(open(sys.argv[2]))["items"]
assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
for line in data.split(b"\r\n"): assert len(line) <= 75, line
events = Calendar.from_ical(data).walk("VEVENT")
assert len(events) == sum(1 for i in items if i["due"]), (len(events), "dated items")
assert sorted(str(e.decoded("DTSTART")) for e in events) == sorted(i["due"] for i in items if i["due"])
for t in events:
    for k in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"]: assert k in t, (k, t)
    assert type(t.decoded("DTSTART")) is datetime.date, t.get("UID")
    assert t.decoded("DTEND") == t.decoded("DTSTART") + datetime.timedelta(days=1), t.get("UID")
    assert isinstance(t.decoded("DTSTAMP"), datetime.datetime)
    alarms = t.walk("VALARM"); assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -datetime.timedelta(days=3)
EOF
cat >"$TMP/uids.py" <<'EOF'
import collections, sys
from icalendar import Calendar
uids = collections.Counter(str(t["UID"]) for t in Calendar.from_ical(open(sys.argv[1], "rb").read()).walk("VEVENT"))
dup = [u for u, n in uids.items() if n > 1]
if dup: sys.exit(f"duplicate UIDs: {dup}")
EOF
due --unit VP --as-of 2024-11-25 --all --format ics >"$TMP/vp.ics" 2>/dev/null  # --all: every dated item
"$BIN" due --root "$FIX" --as-of 2024-06-10 --all --format ics >"$TMP/fix.ics" 2>/dev/null
"$BIN" due --root "$FIX" --as-of 2024-06-10 --format json >"$TMP/fix.json" 2>/dev/null
if [ -n "$PYICS" ]; then
    check "ics: shipped plans parse; UID, DTSTAMP, all-day DTSTART/DTEND, VALARM, SUMMARY; CRLF; <= 75 octets" "$PYICS" "$TMP/ics.py" "$TMP/vp.ics" "$TMP/vp.json"
    check "ics: fixture parses, one VEVENT per dated item" "$PYICS" "$TMP/ics.py" "$TMP/fix.ics" "$TMP/fix.json"
    check "ics: UIDs are unique (milestones of one task included)" "$PYICS" "$TMP/uids.py" "$TMP/fix.ics"
else
    echo "skip ics: no python3 with icalendar (apt-get install python3-icalendar)"
fi

# --- (4) Markdown is GFM tables -------------------------------------------------------------
mdcheck() {  # mdcheck ROOT ARGS...: tables and rows of the Markdown agree with the JSON
    local root=$1; shift
    "$BIN" due --root "$root" "$@" --format md >"$TMP/d.md" 2>/dev/null
    "$BIN" due --root "$root" "$@" --format json >"$TMP/d.json" 2>/dev/null
    cmark-gfm --extension table "$TMP/d.md" >"$TMP/d.html"
    check "md: cmark-gfm renders one table per listed group, one row per item (${root#"$SRC"/} $*)" \
        py "$TMP/d.html" "$TMP/d.json" "$*" <<'PY'
import json, sys
html = open(sys.argv[1]).read(); items = json.load(open(sys.argv[2]))["items"]
shown = [i for i in items if i["group"] != "later" or "--all" in sys.argv[3]]
groups = {i["group"] for i in shown}
assert html.count("<table>") == len(groups), (html.count("<table>"), len(groups))
assert html.count("<tr>") == len(shown) + len(groups), (html.count("<tr>"), len(shown))
PY
}
if command -v cmark-gfm >/dev/null; then
    mdcheck "$SRC" --unit VP --as-of 2024-11-25
    mdcheck "$SRC" --unit VP --as-of 2024-11-25 --all
    mdcheck "$FIX" --as-of 2024-06-10 --all
else
    echo "skip md: cmark-gfm not installed"
fi

# --- (5) recording in the journal changes what is due -------------------------------------
# The plans alone: the shipped example journals (if any) are removed from the copy so the
# expectations below depend only on the entries written here.
REPO=$TMP/repo
mkdir -p "$REPO" && cp -r "$SRC/plans" "$REPO/" && rm -rf "$REPO"/plans/*/*/journal
J=$REPO/plans/khanh-hoa/stttt/journal/2024.yaml
mkdir -p "$(dirname "$J")" "$REPO/plans/khanh-hoa/snv/journal"
echo "# yaml-language-server: \$schema=../../../../schemas/journal.schema.json" >"$J"
rdue() { "$BIN" due --root "$REPO" "$@"; }
item() {  # item JSON-FILE ID GROUP: prints "due days extended missed-count" of that item, or "none"
    python3 -c 'import json,sys
d=json.load(open(sys.argv[1])); m=[i for i in d["items"] if i["id"]==sys.argv[2] and i["group"]==sys.argv[3]]
print(" ".join(str(x) for x in (m[0]["due"], m[0]["days"], m[0]["extended"], len(m[0]["missed"]))) if m else "none")' "$@"
}
field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$@"; }
expect() { if [ "$2" = "$3" ]; then ok "$1"; else ko "$1" "got '$2', expected '$3'"; fi; }
KP=khanh-hoa/stttt/2024-khac-phuc-par-sipas
rdue --plan $KP --as-of 2024-11-25 --format json >"$TMP/r0.json"
expect "record: before, II.3 (Quý II) is overdue" "$(item "$TMP/r0.json" II.3 overdue)" "2024-06-30 -148 False 0"
expect "record: before, nothing done" "$(field "$TMP/r0.json" done)" "0"
echo "- { date: 2024-07-15, task: 2024-khac-phuc-par-sipas#II.3, status: done, evidence: \"Công văn số 1/STTTT\" }" >>"$J"
rdue --plan $KP --as-of 2024-11-25 --format json >"$TMP/r1.json"
expect "record: done -> II.3 leaves the overdue group" "$(item "$TMP/r1.json" II.3 overdue)" "none"
expect "record: done -> done count rises" "$(field "$TMP/r1.json" done)" "1"
expect "record: done after Quý II counts late for CNTT" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["timeliness"]["by_unit"]["khanh-hoa/stttt:CNTT"]["late"])' "$TMP/r1.json")" "1"
expect "record: before, I.1.6 is due soon" "$(item "$TMP/r1.json" I.1.6 due_soon)" "2024-11-30 5 False 0"
echo "- { date: 2024-11-20, task: 2024-khac-phuc-par-sipas#I.1.6, status: extended, due: 2025-01-15 }" >>"$J"
rdue --plan $KP --as-of 2024-11-25 --format json >"$TMP/r2.json"
expect "record: extended -> I.1.6 moves to later with its new due" "$(item "$TMP/r2.json" I.1.6 later)" "2025-01-15 51 True 0"
# The plan was issued 29/02/2024: January is no occurrence of its monthly giao ban.
expect "record: before, giao-ban misses 9 months, none before the issue date" "$(item "$TMP/r2.json" giao-ban overdue)" "2024-02-29 -270 False 9"
echo "- { date: 2024-03-02, task: 2024-khac-phuc-par-sipas#giao-ban, occurrence: 2024-02, status: done }" >>"$J"
rdue --plan $KP --as-of 2024-11-25 --format json >"$TMP/r3.json"
expect "record: occurrence 2024-02 done -> 8 missed from March" "$(item "$TMP/r3.json" giao-ban overdue)" "2024-03-31 -239 False 8"
TT=khanh-hoa/stttt/2024-tuyen-truyen-cchc
expect "record: before the event, tuyên truyền #4 waits" "$(rdue --plan $TT --as-of 2024-11-25 --format json >"$TMP/e0.json"; item "$TMP/e0.json" 4 waiting)" "2024-06-30 -148 False 0"
echo "- { date: 2024-05-20, event: 2024-tuyen-truyen-cchc#cong-bo-chi-so, note: \"QĐ công bố Chỉ số\" }" >>"$J"
rdue --plan $TT --as-of 2024-11-25 --format json >"$TMP/e1.json"
expect "record: event journalled -> 'Sau khi … (dự kiến quý II)' keeps 30/06 as its deadline" "$(item "$TMP/e1.json" 4 overdue)" "2024-06-30 -148 False 0"
expect "record: ... and is no longer ongoing" "$(item "$TMP/e1.json" 4 ongoing)" "none"
rdue --plan $TT --as-of 2024-05-19 --format json >"$TMP/e2.json"
expect "record: as of the day before the event it still waits" "$(item "$TMP/e2.json" 4 waiting)" "2024-06-30 42 False 0"
# An event later than expected (15/08, expected in quarter II): 30 days from it (cchc.yaml's
# after_event_within), not "due today"; Saturday 14/09 moves to Monday 16/09; shown as assumed.
echo "- { date: 2024-08-15, event: 2024-tuyen-truyen-cchc#cong-bo-chi-so, note: \"công bố lần hai\" }" >>"$J"
rdue --plan $TT --as-of 2024-08-16 --format json >"$TMP/e3.json"
expect "record: an event later than expected gets 30 days from it" "$(item "$TMP/e3.json" 4 later)" "2024-09-16 31 False 0"
expect "record: ... marked assumed in JSON" "$(python3 -c 'import json,sys; print([i["assumed"] for i in json.load(open(sys.argv[1]))["items"] if i["id"]=="4"])' "$TMP/e3.json")" "[False, True]"
expect "record: ... 'hạn giả định' in the table" "$(rdue --plan $TT --as-of 2024-08-16 --all | grep -c 'hạn giả định 16/09/2024')" "1"
cp "$REPO/cchc.yaml" "$TMP/cchc.yaml.bak" 2>/dev/null || :
echo "after_event_within: expected" >>"$REPO/cchc.yaml"
rdue --plan $TT --as-of 2024-08-16 --format json >"$TMP/e4.json"
expect "record: after_event_within: expected -> the quarter's 91 days (Thursday 14/11)" "$(item "$TMP/e4.json" 4 later)" "2024-11-14 90 False 0"
if [ -f "$TMP/cchc.yaml.bak" ]; then cp "$TMP/cchc.yaml.bak" "$REPO/cchc.yaml"; else rm -f "$REPO/cchc.yaml"; fi
SNV=khanh-hoa/snv/2024-nang-cao-sipas-par
printf '%s\n' "- { date: 2024-11-01, event: 2024-nang-cao-sipas-par#qd-cong-bo-tthc }" \
    "- { date: 2024-04-26, event: 2024-nang-cao-sipas-par#qd-phe-duyet-qtnb }" >"$REPO/plans/khanh-hoa/snv/journal/2024.yaml"
rdue --plan $SNV --as-of 2024-11-25 --format json >"$TMP/s1.json"
expect "record: event -> 30-day task dated (Sun 01/12 moves to Mon 02/12)" "$(item "$TMP/s1.json" B.III.2 due_soon)" "2024-12-02 7 False 0"
rdue --plan $SNV --as-of 2024-05-02 --format json >"$TMP/s2.json"
expect "record: event -> 3-working-day task due on make-up Saturday 04/05" "$(item "$TMP/s2.json" B.III.3 due_soon)" "2024-05-04 2 False 0"
check "record: the hand-written journals pass cchc check" "$BIN" check --root "$REPO"

# --- (6) options ------------------------------------------------------------------------------
due --unit "van phong" --as-of 2024-11-25 --format json >"$TMP/u1.json" 2>/dev/null
check "unit: --unit 'van phong' lists exactly what --unit VP lists" cmp "$TMP/u1.json" "$TMP/vp.json"
due --unit "VĂN PHÒNG SỞ" --as-of 2024-11-25 --format json >"$TMP/u2.json" 2>/dev/null
check "unit: --unit 'VĂN PHÒNG SỞ' too" cmp "$TMP/u2.json" "$TMP/vp.json"
expect_exit "unit: unknown unit exits 2" 2 due --unit "Phòng Không Có" --as-of 2024-11-25
expect_exit "unit: a near miss exits 2" 2 due --unit "Van phng" --as-of 2024-11-25
check "unit: a near miss suggests VP" grep -q "VP" "$TMP/err"
expect_exit "as-of: 2024-02-30 exits 2" 2 due --as-of 2024-02-30
expect_exit "as-of: 'hom kia' exits 2" 2 due --as-of "hom kia"
check "as-of: the error lists the accepted forms" grep -q "hôm qua, ngày mai, +7 hoặc -3" "$TMP/err"
expect_exit "as-of: 'hom qua' (yesterday, without accents) is accepted" 0 due --as-of "hom qua"
expect_exit "within: -1 is rejected (exit 2)" 2 due --within -1 --as-of 2024-11-25
expect_exit "within: -5 is rejected (exit 2)" 2 due --within -5 --as-of 2024-11-25
expect_exit "format: xml is rejected (exit 2)" 2 due --format xml
expect_exit "plan: an unknown plan exits 2" 2 due --plan khong-co-ke-hoach
expect_exit "role: 'owner' is rejected (exit 2)" 2 due --unit VP --role owner
due --unit VP --role lead --as-of 2024-11-25 --format json >"$TMP/lead.json" 2>/dev/null
due --unit VP --role support --as-of 2024-11-25 --format json >"$TMP/support.json" 2>/dev/null
due --unit VP --role recipient --as-of 2024-11-25 --format json >"$TMP/recipient.json" 2>/dev/null
check "role: lead, support and recipient split the VP list" py "$TMP/lead.json" "$TMP/support.json" "$TMP/recipient.json" "$TMP/vp.json" <<'EOF'
import json, sys
lead, sup, rec, anyr = (json.load(open(f))["items"] for f in sys.argv[1:5])
assert lead and sup and rec and all(i["role"] == "lead" for i in lead) and all(i["role"] == "support" for i in sup)
assert all(i["role"] == "recipient" for i in rec)
key = lambda i: (i["plan"], i["id"], i["group"], i["occurrence"])
assert sorted(map(key, lead + sup + rec)) == sorted(map(key, anyr))
EOF
F() { "$BIN" due --root "$FIX" --as-of "$1" --within "$2" --format json >"$TMP/w.json"; item "$TMP/w.json" ngay "$3"; }
expect "window: 15/06 is due soon within 5 days of 10/06" "$(F 2024-06-10 5 due_soon)" "2024-06-15 5 False 0"
expect "window: and later within 4" "$(F 2024-06-10 4 later)" "2024-06-15 5 False 0"
expect "window: due today is day 0, due soon" "$(F 2024-06-15 0 due_soon)" "2024-06-15 0 False 0"
expect "window: due yesterday is overdue" "$(F 2024-06-16 30 overdue)" "2024-06-15 -1 False 0"
check "fixture: cchc check finds nothing to report" "$BIN" check --root "$FIX"
expect "fixture: done and cancelled counts" "$(field "$TMP/fix.json" done) $(field "$TMP/fix.json" cancelled)" "7 1"

# --- (7) today in Vietnam (UTC+7) -----------------------------------------------------------
vn_today() { python3 -c 'import datetime as d; print(d.datetime.now(d.timezone(d.timedelta(hours=7))).date())'; }
before=$(vn_today); got=$(TZ=America/Los_Angeles "$BIN" due --root "$FIX" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["as_of"])'); after=$(vn_today)
if [ "$before" = "$after" ]; then expect "today: the default as-of is today in Vietnam, whatever TZ says" "$got" "$before"; fi
if command -v faketime >/dev/null; then
    asof() { TZ=UTC faketime "$1" "$BIN" due --root "$FIX" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["as_of"])'; }
    expect "today: 24/11 17:00 UTC is 25/11 in Vietnam" "$(asof '2024-11-24 17:00:00')" "2024-11-25"
    expect "today: 24/11 16:59 UTC is still 24/11 in Vietnam" "$(asof '2024-11-24 16:59:00')" "2024-11-24"
else
    echo "skip today: faketime not installed"
fi

# Plan 001 row 17, method column: "Trung tâm Cổng TTĐT cung cấp tin, bài … (định kỳ 01 bài/tháng)"
# is TTCONG's monthly duty (milestone bai-thang): issued 28/02/2024, so February to October
# are missed at 25/11 and November is due on 30/11.
"$BIN" due --root "$SRC" --unit TTCONG --agency khanh-hoa/stttt --as-of 2024-11-25 --format json >"$TMP/ttcong.json"
expect "TTCONG: the monthly article is listed, Feb–Oct missed, Nov due 30/11" "$(python3 -c 'import json,sys
print(" ".join("%s:%s:%d:%s" % (i["group"], i["due"], len(i["missed"]), i["role"]) for i in json.load(open(sys.argv[1]))["items"] if i["milestone"] == "bai-thang"))' "$TMP/ttcong.json")" \
    "overdue:2024-02-29:9:lead due_soon:2024-11-30:0:lead"

# --- (8) a plan whose start is only an issue year ------------------------------------------
# SNV's 2255/KH-SNV gives `issued: "2024"` and no `from:`; its first journal entry is dated
# 05/04/2024 (B.IV.2 done). Its recurring duties are owed from the first period beginning
# after that day: week 15 (08–12/04), May, Q3 — not 47 weeks from January.
"$BIN" due --root "$SRC" --agency snv --unit VP --as-of 2024-11-25 --format json >"$TMP/snv.json"
check "unknown start: B.I.5 owed from week 15 (33 weeks overdue, not 47), May, Q3; the date said in JSON" py "$TMP/snv.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
over = {(i["id"], i["occurrence"]): i for i in d["items"] if i["group"] in ("overdue", "awaiting") and i["due"] < d["as_of"]}
w = over[("B.I.5", "tuan/2024-W15")]
assert w["due"] == "2024-04-12" and len(w["missed"]) == 33 and w["missed"][0] == "2024-W15" and w["missed"][-1] == "2024-W47", w
assert len(over[("giao-ban", "2024-05")]["missed"]) == 6, over.keys()
assert over[("B.I.4", "2024-Q3")]["missed"] == ["2024-Q3"], over.keys()
assert not any(k[1].endswith(("W01", "-01", "-Q1", "-Q2")) for k in over), over.keys()
assert d["recurring_owed_after"] == {"khanh-hoa/snv/2024-nang-cao-sipas-par": "2024-04-05"}, d["recurring_owed_after"]
PYEOF
"$BIN" due --root "$SRC" --agency snv --unit VP --as-of 2024-11-25 >"$TMP/snv.txt"
check "unknown start: due says where recurring duties count from (vi)" \
    grep -qF "việc định kỳ tính từ kỳ bắt đầu sau mục sổ theo dõi đầu tiên (05/04/2024)" "$TMP/snv.txt"
check "unknown start: no 47-week line any more" bash -c '! grep -q "47 kỳ" "$1"' _ "$TMP/snv.txt"
"$BIN" due --root "$SRC" --agency snv --unit VP --as-of 2024-11-25 --lang en --width 0 >"$TMP/snv-en.txt"
check "unknown start: … and in English" grep -qF "recurring duties count from the first period starting after its first journal entry (05/04/2024)" "$TMP/snv-en.txt"
# The earlier weeks still exist: recorded in one command, done, and W47 alone is left.
US=$TMP/unknown-start
mkdir -p "$US" && cp -R "$SRC/plans" "$US/"
check "unknown start: record of weeks 1–46 is accepted" \
    "$BIN" record status --root "$US" 2024-nang-cao-sipas-par#B.I.5 done --occurrence tuan/2024-W01..W46 --date 2024-11-25
"$BIN" due --root "$US" --agency snv --unit VP --as-of 2024-11-25 --format json >"$TMP/us.json"
check "unknown start: after it only W47 is overdue, and the 46 weeks count as done" py "$TMP/us.json" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
w = [(i["occurrence"], i["missed"]) for i in d["items"] if i["id"] == "B.I.5" and i["milestone"] == "tuan"]
assert w == [("tuan/2024-W47", ["2024-W47"]), ("tuan/2024-W48", [])], w
assert d["done"] >= 47, d["done"]  # B.IV.2 and the 46 weeks
PYEOF
# Without a journal entry for the plan, 1 January it stays (check warns without a hint).
NE=$TMP/no-entry
mkdir -p "$NE" && cp -R "$SRC/plans" "$NE/"
rm "$NE/plans/khanh-hoa/snv/journal/2024.yaml"
"$BIN" due --root "$NE" --agency snv --unit VP --as-of 2024-11-25 --format json >"$TMP/ne.json"
expect "unknown start, no journal entry: B.I.5 owed from week 1, as before" "$(python3 -c 'import json,sys
d = json.load(open(sys.argv[1]))
print(" ".join("%s:%d" % (i["occurrence"], len(i["missed"])) for i in d["items"] if i["id"] == "B.I.5" and i["group"] == "overdue"), d["recurring_owed_after"])' "$TMP/ne.json")" \
    "tuan/2024-W01:47 {}"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
