#!/usr/bin/env bash
# End-to-end tests of `cchc report`. CTest runs: bash test_report.sh <cchc-binary> <source-dir>
# (with NO_COLOR=1); the last line is exactly "N passed, M failed".
#
#   (a) the report agrees with `cchc due` and `cchc score` at the same date and options;
#   (b) goldens on the shipped plans and example journals (tests/e2e/golden/report-*);
#   (c) the Markdown is valid GFM: cmark-gfm and pandoc find the expected tables;
#   (d) pandoc turns it into a .docx holding the Vietnamese text;
#   (e) -o writes atomically; usage errors exit 2 with a clear message.
#
# Goldens were read line by line against the plans and journals before they were frozen.
# To regenerate after an intended change, then READ `git diff tests/e2e/golden`:
#   UPDATE_GOLDEN=1 bash tests/e2e/test_report.sh build/cchc .
. "$(dirname "$0")/lib.sh" "$@"
GOLDEN=$SRC/tests/e2e/golden
cd "$TMP" || exit 2
R=(--root "$SRC")
DATE=2024-11-29

# --- (a) every number agrees with `cchc due` and `cchc score` ----------------------------
cat >"$TMP/agree.py" <<'EOF'
import collections, json, re, sys
rep, due, score = (json.load(open(f)) for f in sys.argv[1:4])
md = open(sys.argv[4], encoding="utf-8").read()
o, items = rep["overall"], due["items"]
groups = collections.Counter(i["group"] for i in items)
for g in ["overdue", "due_soon", "waiting", "ongoing", "no_date", "later"]:
    assert o[g] == groups[g], (g, o[g], groups[g])
assert o["done"] == due["done"] and o["cancelled"] == due["cancelled"], "done/cancelled"
assert o["total"] == len(items) + due["done"] + due["cancelled"], "total"
assert o["in_progress"] == sum(i["status"] == "in_progress" for i in items), "in_progress"
assert o["blocked"] == sum(i["status"] == "blocked" for i in items), "blocked"
assert o["timeliness"] == due["timeliness"]["total"], "timeliness"
key = lambda i: (i["plan"], i["id"], i["occurrence"], i["due"])
listed = [key(i) for g in rep["overdue"] for i in g["items"]]
assert sorted(set(listed)) == sorted(set(key(i) for i in items if i["group"] == "overdue")), "overdue ids"
# A co-led item is under each of its leads (with --unit, those inside the filter).
for g in rep["overdue"]:
    for i in g["items"]:
        assert rep["unit"] or listed.count(key(i)) == len(i["lead"]), ("each lead", key(i), i["lead"])
end = rep["next_period"]["last"]
want = sorted(key(i) for i in items if i["group"] in ("due_soon", "later") and i["due"] and rep["as_of"] <= i["due"] <= end)
assert sorted(key(i) for i in rep["due_next"]) == want, "next-period list"
for u in rep["units"]:
    t = due["timeliness"]["by_unit"].get(u["key"], {"early": 0, "on_time": 0, "late": 0, "extended": 0})
    assert all(u[k] == t[k] for k in t), ("unit", u["key"])
    assert u["key"] == u["agency"].split("/")[-1] + ":" + u["code"] or u["key"] == u["agency"] + ":" + u["code"], u
assert set(due["timeliness"]["by_unit"]) <= {u["key"] for u in rep["units"]}, "units with done work"
st = [(t["plan"], t["task"], t["metric"], t["status"]) for t in rep["targets"]["items"]]
assert st == [(t["plan"], t["task"], t["metric"], t["status"]) for t in score["targets"]], "target statuses"
tot = rep["targets"]["total"]
assert all(tot[k] == score["total"][k] for k in ["met", "not_met", "at_risk", "waiting", "no_data", "total"]), "target totals"
assert [(r["key"], r["met"], r["total"]) for r in rep["targets"]["by_plan"]] == \
       [(r["key"], r["met"], r["total"]) for r in score["by_plan"]], "targets by plan"
# The Markdown shows the same numbers: the overall table and the targets' total row.
vi = "Tổng cộng" in md
rows = dict(re.findall(r"^\| ([^|]+?) \| (\d+) \| [\d,.]+% \|$", md, re.M))
assert int(rows["Quá hạn" if vi else "Overdue"]) == groups["overdue"], "md overdue"
assert int(rows["Đã hoàn thành" if vi else "Done"]) == due["done"], "md done"
assert int(rows["**Tổng cộng**" if vi else "**Total**"]) == o["total"], "md total"
m = re.search(r"^\| \*\*(?:Tổng cộng|Total)\*\* \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|", md, re.M)
keys = ["total", "met", "not_met", "at_risk", "waiting", "no_data"]
assert m and [int(x) for x in m.groups()[:6]] == [score["total"][k] for k in keys], "md targets"
EOF
agree() {
    local name=$1
    shift
    "$CCHC" report "${R[@]}" --as-of $DATE --format json "$@" >"$TMP/rep.json" 2>"$TMP/rep.err" &&
        "$CCHC" report "${R[@]}" --as-of $DATE "$@" >"$TMP/rep.md" 2>>"$TMP/rep.err" &&
        "$CCHC" due "${R[@]}" --as-of $DATE --format json "${@:3}" >"$TMP/due.json" 2>>"$TMP/rep.err" &&
        "$CCHC" score "${R[@]}" --as-of $DATE --format json "${@:3}" >"$TMP/score.json" 2>>"$TMP/rep.err"
    RC=$? OUT= ERR=$(cat "$TMP/rep.err") LAST="cchc report --as-of $DATE $*"
    [ $RC = 0 ] && python3 "$TMP/agree.py" "$TMP/rep.json" "$TMP/due.json" "$TMP/score.json" "$TMP/rep.md" 2>"$TMP/py.err"
    check $? "agrees with due and score: $name$(tail -n 1 "$TMP/py.err" 2>/dev/null | sed 's/^/: /')"
}
agree "whole repository" --month 2024-11
agree "--unit VP" --month 2024-11 --unit VP
agree "--unit 'van phong' --plan 2024-khac-phuc-par-sipas" --month 2024-11 --unit "van phong" --plan 2024-khac-phuc-par-sipas
agree "--plan 2024-nang-cao-sipas-par, English" --month 2024-11 --plan 2024-nang-cao-sipas-par --lang en

# --- (b) goldens ---------------------------------------------------------------------------
# JSON goldens are kept pretty-printed (one key a line) so that a diff reads well.
pretty() { python3 -c "import json,sys; print(json.dumps(json.load(sys.stdin), ensure_ascii=False, indent=1))"; }
golden() {
    local file=$1
    shift
    run report "${R[@]}" "$@"
    # stderr: at most the hint that --include-closed counts the plans the report leaves out.
    if [ "$RC" != 0 ] || [ -n "$(printf '%s' "$ERR" | grep -v -- '--include-closed')" ]; then fail "golden $file: exit $RC"; return; fi
    case $file in *.json) OUT=$(printf '%s' "$OUT" | pretty) ;; esac
    printf '%s\n' "$OUT" >"$TMP/$file"
    same_as_golden "$file" "$TMP/$file"
    check $? "$GOLDEN_WHY"
    [ -z "$GOLDEN_DIFF" ] || printf '%s\n' "$GOLDEN_DIFF" >&2
}
golden report-2024-11.md --month 2024-11 --as-of $DATE
golden report-2024-11.json --month 2024-11 --as-of $DATE --format json
golden report-2024-Q4-vp-en.md --quarter 2024-Q4 --as-of 2024-12-20 --unit VP --plan 2024-khac-phuc-par-sipas --lang en --no-charts

# --- people's words only: no command, option, internal key or group code in the text -------
# (table delimiter rows and the Mermaid source are syntax, not text)
cat >"$TMP/words.py" <<'EOF'
import json, re, sys
CODES = {"id", "plan", "lead", "agency", "key", "kind", "code", "occurrence", "missed", "group", "status",
         "metric", "first", "last", "as_of", "due", "date", "deadline", "period", "value_period", "plans_left_out"}
bad = re.compile(r"cchc |--|\[tuan/|\ball\b")
def walk(o, key):
    if isinstance(o, dict):
        for k, v in o.items(): walk(v, k)
    elif isinstance(o, list):
        for v in o: walk(v, key)
    elif isinstance(o, str) and key not in CODES and bad.search(o):
        print(f"{key}: {o[:100]!r}")
d = json.load(open(sys.argv[1]))
walk(d, "")
# Each code a person might read has its words beside it.
for it in [i for g in d["overdue"] for i in g["items"]] + d["due_next"] + d["reporting_duties"] + d["completed"]:
    if len(it["lead_names"]) != len(it["lead"]): print("lead_names missing:", it["id"])
    if it["occurrence"] and not (it["period_words"] or it.get("label")): print("period_words missing:", it["id"], it["occurrence"])
EOF
for agency in khanh-hoa/stttt khanh-hoa/skhdt khanh-hoa/snv lang-son/stttt; do
    for period in "--month 2024-11" "--quarter 2024-Q4" "--year 2024"; do
        # shellcheck disable=SC2086
        "$CCHC" report "${R[@]}" --agency $agency $period --as-of 2024-12-31 >"$TMP/w.md" 2>"$TMP/w.err"
        HITS=$(awk '/^```/{f=!f; next} !f && !/^\|( --- \|)+$/' "$TMP/w.md" | grep -nE 'cchc |--|\[tuan/|\ball\b')
        [ -z "$HITS" ] && ! grep -q -- '--' <(grep -v -- '--include-closed' "$TMP/w.err")
        check $? "report $agency $period: people's words only$(printf '%s' "$HITS" | head -n 1 | sed 's/^/: /')"
        # JSON: the codes are identifiers (their keys below); every other string is for people.
        # shellcheck disable=SC2086
        "$CCHC" report "${R[@]}" --agency $agency $period --as-of 2024-12-31 --format json >"$TMP/w.json" 2>/dev/null
        HITS=$(python3 "$TMP/words.py" "$TMP/w.json" 2>&1)
        [ -z "$HITS" ]
        check $? "report $agency $period --format json: people's words in every label$(printf '%s' "$HITS" | head -n 1 | sed 's/^/: /')"
    done
done

# --- an agency whose only plan is closed: still the report's issuer --------------------------
# SKHĐT's one plan is of 2022: in November 2024 it is out of force, and the report (empty of
# tasks) still names the agency, not a placeholder, in every format.
run report "${R[@]}" --agency khanh-hoa/skhdt --month 2024-11
expect_rc 0 "closed plan only: exit status"
expect_out "- **Cơ quan:** Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa" "closed plan only: the agency in the Markdown heading"
run report "${R[@]}" --agency khanh-hoa/skhdt --month 2024-11 --format json
python3 -c 'import json,sys; sys.exit([a["id"] for a in json.load(sys.stdin)["agencies"]] != ["khanh-hoa/skhdt"])' <<<"$OUT"
check $? "closed plan only: the agency in the JSON's agencies"
if command -v pandoc >/dev/null 2>&1; then
    run report "${R[@]}" --agency khanh-hoa/skhdt --month 2024-11 --format docx -o "$TMP/closed.docx"
    expect_rc 0 "closed plan only: docx exit status"
    python3 - "$TMP/closed.docx" >"$TMP/.py" 2>&1 <<'PY'
import re, sys, zipfile
doc = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
text = re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", doc))
for want in ("UBND TỈNH KHÁNH HÒA", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "/BC-SKHĐT", "Khánh Hòa, ngày 30 tháng 11 năm 2024", "Trần Hòa Nam", "Nơi nhận:"):
    assert want in text, f"{want!r} missing"
assert "CƠ QUAN BÁO CÁO" not in text, "the placeholder header"
PY
    check $? "closed plan only: the docx header, number line, place, signer from agency.yaml: $(tail -n 1 "$TMP/.py")"
fi

# --- (c) valid GFM: the expected tables, rows as wide as their header, NFC, cut cells -------
"$CCHC" report "${R[@]}" --month 2024-11 --as-of $DATE >"$TMP/r.md" 2>/dev/null
"$CCHC" report "${R[@]}" --month 2024-11 --as-of $DATE --format json >"$TMP/r.json" 2>/dev/null
WANT=$(python3 -c "import json,sys
d = json.load(open(sys.argv[1])); t = d['targets']['total']
print(1 + len(d['overdue']) + bool(d['due_next']) + bool(t['total']) + (t['total'] > t['no_data'])
      + bool(d['units']) + bool(d['completed']))" "$TMP/r.json")
cat >"$TMP/gfm.py" <<'EOF'
import re, sys, unicodedata
md = open(sys.argv[1], encoding="utf-8").read()
assert unicodedata.is_normalized("NFC", md), "not NFC"
cells = lambda line: re.split(r"(?<!\\)\|", line.strip())[1:-1]
lines, width = md.split("\n"), None
for n, line in enumerate(lines):
    if not line.startswith("|"):
        width = None
        continue
    if width is None:
        width = len(cells(line))
        assert re.fullmatch(r"\|( --- \|)+", lines[n + 1]), f"line {n + 2}: no delimiter row"
    assert len(cells(line)) == width, f"line {n + 1}: {len(cells(line))} cells, header has {width}"
    for c in cells(line):
        text = re.sub(r"\\(.)", r"\1", c.strip()).replace("<br>", "\n")
        assert not text.endswith("…"), f"line {n + 1}: a cell cut with …"
assert md.count("```mermaid") == 2 and md.count("```") == 4, "two Mermaid fences"
EOF
python3 "$TMP/gfm.py" "$TMP/r.md" 2>"$TMP/py.err"
check $? "Markdown: NFC, rows as wide as their header, cells whole, two Mermaid blocks$(tail -n 1 "$TMP/py.err" | sed 's/^/: /')"
if command -v cmark-gfm >/dev/null; then
    N=$(cmark-gfm --extension table "$TMP/r.md" | grep -c "<table>")
    [ "$N" = "$WANT" ]
    check $? "cmark-gfm finds $WANT tables (got $N)"
else
    echo "skip: cmark-gfm is not installed" >&2
fi
if command -v pandoc >/dev/null; then
    N=$(pandoc -f gfm -t html "$TMP/r.md" | grep -c "<table")
    [ "$N" = "$WANT" ]
    check $? "pandoc -f gfm finds $WANT tables (got $N)"
    # --- (d) a .docx for circulation ---------------------------------------------------
    "$CCHC" report "${R[@]}" --month 2024-11 --as-of $DATE --no-charts -o "$TMP/bao-cao.md" 2>/dev/null
    (cd "$TMP" && pandoc bao-cao.md -o bao-cao.docx 2>"$TMP/pandoc.err")
    check $? "pandoc bao-cao.md -o bao-cao.docx$(head -n 1 "$TMP/pandoc.err" | sed 's/^/: /')"
    python3 -c "import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
doc = z.read('word/document.xml').decode('utf-8')
assert 'Khó khăn, vướng mắc và đề xuất' in doc and 'Tình hình chung' in doc" "$TMP/bao-cao.docx" 2>/dev/null
    check $? "the .docx is a valid zip whose word/document.xml holds the Vietnamese headings"
else
    echo "skip: pandoc is not installed" >&2
fi

# --- (e) -o, periods, usage errors -----------------------------------------------------------
mkdir -p "$TMP/out"
head -c 300000 /dev/zero | tr '\0' 'x' >"$TMP/out/r.md"
run report "${R[@]}" --month 2024-11 --as-of $DATE -o "$TMP/out/r.md"
expect_rc 0 "-o: exit status"
cmp -s "$TMP/out/r.md" "$TMP/r.md"
check $? "-o: the old (longer) file is replaced whole by exactly the report"
[ "$(ls -A "$TMP/out")" = "r.md" ]
check $? "-o: no temporary file left beside it ($(ls -A "$TMP/out" | tr '\n' ' '))"
[ -z "$OUT" ]
check $? "-o: nothing on stdout"
run report "${R[@]}" --month 2024-11 --as-of $DATE -o "$TMP/missing/r.md"
expect_rc 2 "-o into a missing directory"
expect_err "không ghi được tệp '$TMP/missing/r.md': No such file or directory"
run report "${R[@]}" --month 2024-11 --as-of $DATE -o "$TMP/out/r.md/x.md" --lang en
expect_rc 2 "-o under a regular file"
expect_err "cannot write '$TMP/out/r.md/x.md': Not a directory"
run report "${R[@]}" --month 2024-11 --as-of $DATE -o "$TMP/out"
expect_rc 2 "-o naming a directory"
expect_err "Is a directory"
if [ "$(id -u)" != 0 ]; then
    mkdir -p "$TMP/ro" && chmod 555 "$TMP/ro"
    run report "${R[@]}" --month 2024-11 --as-of $DATE -o "$TMP/ro/r.md"
    expect_rc 2 "-o into a read-only directory"
    expect_err "Permission denied"
fi
[ "$(ls -A "$TMP/out")" = "r.md" ] && cmp -s "$TMP/out/r.md" "$TMP/r.md"
check $? "failed writes leave the directory and the old file as they were"

for bad in "--month 2024-13" "--month 2024-1" "--quarter 2024-Q5" "--quarter 2024-11" "--year 24" \
    "--month 2024-11 --year 2024" "--month 2024-11 --as-of 2024-10-31" "--month 2024-11 --as-of 2024-02-30" \
    "--format xml" "--unit Nowhere" "--plan no-such-plan"; do
    # shellcheck disable=SC2086
    run report "${R[@]}" $bad
    expect_rc 2 "usage error: $bad"
    ! has "internal error" "$ERR" && [ -n "$ERR" ]
    check $? "usage error: $bad: a message on stderr"
done
run report "${R[@]}" --month 2024-13
expect_err "--month '2024-13' không hợp lệ: cần dạng 11/2024, 2024-11"
run report "${R[@]}" --unit Nowhere --month 2024-11
expect_err "Nowhere"
run report "${R[@]}" --as-of 2024-11-29
expect_out "# Báo cáo kết quả thực hiện kế hoạch cải cách hành chính tháng 11/2024" "no period: the month of --as-of"
run report "${R[@]}" --month 2024-10
expect_out "- **Số liệu tính đến ngày:** 31/10/2024" "a past month: as of its last day"
run report "${R[@]}" --quarter 2024-Q4 --as-of 2024-12-20
expect_out "quý IV/2024 (từ 01/10/2024 đến 31/12/2024)" "--quarter: the quarter"
expect_out "## 3. Nhiệm vụ đến hạn từ 20/12/2024 đến hết quý I/2025" "--quarter: the next quarter"
run report "${R[@]}" --year 2024 --no-charts
expect_out "- **Số liệu tính đến ngày:** 31/12/2024" "--year: as of its last day"
expect_no_out '```mermaid' "--no-charts"
run report "${R[@]}" --month 2024-11 --as-of $DATE --unit VP
expect_out "- **Đơn vị:** VP" "--unit in the heading"

finish
