#!/usr/bin/env bash
# cchc score on the shipped plans and example journals: every target has a status, and the
# roll-ups add up to the per-target list, whichever way they are cut.
set -u
CCHC=$(realpath "$1")
SRC=$(realpath "$2")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
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
check("every target has a known status", all(x["status"] in ("met", "not_met", "at_risk", "no_data") for x in t))
check("every target has a ratio field", all("ratio" in x for x in t))
c = collections.Counter(x["status"] for x in t)
tot = d["total"]
check("total adds up", (tot["met"], tot["not_met"], tot["at_risk"], tot["no_data"], tot["total"]) ==
      (c["met"], c["not_met"], c["at_risk"], c["no_data"], len(t)))
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
print(f"{sum(checks)} passed, {len(checks) - sum(checks)} failed")
sys.exit(0 if all(checks) else 1)
PY
