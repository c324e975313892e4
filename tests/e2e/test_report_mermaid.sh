#!/usr/bin/env bash
# The report's Mermaid charts as a reader sees them: the Markdown reports of the four agencies
# rendered by Mermaid in headless Chromium (offline: Debian's chromium, Mermaid's browser
# bundle put in .cache/mermaid by scripts/setup.sh, or CCHC_MERMAID_JS). From the rendered
# SVG: each status has its colour of meaning (overdue red, due soon amber, done green, no
# date / no data grey) in the pie's legend and slices, at full strength; the bar axis starts
# at 0, each bar's top sits at its value on that axis, a 0 draws nothing, every label carries
# its value, and the legend's and labels' numbers are the JSON report's. A screenshot is kept
# with CCHC_MERMAID_SHOTS=DIR (to look at). Skipped, saying so, without chromium or Mermaid.
. "$(dirname "$0")/lib.sh" "$@"

MERMAID_JS=${CCHC_MERMAID_JS:-$SRC/.cache/mermaid/mermaid.min.js}
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ] || [ ! -s "$MERMAID_JS" ]; then
    echo "skip Mermaid in Chromium: needs chromium (apt-get install chromium) and $MERMAID_JS (scripts/setup.sh puts both)"
    finish
fi

# One page: every report's Mermaid blocks, in order, each block tagged with its report.
mkdir -p "$TMP/page"
cp "$MERMAID_JS" "$TMP/page/mermaid.min.js"
names=()
for spec in "khanh-hoa/stttt 2024" "khanh-hoa/snv 2024" "khanh-hoa/skhdt 2022" "lang-son/stttt 2023"; do
    read -r agency year <<<"$spec"
    name=$(echo "$agency" | tr '/' '_')
    names+=("$name")
    for fmt in md json; do
        run report --root "$SRC" --agency "$agency" --month "$year-11" --as-of "$year-11-29" --format $fmt
        expect_rc 0 "report $agency --format $fmt"
        printf '%s\n' "$OUT" >"$TMP/page/$name.$fmt"
    done
done
python3 - "$TMP/page" "${names[@]}" >"$TMP/.py" 2>&1 <<'EOF'
import html, re, sys
d, names = sys.argv[1], sys.argv[2:]
body = ""
for n in names:
    md = open(f"{d}/{n}.md", encoding="utf-8").read()
    blocks = re.findall(r"^```mermaid\n(.*?)^```", md, re.S | re.M)
    assert len(blocks) == 2, f"{n}: {len(blocks)} Mermaid blocks"
    body += f'<h2>{n}</h2>' + "".join(f'<div class="chart" data-report="{n}"><pre class="mermaid">{html.escape(b)}</pre></div>' for b in blocks)
open(f"{d}/index.html", "w", encoding="utf-8").write(f"""<!doctype html><html><head><meta charset="utf-8">
<style>body{{width:900px;background:#fff}}</style></head><body>{body}
<script src="mermaid.min.js"></script>
<script>mermaid.initialize({{startOnLoad: false}});
mermaid.run().then(() => document.body.insertAdjacentHTML("beforeend", "<p id=rendered>ok</p>"))
  .catch(e => document.body.insertAdjacentHTML("beforeend", "<p id=failed>" + e + "</p>"));</script></body></html>""")
EOF
check $? "an HTML page of the reports' Mermaid blocks: $(tail -n 1 "$TMP/.py")"

chrome() {
    HOME=$TMP timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$TMP/chromium" \
        --virtual-time-budget=20000 "$@" "file://$TMP/page/index.html" 2>"$TMP/chromium.err"
}
LAST="chromium --dump-dom"
chrome --dump-dom >"$TMP/dom.html"
RC=$?
expect_rc 0 "chromium renders the page"
grep -q 'id="rendered"' "$TMP/dom.html" && ! grep -q 'id="failed"' "$TMP/dom.html" && ! grep -qi 'syntax error' "$TMP/dom.html"
check $? "Mermaid renders every chart without an error: $(grep -o 'id="failed">[^<]*' "$TMP/dom.html" | head -c 300)"

python3 - "$TMP/dom.html" "$TMP/page" "${names[@]}" >"$TMP/.py" 2>&1 <<'EOF'
import json, re, sys
dom, d, names = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2], sys.argv[3:]
RED, AMBER, GREEN, GREY = "#c62828", "#f9a825", "#2e7d32", "#9e9e9e"
def hexcol(style):
    m = re.search(r"rgb\((\d+), (\d+), (\d+)\)", style)
    return "#%02x%02x%02x" % tuple(map(int, m.groups())) if m else style
charts = re.findall(r'<div class="chart" data-report="([^"]+)">(.*?)</div>', dom, re.S)
assert len(charts) == 2 * len(names), f"{len(charts)} charts rendered"
pies = [(n, c) for n, c in charts if 'aria-roledescription="pie"' in c]
bars = [(n, c) for n, c in charts if 'aria-roledescription="xychart"' in c]
assert len(pies) == len(bars) == len(names), (len(pies), len(bars))
meaning = {"Quá hạn": RED, "Đến hạn trong 30 ngày tới": AMBER, "Đã hoàn thành": GREEN,
           "Không có hạn riêng (theo quy định, theo yêu cầu …)": GREY,
           "đạt": GREEN, "chưa đạt": RED, "có nguy cơ": AMBER, "chưa có số liệu": GREY}
checked = set()
for n, svg in pies:
    rep = json.load(open(f"{d}/{n}.json", encoding="utf-8"))
    o = rep["overall"]
    want = {"Quá hạn": o["overdue"], "Đến hạn trong 30 ngày tới": o["due_soon"], "Đã hoàn thành": o["done"],
            "Không có hạn riêng (theo quy định, theo yêu cầu …)": o["no_date"]}
    legend = re.findall(r'<g class="legend"[^>]*><rect[^>]*style="fill: ([^;]+);[^"]*"[^>]*></rect><text[^>]*>(.*?) \[(\d+)\]</text>', svg)
    assert legend, f"{n}: no pie legend"
    fills = re.findall(r'<path d="[^"]*" fill="(#[0-9a-f]{6})" class="pieCircle"', svg)
    assert sorted(fills) == sorted(hexcol(c) for c, _, _ in legend), f"{n}: slices {fills} vs legend"
    for colour, label, value in legend:
        label = label.replace("&amp;", "&")
        if label in meaning:
            assert hexcol(colour) == meaning[label], f"{n}: pie '{label}' is {hexcol(colour)}, not {meaning[label]}"
            assert int(value) == want[label], f"{n}: pie '{label}' [{value}], the report says {want[label]}"
            checked.add(label)
    for label, v in want.items():
        assert v == 0 or label in [l for _, l, _ in legend], f"{n}: '{label}' ({v}) not in the pie"
    # Full colour: Mermaid's default 0.7 opacity pales red and green.
    assert re.search(r"\.pieCircle\{[^}]*opacity:1;", svg), f"{n}: slices not at full opacity"
for n, svg in bars:
    rep = json.load(open(f"{d}/{n}.json", encoding="utf-8"))
    t = rep["targets"]["total"]
    want = {"đạt": t["met"], "chưa đạt": t["not_met"], "có nguy cơ": t["at_risk"], "chưa có số liệu": t["no_data"]}
    ticks = [(float(y), int(v)) for y, v in re.findall(r'translate\([\d.]+, ([\d.]+)\) rotate\(0\)">(\d+)</text>', svg.split('class="left-axis"')[1])]
    assert ticks and ticks[-1][1] == 0, f"{n}: the axis does not start at 0: {ticks[-3:]}"
    y0, (ytop, vtop) = ticks[-1][0], ticks[0]
    per = (y0 - ytop) / vtop
    xlabels = re.findall(r'translate\(([\d.]+), [\d.]+\) rotate\(0\)">([^<:]+): (\d+)</text>', svg.split('class="bottom-axis"')[1])
    assert len(xlabels) == 5, f"{n}: {len(xlabels)} bar labels with values"
    rects = [(float(x), float(y), float(w), float(h), f) for x, y, w, h, f in
             re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#[0-9a-f]{6})"', svg.split('class="plot"')[1])]
    for cx, label, value in xlabels:
        cx, value = float(cx), int(value)
        if label in want:
            assert value == want[label], f"{n}: bar '{label}: {value}', the report says {want[label]}"
        # What shows above the axis's 0 in this bar's slot: the non-white rectangles' tops.
        shown = [(y, f) for x, y, w, h, f in rects if x <= cx <= x + w and f != "#ffffff" and y < y0 - 0.5]
        # Under the axis's 0 (Mermaid starts bars at the plot's edge, below it) the last
        # rectangle drawn is white: no stub of another colour under a bar, none for a 0.
        under = [f for x, y, w, h, f in rects if x <= cx <= x + w and y <= y0 + 2 <= y + h]
        assert under and under[-1] == "#ffffff", f"{n}: '{label}' stands on a stub {under[-1:]}"
        if value == 0:
            assert not shown, f"{n}: '{label}: 0' draws a bar {shown}"
            continue
        assert len(shown) == 1, f"{n}: '{label}' has {len(shown)} bars"
        y, f = shown[0]
        assert abs((y0 - y) - value * per) < 1.5, f"{n}: '{label}: {value}' reaches {(y0 - y) / per:.2f} on the axis"
        if label in meaning:
            assert f == meaning[label], f"{n}: bar '{label}' is {f}, not {meaning[label]}"
            checked.add(label)
missing = set(meaning) - checked
assert not missing, f"never seen with data: {missing}"
print(len(pies), "pies,", len(bars), "bar charts")
EOF
check $? "Mermaid's charts: colours of meaning, axis from 0, bars at their values, labels with values: $(tail -n 1 "$TMP/.py")"

LAST="chromium --screenshot"
chrome --window-size=1000,4200 --screenshot="$TMP/charts.png" >/dev/null
RC=$?
[ "$RC" = 0 ] && [ "$(stat -c %s "$TMP/charts.png" 2>/dev/null || echo 0)" -gt 20000 ]
check $? "a screenshot of the rendered charts"
if [ -n "${CCHC_MERMAID_SHOTS-}" ]; then
    mkdir -p "$CCHC_MERMAID_SHOTS" && cp "$TMP/charts.png" "$TMP/page/index.html" "$CCHC_MERMAID_SHOTS/"
fi

finish
