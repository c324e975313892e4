#!/usr/bin/env bash
# `cchc report --format docx`: the Word file pandoc writes, opened by LibreOffice (headless,
# converted to PDF): A4, fewer than 24 pages for the November 2024 report on the shipped
# plans (20 since TTCONG's monthly article and whole status words; the bound catches a
# report that runs away, e.g. a table repeated or a page per row), and every task text of the report on its pages. Also the failures: no -o, no pandoc,
# a broken reference document, an unwritable directory. The LibreOffice part is skipped,
# saying so, when soffice is not installed (scripts/setup.sh installs it).
. "$(dirname "$0")/lib.sh" "$@"

ARGS=(report --root "$SRC" --month 2024-11 --as-of 2024-11-29)

# --- failures: clear message, exit 2, nothing left behind --------------------------------
run "${ARGS[@]}" --format docx
expect_rc 2 "--format docx without -o"
expect_err "-o" "says -o is needed"

mkdir -p "$TMP/nopandoc" "$TMP/out"
LAST="report --format docx with no pandoc on PATH"
PATH=$TMP/nopandoc "$CCHC" "${ARGS[@]}" --format docx -o "$TMP/out/a.docx" >"$TMP/.out" 2>"$TMP/.err"
RC=$? OUT=$(cat "$TMP/.out") ERR=$(cat "$TMP/.err")
expect_rc 2 "no pandoc: exit 2"
expect_err "không tìm thấy lệnh pandoc" "no pandoc: said in Vietnamese"
expect_err "apt-get install pandoc" "no pandoc: says how to install it"
[ ! -e "$TMP/out/a.docx" ] && [ -z "$(ls -A "$TMP/out")" ]
check $? "no pandoc: no file written, no temporary left"

printf 'not a docx' >"$TMP/bad.docx"
run "${ARGS[@]}" --format docx -o "$TMP/out/b.docx" --reference-doc "$TMP/bad.docx"
expect_rc 2 "a broken --reference-doc: exit 2"
expect_err "pandoc không tạo được" "a broken --reference-doc: pandoc's failure reported"
[ -z "$(ls -A "$TMP/out")" ]
check $? "a broken --reference-doc: no file written, no temporary left"
run "${ARGS[@]}" --format docx -o "$TMP/out/c.docx" --reference-doc "$TMP/missing.docx"
expect_rc 2 "a missing --reference-doc: exit 2"
expect_err "missing.docx" "a missing --reference-doc: named"

run "${ARGS[@]}" --format docx -o "$TMP/no-such-dir/r.docx"
expect_no_crash "an output directory that does not exist"
expect_rc 2 "an output directory that does not exist: exit 2"

# --- the document --------------------------------------------------------------------------
run "${ARGS[@]}" --format docx -o "$TMP/bao-cao.docx"
expect_rc 0 "report --format docx -o FILE"
[ -z "$OUT" ]
check $? "nothing on stdout"
python3 - "$TMP/bao-cao.docx" >"$TMP/.py" 2>&1 <<'EOF'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
doc = z.read("word/document.xml").decode()
styles = z.read("word/styles.xml").decode()
assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc and "Độc lập - Tự do - Hạnh phúc" in doc, "national motto"
assert 'w:orient="landscape"' in doc, "landscape section"
assert 'w:w="11906" w:h="16838"' in doc, "A4 portrait section"
assert "Times New Roman" in styles and "Calibri" not in styles and "Cambria" not in styles, "fonts"
assert "```mermaid" not in doc and "pie showData" not in doc, "no Mermaid source in Word"
widths = [list(map(int, re.findall(r'w:w="(\d+)"', g))) for g in re.findall(r"<w:tblGrid>(.*?)</w:tblGrid>", doc)]
assert any(len(set(w)) > 2 for w in widths if len(w) >= 7), "wide tables have fitted, unequal column widths"
EOF
check $? "docx: national motto, A4 portrait and landscape sections, Times New Roman, sized tables: $(tail -n 1 "$TMP/.py")"
[ -z "$(find "$TMP" -maxdepth 1 -name '.bao-cao.docx.tmp-*')" ]
check $? "no temporary file left next to the output"

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
    echo "skip LibreOffice: soffice or pdfinfo not installed (apt-get install libreoffice-writer-nogui poppler-utils; scripts/setup.sh does)"
    finish
fi

LAST="soffice --convert-to pdf bao-cao.docx"
OUT=$(cd "$TMP" && HOME=$TMP timeout 300 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
    --convert-to pdf bao-cao.docx 2>&1)
RC=$?
[ -s "$TMP/bao-cao.pdf" ]
check $? "LibreOffice converts the .docx to PDF"
pages=$(pdfinfo "$TMP/bao-cao.pdf" | awk '/^Pages:/ {print $2}')
[ -n "$pages" ] && [ "$pages" -lt 24 ]
check $? "fewer than 24 pages (got $pages)"
# Every page A4, portrait (595 x 842 pt) or landscape (842 x 595 pt).
pdfinfo -f 1 -l "${pages:-1}" "$TMP/bao-cao.pdf" | awk '/^Page +[0-9]+ size:/ {
    w = int($4 + 0.5); h = int($6 + 0.5)
    if (!((w == 595 && h == 842) || (w == 842 && h == 595))) { print "page " $2 ": " w " x " h; bad = 1 } }
    END { exit bad }' >"$TMP/.sizes"
check $? "every page A4: $(head -n 3 "$TMP/.sizes" | tr '\n' ' ')"
pdfinfo "$TMP/bao-cao.pdf" | grep -q "landscape\|841.89 x 595" || pdfinfo -f 3 -l 3 "$TMP/bao-cao.pdf" | grep -q "841.89 x 595"
check $? "the wide tables are on landscape pages"

# Every task text the report names (overdue, due next, completed, reporting duties,
# difficulties), whole, in the PDF's text. pdftotext reads a table row line by line across
# its cells, so a task's text comes interleaved with its neighbours' ("… Phụ lục VP, BBT
# 1- Quyết định …"), and drops the hyphen of a word broken at a line end: compared without
# whitespace and hyphens, every character in order, other cells' text between them
# allowed (at most 120 characters at a time, or at a page break up to 1500 before the next
# 12 characters of the task).
"$CCHC" "${ARGS[@]}" --format json >"$TMP/report.json" 2>/dev/null
pdftotext -enc UTF-8 "$TMP/bao-cao.pdf" "$TMP/bao-cao.txt"
python3 - "$TMP/report.json" "$TMP/bao-cao.txt" >"$TMP/.py" 2>&1 <<'EOF'
import json, re, sys, unicodedata
d = json.load(open(sys.argv[1]))
norm = lambda s: re.sub(r"[\s\-\u00ad]+", "", unicodedata.normalize("NFC", s))
pdf = norm(open(sys.argv[2], encoding="utf-8").read())

def present(task, gap=120, page_gap=1500):
    t = norm(task)
    start = pdf.find(t[:6])
    while start >= 0:
        at, i, jumps = start + 6, 6, 0
        while i < len(t):
            nxt = pdf.find(t[i], at, at + gap + 1)
            if nxt < 0 and jumps < 2:  # a row split by a page break: the rest after the page's top
                chunk = t[i:i + 12]
                nxt = pdf.find(chunk, at, at + page_gap)
                if nxt >= 0:
                    jumps += 1
                    at, i = nxt + len(chunk), i + len(chunk)
                    continue
            if nxt < 0: break
            at, i = nxt + 1, i + 1
        if i >= len(t): return True
        start = pdf.find(t[:6], start + 1)
    return False

tasks = [i["task"] for g in d["overdue"] for i in g["items"]]
tasks += [i["task"] for i in d["due_next"]] + [c["task"] for c in d["completed"]]
tasks += [i["task"] for i in d["reporting_duties"]] + [i["task"] for i in d["issues"] if i.get("task")]
assert len(tasks) > 50, len(tasks)
missing = [t for t in tasks if not present(t)]
assert not missing, f"{len(missing)} of {len(tasks)} task texts missing, e.g. {missing[0][:100]!r}"
# No date cut across lines ("31/03/20" + "22"): every dd/mm/yyyy of the tables is whole.
raw = open(sys.argv[2], encoding="utf-8").read()
cut = re.findall(r"\b\d{2}/\d{2}/\d{1,3}\s*\n", raw)
assert not cut, f"dates split across lines: {cut[:3]}"
print(len(tasks), "task texts found")
EOF
check $? "every task text of the report is in the PDF, no date split: $(tail -n 1 "$TMP/.py")"

# --- an administrative document for each agency, month, quarter and year ----------------------
# Nghị định 30/2020/NĐ-CP: governing body, agency, number line with the abbreviation, place
# and date; no blank page; page numbers from page 2, at the top; signature block and Nơi nhận
# at the end; and people's words only (no command, option, internal key or group code).
mkdir -p "$TMP/nd30"
for agency in khanh-hoa/stttt khanh-hoa/skhdt khanh-hoa/snv lang-son/stttt; do
    year=2024
    [ $agency = khanh-hoa/skhdt ] && year=2022  # its plan is of 2022
    [ $agency = lang-son/stttt ] && year=2023   # its plan is of 2023
    for period in "--month $year-11" "--quarter $year-Q4" "--year $year"; do
        name="$(echo "$agency $period" | tr -c 'a-zA-Z0-9\n' '_')"
        # shellcheck disable=SC2086
        "$CCHC" report --root "$SRC" --agency $agency $period --as-of $year-12-31 --format docx \
            -o "$TMP/nd30/$name.docx" 2>/dev/null
    done
done
(cd "$TMP/nd30" && HOME=$TMP timeout 600 soffice -env:UserInstallation=file://$TMP/lo-profile --headless \
    --convert-to pdf ./*.docx >/dev/null 2>&1)
cat >"$TMP/nd30.py" <<'EOF'
import glob, os, re, subprocess, sys
want = {"khanh_hoa_stttt": ("UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "/BC-STTTT", "Khánh Hòa, ngày", "Phạm Duy Lộc"),
        "khanh_hoa_skhdt": ("UBND TỈNH KHÁNH HÒA", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "/BC-SKHĐT", "Khánh Hòa, ngày", "Trần Hòa Nam"),
        "khanh_hoa_snv": ("UBND TỈNH KHÁNH HÒA", "SỞ NỘI VỤ", "/BC-SNV", "Khánh Hòa, ngày", "Võ Chí Vương"),
        "lang_son_stttt": ("UBND TỈNH LẠNG SƠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "/BC-STTTT", "Lạng Sơn, ngày", "Nguyễn Trọng Hùng")}
docs = sorted(glob.glob(os.path.join(sys.argv[1], "*.docx")))
assert len(docs) == 12, f"{len(docs)} reports"
for docx in docs:
    pdf = docx[:-5] + ".pdf"
    name = os.path.basename(docx)[:-5]
    assert os.path.exists(pdf), f"{name}: no PDF"
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")[:-1]
    flat = lambda s: re.sub(r"\s+", " ", s)
    for n, page in enumerate(pages, 1):
        lines = [l.strip() for l in page.splitlines() if l.strip()]
        assert lines, f"{name}: page {n} blank"
        if n == 1:
            assert not re.fullmatch(r"\d+", lines[0]), f"{name}: a page number on page 1"
        else:
            assert lines[0] == str(n), f"{name}: page {n} starts {lines[0]!r}, not its number"
            assert len(lines) > 1, f"{name}: page {n} has only its number"
            # The portrait part's closing note never alone on a page (the chart goes with it).
            body = " ".join(lines[1:])
            if body.startswith("Cách đếm") and len(body) < 300:
                images = subprocess.run(["pdfimages", "-list", "-f", str(n), "-l", str(n), pdf],
                                        capture_output=True, text=True).stdout.splitlines()[2:]
                assert images, f"{name}: page {n} holds only the closing note"
    agency = next(k for k in want if name.startswith(k))
    for w in want[agency] + ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Nơi nhận:", "Lưu: VT, VP.", "GIÁM ĐỐC"):
        assert w in flat(text), f"{name}: {w!r} missing"
    hits = re.findall(r".{0,30}(?:cchc |--|\[tuan/|\ball\b).{0,30}", flat(text))
    assert not hits, f"{name}: tool words {hits[:2]}"
    # Status words and other short phrases whole in their narrow columns: no cell begins
    # "chưa thực" / "hôm" at a line's end (after a column gap) with the rest below it.
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    cut = re.compile(r"\S\s{3,}(chưa|chưa thực|đang|đang thực|hôm|có nguy|chưa có|chưa có số|chờ|chờ sự|vướng|hoàn|gia|sớm|trễ|đúng)\s*$")
    for line in layout.splitlines():
        assert not cut.search(line), f"{name}: a status cut over lines: {line.strip()[-60:]!r}"
print(len(docs), "reports")
EOF
python3 "$TMP/nd30.py" "$TMP/nd30" >"$TMP/.py" 2>&1
check $? "month, quarter and year reports of the four agencies: decree heading, page numbers from page 2, no blank page, signature, Nơi nhận, no tool words, status words whole$(tail -n 1 "$TMP/.py" | sed 's/^/: /')"

finish
