#!/usr/bin/env bash
# cchc score on the shipped plans and example journals: every target has a status, and the
# roll-ups add up to the per-target list, whichever way they are cut.
set -u
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
T=$TMP
cd "$SRC" || exit 1
"$CCHC" score --as-of 2024-11-29 --format json >"$T/s.json"
rc=$?
python3 - "$T/s.json" "$rc" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))
checks = []
def check(name, ok):
    checks.append(ok)
    if not ok:
        print("FAIL:", name)
check("exit 0", sys.argv[2] == "0")
t = d["targets"]
check("every target has a known status", all(x["status"] in ("met", "not_met", "at_risk", "waiting", "no_data") for x in t))
check("every target says its period", all(x["period"] for x in t))
check("every value says its period", all(x["value_period"] for x in t if x["actual"] is not None))
check("every target has a ratio field", all("ratio" in x for x in t))
c = collections.Counter(x["status"] for x in t)
tot = d["total"]
check("total adds up", (tot["met"], tot["not_met"], tot["at_risk"], tot["waiting"], tot["no_data"], tot["total"]) ==
      (c["met"], c["not_met"], c["at_risk"], c["waiting"], c["no_data"], len(t)))
for cut in ("by_plan", "by_section", "by_index"):
    check(cut + " adds up to the total", sum(r["total"] for r in d[cut]) == len(t))
check("each status appears in the example data", all(c[s] > 0 for s in ("met", "not_met", "at_risk", "no_data")))
goal = [x for x in t if x["goal"] and x["metric"] == "sipas" and x["plan"].endswith("2024-khac-phuc-par-sipas")][0]
check("SIPAS 86,4 against >= 87: not met, ratio 99%", goal["actual"] == 86.4 and goal["status"] == "not_met"
      and abs(goal["ratio"] - 86.4 / 87) < 1e-9)
rating = [x for x in t if x["metric"] == "danh_gia_gq_tthc"][0]
check("rating Khá against >= Tốt: not met, no ratio", rating["actual"] == "Khá" and rating["status"] == "not_met"
      and rating["ratio"] is None)
improve = [x for x in t if x["metric"] == "sipas_tiep_can" and x["op"] == "improve" and x["plan"].endswith("2024-khac-phuc-par-sipas")][0]
check("improvement over last year's 84,1: met", improve["baseline"] == 84.1 and improve["status"] == "met")
par = [x for x in t if x["goal"] and x["metric"] == "par_index" and x["plan"].endswith("2024-khac-phuc-par-sipas")][0]
check("PAR INDEX 2024 on 29/11/2024: no data for 2024, 2023's 89,12 as the baseline beside it",
      par["status"] == "no_data" and par["actual"] is None and par["period"] == "2024"
      and par["earlier"] == {"period": "2023", "value": 89.12} and par["status_text"] == "chưa có số liệu năm 2024")
check("SIPAS's value is Q2's, and says so", goal["value_period"] == "2024-Q2")
check("progress in percent, as the table", abs(goal["progress"] - 99.31) < 0.01)
comp = [x for x in t if x["scope"] is not None]
check("every computed figure has its scope: tasks due of the target's own plan", comp and all(
      x["scope"]["total"] > 0 and x["scope"]["plans"] == [x["plan"]] for x in comp))
print(f"{sum(checks)} passed, {len(checks) - sum(checks)} failed")
sys.exit(0 if all(checks) else 1)
PY
rc_json=$?
pass=0 fail=0
ok() { if [ "$1" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $2"; fi; }
# The table says the period: no value for 2024, 2023's beside it.
"$CCHC" score --agency khanh-hoa/stttt --as-of 2024-11-30 --plan 2024-khac-phuc-par-sipas --width 0 >"$T/s.txt" 2>&1
grep "Chỉ số cải cách hành chính (PAR INDEX)" "$T/s.txt" | grep -q "(năm 2023: 89,12%).*chưa có số liệu năm 2024"
ok $? "table: PAR INDEX 2024 has no data, 2023 as baseline"
# CSV readable without the YAML: the target's text, the period, progress in percent, Vietnamese words.
"$CCHC" score --as-of 2024-11-29 --plan 2024-khac-phuc-par-sipas --format csv >"$T/s.csv"
grep -q "Chỉ số cải cách hành chính (PAR INDEX) của Sở,năm 2024,≥ 92%,,,\"89,12\",năm 2023,,.*chưa có số liệu năm 2024" "$T/s.csv"
ok $? "csv: PAR INDEX row in words"
grep -q ',"99,31",.*,chưa đạt,sipas,SIPAS' "$T/s.csv"
ok $? "csv: SIPAS progress 99,31 (%), status in Vietnamese"
"$CCHC" score --as-of 2024-11-29 --plan 2024-khac-phuc-par-sipas --format csv --lang en | grep -q ',no data yet 2024,'
ok $? "csv --lang en: status in English"
# A value recorded after its period counts for it, with no notice; it was not known before.
mkdir "$T/repo" && cp -r "$SRC/plans" "$T/repo/" && { [ ! -f "$SRC/cchc.yaml" ] || cp "$SRC/cchc.yaml" "$T/repo/"; }
( cd "$T/repo" && "$CCHC" record metric stttt#par_index 93,1 --period 2024 ) >"$T/rec.out" 2>&1
ok $? "record par_index 93,1 for 2024 today, long after the year"
( cd "$T/repo" && "$CCHC" score --agency khanh-hoa/stttt --as-of 2025-03-31 --format json ) >"$T/late.json" 2>"$T/late.err"
ok $? "score --as-of 2025-03-31"
[ ! -s "$T/late.err" ]; ok $? "no notice for a late recording: $(head -c 300 "$T/late.err")"
python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
g=[x for x in d['targets'] if x['goal'] and x['metric']=='par_index' and x['plan'].endswith('2024-khac-phuc-par-sipas')][0]
sys.exit(0 if (g['actual'], g['value_period'], g['status']) == (93.1, '2024', 'met') else 1)" "$T/late.json"
ok $? "PAR INDEX 2024 met with the value recorded in 2025"
( cd "$T/repo" && "$CCHC" report --year 2024 --as-of 2025-03-31 --no-charts ) >"$T/late.md" 2>"$T/late.err"
grep "Chỉ số cải cách hành chính (PAR INDEX) của Sở" "$T/late.md" | grep -q "năm 2024: 93,1%.*| đạt |"
ok $? "report --year 2024 shows it met"
( cd "$T/repo" && "$CCHC" score --agency khanh-hoa/stttt --as-of 2024-12-31 --format json ) >"$T/then.json"
python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
g=[x for x in d['targets'] if x['goal'] and x['metric']=='par_index' and x['plan'].endswith('2024-khac-phuc-par-sipas')][0]
sys.exit(0 if (g['actual'], g['status']) == (93.1, 'met') else 1)" "$T/then.json"
ok $? "as of 31/12/2024 the year had ended: its value counts, whatever day it was recorded"
( cd "$T/repo" && "$CCHC" score --agency khanh-hoa/stttt --as-of 2024-11-30 --format json ) >"$T/before.json"
python3 -c "
import json,sys; d=json.load(open(sys.argv[1]))
g=[x for x in d['targets'] if x['goal'] and x['metric']=='par_index' and x['plan'].endswith('2024-khac-phuc-par-sipas')][0]
sys.exit(0 if g['status'] == 'no_data' else 1)" "$T/before.json"
ok $? "as of 30/11/2024 the year had not ended: no value for 2024 yet"
# A plan of another year does not change a computed figure of 2024.
( cd "$T/repo" && "$CCHC" score --as-of 2024-11-30 --plan 2024-nang-cao-sipas-par --format json ) >"$T/before.json"
sed -e 's/^year: 2024/year: 2025/' -e 's/^number: .*/number: 1\/KH-SNV/' "$T/repo/plans/khanh-hoa/snv/2024-nang-cao-sipas-par.yaml" \
    >"$T/repo/plans/khanh-hoa/snv/2025-nang-cao-sipas-par.yaml"
( cd "$T/repo" && "$CCHC" score --as-of 2024-11-30 --plan 2024-nang-cao-sipas-par --format json --force ) >"$T/after.json" 2>/dev/null
python3 -c "
import json,sys; a,b=(json.load(open(f)) for f in sys.argv[1:3])
fig=lambda d: [(x['metric'], x['actual'], x['scope']) for x in d['targets'] if x['scope'] is not None]
sys.exit(0 if fig(a) and fig(a) == fig(b) else 1)" "$T/before.json" "$T/after.json"
ok $? "a 2025 plan leaves the 2024 computed figures as they were"
echo "$pass passed, $fail failed"
[ "$rc_json" = 0 ] && [ "$fail" = 0 ]
