#!/usr/bin/env bash
# The CSV outputs (due, score, tasks, units) opened by LibreOffice Calc: converted headless to
# flat ODS, whose cells say their type. Under Vietnamese (vi-VN) and English (en-US) import
# languages, with "detect special numbers" off (the default) and on: Vietnamese text intact,
# day counts and figures numbers, deadlines dates, STT text. Skipped, saying so, when
# LibreOffice is not installed (scripts/setup.sh installs it).
. "$(dirname "$0")/lib.sh" "$@"

# --- bytes, whatever the spreadsheet ----------------------------------------------------------
run due --root "$SRC" --as-of 2024-11-29 --all --format csv
expect_rc 0 "due --format csv"
[ "$(head -c 3 "$TMP/.out" | od -An -tx1 | tr -d ' ')" = efbbbf ]
check $? "due --format csv starts with the UTF-8 byte order mark"
expect_out "nhóm,kế hoạch,mã,STT,nhiệm vụ,vai trò,thời hạn,số ngày,trạng thái,kỳ,tệp,dòng,cơ quan"$'\r' "Vietnamese header by default"
run due --root "$SRC" --as-of 2024-11-29 --all --format csv --lang en
expect_out "group,plan,id,stt,task,role,due,days,status,occurrence,file,line,agency"$'\r' "JSON codes as header under --lang en"
for cmd in score tasks units; do
    run "$cmd" --root "$SRC" --format csv
    [ "$(head -c 3 "$TMP/.out" | od -An -tx1 | tr -d ' ')" = efbbbf ]
    check $? "$cmd --format csv starts with the UTF-8 byte order mark"
done

if ! command -v soffice >/dev/null 2>&1; then
    echo "skip LibreOffice: soffice not installed (apt-get install libreoffice-calc-nogui; scripts/setup.sh does)"
    finish
fi

for lang in vi en; do
    mkdir -p "$TMP/$lang"
    "$CCHC" due --root "$SRC" --as-of 2024-11-29 --all --format csv --lang $lang >"$TMP/$lang/due.csv" 2>/dev/null
    "$CCHC" score --root "$SRC" --as-of 2024-11-29 --format csv --lang $lang >"$TMP/$lang/score.csv" 2>/dev/null
    "$CCHC" tasks --root "$SRC" --format csv --lang $lang >"$TMP/$lang/tasks.csv" 2>/dev/null
    "$CCHC" units --root "$SRC" --format csv --lang $lang >"$TMP/$lang/units.csv" 2>/dev/null
done
"$CCHC" due --root "$SRC" --as-of 2024-11-29 --all --format json >"$TMP/due.json" 2>/dev/null
"$CCHC" score --root "$SRC" --as-of 2024-11-29 --format json >"$TMP/score.json" 2>/dev/null
"$CCHC" tasks --root "$SRC" --format json >"$TMP/tasks.json" 2>/dev/null
"$CCHC" units --root "$SRC" --format json >"$TMP/units.json" 2>/dev/null

# calc LANG LCID SPECIAL: LibreOffice's CSV import (comma, ", UTF-8, from line 1, import
# language LCID, detect special numbers SPECIAL) of the four files to $TMP/LANG-SPECIAL/*.fods.
calc() {
    local out=$TMP/$1-$3
    LAST="soffice --convert-to fods ($1, language $2, special numbers $3)"
    OUT=$(cd "$TMP/$1" && HOME=$TMP timeout 300 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
        --infilter="CSV:44,34,76,1,,$2,false,$3,false,false,false,false,false" --convert-to fods --outdir "$out" \
        due.csv score.csv tasks.csv units.csv 2>&1)
    RC=$?
    [ -s "$out/due.fods" ] && [ -s "$out/score.fods" ] && [ -s "$out/tasks.fods" ] && [ -s "$out/units.fods" ]
    check $? "LibreOffice converts the CSVs ($1, language $2, special numbers $3)"
}

# The cells of the converted sheets against the JSON of the same command.
cat >"$TMP/cells.py" <<'EOF'
import datetime, json, sys
import xml.etree.ElementTree as ET
T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
WJ = "\u2060"

def sheet(path):
    """Rows of (type, value, text): repeated cells expanded, trailing empty ones dropped."""
    rows = []
    for row in ET.parse(path).iter(T + "table-row"):
        cells = []
        for c in row:
            if c.tag not in (T + "table-cell", T + "covered-table-cell"): continue
            n = int(c.get(T + "number-columns-repeated", "1"))
            typ = c.get(O + "value-type")
            val = c.get(O + "value") if typ in ("float", "percentage") else c.get(O + "date-value")
            text = "\n".join("".join(p.itertext()) for p in c)
            cells += [(typ, val, text)] * min(n, 100)
        while cells and cells[-1][0] is None: cells.pop()
        if cells: rows.append(cells)
    return rows

folder, lang, what = sys.argv[1], sys.argv[2], sys.argv[3]
rows = sheet(f"{folder}/{what}.fods")
data = json.load(open(f"{sys.argv[4]}/{what}.json"))
head = [c[2] for c in rows[0]]
body = rows[1:]
col = lambda vi, en: head.index(vi if lang == "vi" else en)
cell = lambda r, i: r[i] if i < len(r) else (None, None, "")

def number(r, i, want, what):
    typ, val, text = cell(r, i)
    assert typ == "float", f"{what}: {text!r} is {typ}, not a number"
    assert abs(float(val) - float(want)) < 1e-4 * max(1, abs(float(want))), (what, val, want)

def text(r, i, want, what):
    typ, _, got = cell(r, i)
    assert want == "" and typ is None or typ == "string", f"{what}: {got!r} is {typ}, not text"
    assert got.replace(WJ, "") == want, (what, got, want)

if what == "due":
    items = data["items"]
    assert head == (["nhóm", "kế hoạch", "mã", "STT", "nhiệm vụ", "vai trò", "thời hạn", "số ngày", "trạng thái", "kỳ", "tệp", "dòng", "cơ quan"]
                    if lang == "vi" else ["group", "plan", "id", "stt", "task", "role", "due", "days", "status", "occurrence", "file", "line", "agency"]), head
    assert len(body) == len(items), (len(body), len(items))
    for r, i in zip(body, items):
        task = i["task"] if not i["label"] or i["label"] == i["task"] else i["label"] + " — " + i["task"]
        if i["assessment"]:  # the year-end assessment: its words, then the annual report's task
            words = (f"Đánh giá kết quả năm {i['due'][:4]} của {len(i['assessment'])} hoạt động" if lang == "vi"
                     else f"Assessment of {i['due'][:4]} for {len(i['assessment'])} year-long activit")
            got = cell(r, col("nhiệm vụ", "task"))[2].replace(WJ, "")
            assert got.startswith(words) and got.endswith(" — " + i["task"]), ("assessment", got)
        else:
            text(r, col("nhiệm vụ", "task"), task, "task")
        text(r, col("STT", "stt"), i["stt"], "STT")
        text(r, col("kế hoạch", "plan"), i["plan"], "plan")
        if i["due"]:
            typ, val, shown = cell(r, col("thời hạn", "due"))
            assert typ == "date" and val.startswith(i["due"]), ("due", typ, val, shown, i["due"])
            number(r, col("số ngày", "days"), i["days"], "days")
        number(r, col("dòng", "line"), i["line"], "line")
        text(r, col("cơ quan", "agency"), i["agency"], "agency")
elif what == "score":
    targets = data["targets"]
    assert len(body) == len(targets), (len(body), len(targets))
    numbers = 0
    for r, t in zip(body, targets):
        text(r, col("chỉ tiêu", "target"), t["target"], "target")
        earlier = t["earlier"]["value"] if t["earlier"] else None
        for vi, en, v in [("giá trị đạt được", "value", t["actual"]), ("giá trị kỳ trước", "earlier value", earlier)]:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                number(r, col(vi, en), v, en); numbers += 1
            elif isinstance(v, str):
                text(r, col(vi, en), v, en)
        if t["progress"] is not None:
            number(r, col("tiến độ (%)", "progress (%)"), t["progress"], "progress"); numbers += 1
        if t["deadline"]:
            typ, val, _ = cell(r, col("thời hạn", "deadline"))
            assert typ == "date" and val.startswith(t["deadline"]), ("deadline", typ, val)
    assert any(isinstance(t["actual"], float) and t["actual"] != int(t["actual"]) for t in targets), "no decimal figure to test"
    assert numbers > 10, numbers
elif what == "tasks":
    assert len(body) == len(data), (len(body), len(data))
    for r, t in zip(body, data):
        text(r, col("STT", "stt"), t["stt"], "STT")
        text(r, col("nhiệm vụ", "task"), t["task"], "task")
        number(r, col("dòng", "line"), t["line"], "line")
elif what == "units":
    assert len(body) == len(data), (len(body), len(data))
    for r, u in zip(body, data):
        text(r, col("tên", "name"), u["name"], "name")
        text(r, col("mã", "code"), u["code"], "code")
EOF

for setting in "vi 1066" "en 1033"; do
    set -- $setting
    for special in false true; do
        calc "$1" "$2" $special
        for what in due score tasks units; do
            LAST="cells of $what.csv ($1, special numbers $special)"
            OUT=$(python3 "$TMP/cells.py" "$TMP/$1-$special" "$1" "$what" "$TMP" 2>&1)
            RC=$?
            check $RC "LibreOffice ($1-$([ "$1" = vi ] && echo VN || echo US), special numbers $special) reads $what.csv: Vietnamese intact, numbers, dates, STT as text"
        done
    done
done

finish
