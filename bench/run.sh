#!/usr/bin/env bash
# Side-by-side benchmark: cchc check / due --unit VP / score / report on a generated corpus of
# distinct plans, each command timed in turn with its peer (A B A B …): ajv-cli (the plans as
# JSON, plan schema), libyaml parsing the same files (events only, 2 threads) and Taskwarrior
# (the same dated tasks). Prints a Markdown table of medians and medians of paired ratios.
# Usage: bench/run.sh [SIZE] [CCHC]   SIZE: seed | 200 | 1k | 10k (default 200); ROUNDS=N
# Needs: python3-yaml, taskwarrior, libyaml-dev, a C compiler (Debian), node + npm (ajv-cli,
# ajv-formats are installed into bench/node_modules on first use).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
size=${1:-200}
cchc=$(realpath "${2:-$root/build/cchc}")
rounds=${ROUNDS:-5}
as_of=2024-06-01
# No shipped plan is in force then: score and report should stop after the plan headers.
as_of_none=2030-06-01
# One agency of the corpus (the corpora but seed copy the shipped agencies under c00000, c00001 …).
one_agency=c00001/khanh-hoa/stttt
[ "$size" = seed ] && one_agency=khanh-hoa/stttt
out=$here/out/$size
corpus=$out/corpus
cache=$out/cache

if [ ! -f "$out/made" ] || [ "$(cat "$out/made")" != "$(sha1sum "$here/make-corpus.py" | cut -c1-40)" ]; then
  rm -rf "$out" && mkdir -p "$out"
  python3 "$here/make-corpus.py" --vary "$size" "$corpus" >&2
  python3 "$here/to-json.py" plans "$corpus" "$out/json"
  python3 "$here/to-json.py" all "$corpus" "$out/json-all"
  sha1sum "$here/make-corpus.py" | cut -c1-40 >"$out/made"
fi
if [ ! -x "$here/node_modules/.bin/ajv" ]; then
  (cd "$here" && npm install --no-audit --no-fund --silent ajv-cli ajv-formats >&2)
fi
cc -O2 -o "$out/yaml-events" "$here/yaml_events.c" -lyaml -pthread
(cd "$corpus" && find plans -name '*.yaml' | sort) >"$out/files.txt"

# Untimed preparation: the dated tasks → a Taskwarrior database.
rm -rf "$out/taskdata" "$cache" && mkdir -p "$out/taskdata"
(cd "$corpus" && XDG_CACHE_HOME=$cache "$cchc" due --as-of "$as_of" --format json --force >"$out/due.json")
ntasks=$(python3 "$here/to-json.py" tasks "$out/due.json" "$out/tasks.ndjson")
export TASKDATA=$out/taskdata TASKRC=$out/taskrc
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\nhooks=off\ngc=off\n' "$TASKDATA" >"$TASKRC"
task import "$out/tasks.ndjson" >/dev/null 2>&1
# sed, not head: head leaving early would kill grep (SIGPIPE) and, with pipefail, the script
edited=$corpus/$(grep -v -e agency.yaml -e /journal/ "$out/files.txt" | sed -n 1p)

python3 - "$out/pairs.json" <<PY
import json, sys
cchc, corpus, cache, here, root, out = "$cchc", "$corpus", "$cache", "$here", "$root", "$out"
window_end = "$(date -d "$as_of + 14 days" +%Y-%m-%d)"
ajv = [f"{here}/node_modules/.bin/ajv", "validate", "--spec=draft2020", "-c", "ajv-formats", "--strict=false",
       "--all-errors"]
def c(*args, **kw): return {"argv": [cchc, *args], "cwd": corpus, "env": {"XDG_CACHE_HOME": kw.get("cache", cache)},
                            "ok": [0, 1], **({"before": kw["before"]} if "before" in kw else {})}
# cold: no cache of any kind (a cache directory that cannot exist); warm: an unchanged repository.
nocache = "/dev/null/none"
commands = {
  "check-cold": c("check", "--lang", "en", "--no-cache", cache=nocache),
  "check-warm": c("check", "--lang", "en"),
  "due": c("due", "--unit", "VP", "--as-of", "$as_of"),
  "due-nocache": c("due", "--unit", "VP", "--as-of", "$as_of", cache=nocache),
  # A one-line edit of one plan before each run (untimed), each edit new, so no cache keyed
  # by content can have seen it.
  "due-edited": c("due", "--unit", "VP", "--as-of", "$as_of",
                  before=f"sed -i \"s/^title: .*/title: Kế hoạch sửa lần \$(date +%s%N)/\" '$edited'"),
  # One agency of all (an Office's own view): only its plans' bodies and unit index are built.
  "due-agency": c("due", "--as-of", "$as_of", "--agency", "$one_agency"),
  "score": c("score", "--as-of", "$as_of"),
  "report": c("report", "--as-of", "$as_of"),
  "score-none": c("score", "--as-of", "$as_of_none"),
  "report-none": c("report", "--as-of", "$as_of_none"),
  "ajv": {"argv": ajv + ["-s", f"{root}/schemas/plan.schema.json", "-d", f"{out}/json/*.json"], "ok": [0, 1]},
  "libyaml": {"argv": [f"{out}/yaml-events"], "cwd": corpus, "stdin": f"{out}/files.txt"},
  "task": {"argv": ["task", "rc.report.list.filter=", "+VP", f"due.before:{window_end}", "list"], "ok": [0, 1]},
}
pairs = [
  ("validate all plans, cold", "check-cold", "ajv", "ajv-cli, plan files (plan schema)", "≤ 0.5 cpu"),
  ("validate all plans, cold", "check-cold", "libyaml", "libyaml events, same files, 2 threads", "≤ 2"),
  ("validate again, unchanged", "check-warm", "libyaml", "libyaml events, same files, 2 threads", "under 0.1 s (10k)"),
  ("deadlines of VP, unchanged", "due", "task", "Taskwarrior +VP due.before:", "≤ 0.2 wall and cpu; under 0.1 s"),
  ("deadlines of VP, after a one-line edit", "due-edited", "task", "Taskwarrior +VP due.before:", "under 0.15 s"),
  ("deadlines of VP, no cache at all", "due-nocache", "task", "Taskwarrior +VP due.before:", ""),
  ("deadlines of one agency, unchanged", "due-agency", "due", "\`due --unit VP\` of every agency", ""),
  ("targets, unchanged", "score", "libyaml", "libyaml events, same files, 2 threads", ""),
  ("giao ban report, unchanged", "report", "libyaml", "libyaml events, same files, 2 threads", ""),
  ("targets, no plan in force", "score-none", "score", "\`score\` with plans in force", "stops after the headers"),
  ("report, no plan in force", "report-none", "report", "\`report\` with plans in force", "stops after the headers"),
]
json.dump({"commands": commands, "rounds": $rounds, "out": f"{out}/pairs-result.json",
           "pairs": [{"what": w, "run": [a, b], "peer": p, "target": t} for w, a, b, p, t in pairs]},
          open(sys.argv[1], "w"), indent=1)
PY

plans=$(grep -c -v -e agency.yaml -e /journal/ "$out/files.txt")
mb=$(du -sm "$corpus/plans" | cut -f1)
echo "corpus $size: $plans distinct plans ($(wc -l <"$out/files.txt") files, $mb MB), $ntasks dated tasks;" \
  "$rounds rounds; $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)"
echo
python3 "$here/pairs.py" "$out/pairs.json"
