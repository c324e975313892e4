#!/usr/bin/env bash
# Side-by-side benchmark: cchc check / due --unit VP / score / report on a generated corpus,
# beside ajv-cli (plan schema, same plans as JSON) and Taskwarrior (the same dated tasks).
# Usage: bench/run.sh [SIZE] [CCHC]   SIZE: seed | province | 1k | 10k (default province)
# Needs: python3-yaml, hyperfine, taskwarrior (Debian), node + npm (ajv-cli, ajv-formats are
# installed into bench/node_modules on first use). Prints a Markdown table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
size=${1:-province}
cchc=$(realpath "${2:-$root/build/cchc}")
export XDG_CACHE_HOME=$here/out/cache
as_of=2024-06-01
runs=${RUNS:-3}
out=$here/out/$size
corpus=$out/corpus

python3 "$here/make-corpus.py" "$size" "$corpus" >&2
if [ ! -x "$here/node_modules/.bin/ajv" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent ajv-cli ajv-formats >&2)
fi

# Untimed preparation: YAML → JSON for ajv; dated tasks → a Taskwarrior database.
rm -rf "$out/json" "$out/taskdata" && mkdir -p "$out/taskdata"
python3 "$here/to-json.py" plans "$corpus" "$out/json"
rm -rf "$out/json-all" && python3 "$here/to-json.py" all "$corpus" "$out/json-all"
(cd "$corpus" && "$cchc" due --as-of "$as_of" --format json --force >"$out/due.json" 2>/dev/null ||
  "$cchc" due --as-of "$as_of" --format json >"$out/due.json")
ntasks=$(python3 "$here/to-json.py" tasks "$out/due.json" "$out/tasks.ndjson")
export TASKDATA=$out/taskdata TASKRC=$out/taskrc
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\ngc=off\n' "$TASKDATA" >"$TASKRC"
task import "$out/tasks.ndjson" >/dev/null 2>&1

ajv_cmd="$here/node_modules/.bin/ajv validate --spec=draft2020 -c ajv-formats --strict=false --all-errors"
ajv="$ajv_cmd -s $root/schemas/plan.schema.json -d '$out/json/*.json'"
# The same files cchc check reads: plans, agencies and journals, each kind against its schema
# (ajv-cli takes one schema per run).
ajv_all="$ajv_cmd -s $root/schemas/plan.schema.json -d '$out/json-all/plans/*.json'; $ajv_cmd -s $root/schemas/agency.schema.json -d '$out/json-all/agencies/*.json'; $ajv_cmd -s $root/schemas/journal.schema.json -d '$out/json-all/journals/*.json'"
window_end=$(date -d "$as_of + 14 days" +%Y-%m-%d)
# The untimed due.json run above filled the caches (check result, parsed trees): `warm`, `due`,
# `score` and `report` are runs on an unchanged repository. `check` and `due-nocache` use no
# cache at all (a cache directory that cannot exist).
declare -A cmd=(
  [check]="cd $corpus && $cchc check --lang en --no-cache"
  [warm]="cd $corpus && $cchc check --lang en"
  [due]="cd $corpus && $cchc due --unit VP --as-of $as_of"
  [due-nocache]="cd $corpus && XDG_CACHE_HOME=/dev/null/none $cchc due --unit VP --as-of $as_of"
  [score]="cd $corpus && $cchc score --as-of $as_of"
  [report]="cd $corpus && $cchc report --as-of $as_of"
  [ajv]="cd $here && $ajv"
  [ajv-all]="cd $here && $ajv_all"
  [task]="task rc.report.list.filter= +VP due.before:$window_end list"
)
# One hyperfine run for all, so the ratios come from the same conditions.
hyperfine -N --style none --warmup 1 --runs "$runs" -i --export-json "$out/hyperfine.json" \
  -n check "bash -c '${cmd[check]} >/dev/null'" -n warm "bash -c '${cmd[warm]} >/dev/null'" -n ajv "bash -c \"${cmd[ajv]} >/dev/null 2>&1\"" \
  -n ajv-all "bash -c \"${cmd[ajv-all]} >/dev/null 2>&1\"" \
  -n due "bash -c '${cmd[due]} >/dev/null'" -n due-nocache "bash -c '${cmd[due-nocache]} >/dev/null'" \
  -n task "bash -c '${cmd[task]} >/dev/null'" \
  -n score "bash -c '${cmd[score]} >/dev/null'" -n report "bash -c '${cmd[report]} >/dev/null'" >&2

peak() { /usr/bin/time -f %M bash -c "$1 >/dev/null 2>&1" 2>&1 >/dev/null | tail -n 1; }
plans=$(find "$corpus/plans" -name '*.yaml' ! -name agency.yaml ! -path '*/journal/*' | wc -l)
mb=$(du -sm "$corpus/plans" | cut -f1)
python3 - "$out/hyperfine.json" "$size" "$plans" "$mb" "$ntasks" \
  "$(peak "${cmd[check]}")" "$(peak "${cmd[warm]}")" "$(peak "${cmd[ajv]}")" "$(peak "${cmd[due]}")" "$(peak "${cmd[task]}")" \
  "$(peak "${cmd[score]}")" "$(peak "${cmd[report]}")" "$(peak "${cmd[due-nocache]}")" "$(peak "${cmd[ajv-all]}")" <<'PY'
import json, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
size, plans, mb, ntasks = sys.argv[2:6]
peaks = dict(zip(["check", "warm", "ajv", "due", "task", "score", "report", "due-nocache", "ajv-all"], sys.argv[6:15]))
def t(k): return res[k]["mean"]
print(f"corpus {size}: {plans} plans, {mb} MB, {ntasks} dated tasks")
print()
print("| what | cchc | mean s | peak MiB | other tool | mean s | peak MiB | cchc / other |")
print("|---|---|---:|---:|---|---:|---:|---:|")
def row(what, k, other, o):
    if o:
        print(f"| {what} | `{k}` | {t(k):.3f} | {int(peaks[k]) / 1024:.0f} | {other} | {t(o):.3f} | {int(peaks[o]) / 1024:.0f} | {t(k) / t(o):.2f} |")
    else:
        print(f"| {what} | `{k}` | {t(k):.3f} | {int(peaks[k]) / 1024:.0f} | | | | |")
row("validate all plans, cold (--no-cache)", "check", "ajv-cli, plan files only (plan schema)", "ajv")
row("validate all plans, cold (--no-cache)", "check", "ajv-cli, the same files (plans, agencies, journals; 3 runs)", "ajv-all")
row("validate again, unchanged (cache)", "warm", "ajv-cli (plan schema)", "ajv")
row("deadlines of VP, unchanged repository (caches)", "due", "Taskwarrior `+VP due.before:`", "task")
row("deadlines of VP, no cache at all", "due-nocache", "Taskwarrior `+VP due.before:`", "task")
row("target attainment (caches)", "score", "", None)
row("giao ban report (caches)", "report", "", None)
PY
