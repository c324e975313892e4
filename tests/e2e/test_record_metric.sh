#!/usr/bin/env bash
# cchc record metric: values land in the agency's journal, checked against the metric.
set -u
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
pass=0
fail=0
T=$TMP
cp -r "$SRC/plans" "$T/"
cd "$T" || exit 1
J=plans/khanh-hoa/stttt/journal/2024.yaml
try() {  # name, want-exit, args…
  local name=$1 want=$2
  shift 2
  "$CCHC" "$@" >"$T/out" 2>"$T/err"
  local rc=$?
  if [ "$rc" = "$want" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $name (exit $rc, want $want)"; cat "$T/err"; fi
}
before=$(wc -c <"$J")
cp "$J" "$T/before.yaml"
try "ambiguous id across agencies" 2 record metric sipas 87
grep -q "khanh-hoa/stttt#sipas" "$T/err" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: candidates listed"; }
try "Vietnamese decimal comma" 0 record metric stttt#sipas 87,5 --period 2024-Q4 --date 2024-12-20 --source "Khảo sát quý IV"
tail -n 1 "$J" | grep -qxF -- '- { date: "2024-12-20", metric: sipas, value: 87.5, period: 2024-Q4, source: "Khảo sát quý IV" }' \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: entry line: $(tail -n 1 "$J")"; }
cmp -s -n "$before" "$T/before.yaml" "$J" && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: old bytes kept"; }
try "--agency picks the agency" 0 record metric sipas 88 --agency snv --date 2024-12-20
try "rating level" 0 record metric danh_gia_gq_tthc Tốt --agency snv --date 2024-12-21
try "not a level of the scale" 2 record metric danh_gia_gq_tthc Giỏi --agency snv
try "a number for a rating" 2 record metric danh_gia_gq_tthc 5 --agency snv
try "not a number" 2 record metric stttt#sipas cao
try "a percentage of 140" 2 record metric stttt#sipas 140
try "malformed period" 2 record metric stttt#sipas 80 --period 2024-Q5
try "computed metrics are not typed" 2 record metric snv#nv_kh_cchc 40
try "another system's figures are typed" 0 record metric stttt#nv_som_han 40 --period 2024 --date 2024-12-22
try "unknown metric" 2 record metric stttt#khong_co 1
try "the repository still checks" 0 check
# The new value is the one score uses.
"$CCHC" score --as-of 2024-12-31 --plan 2024-khac-phuc-par-sipas --format json >"$T/score.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); g=[t for t in d['targets'] if t['goal'] and t['metric']=='sipas'][0]; sys.exit(0 if (g['actual'], g['status'])==(87.5, 'met') else 1)" "$T/score.json" \
  && pass=$((pass + 1)) || { fail=$((fail + 1)); echo "FAIL: score uses the recorded value"; }
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
