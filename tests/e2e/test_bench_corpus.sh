#!/usr/bin/env bash
# Smoke test of the benchmark tools (no timing): bench/make-corpus.py makes a corpus that
# cchc checks like the shipped plans, and bench/to-json.py converts it for ajv-cli and
# Taskwarrior. The timed runs are bench/run.sh, outside ctest.
. "$(dirname "$0")/lib.sh" "$@"
export XDG_CACHE_HOME=$TMP/cache

python3 "$SRC/bench/make-corpus.py" seed "$TMP/seed" >/dev/null
check $? "make-corpus seed runs"
shipped=$(find "$SRC/plans" -name '*.yaml' | wc -l)
made=$(find "$TMP/seed/plans" -name '*.yaml' | wc -l)
[ "$made" = "$shipped" ]
check $? "seed corpus holds the shipped files ($made of $shipped)"
(cd "$TMP/seed" && "$CCHC" check --no-cache) >"$TMP/.out" 2>"$TMP/.err"
RC=$?
expect_rc 0 "cchc check on the seed corpus"
(cd "$TMP/seed" && "$CCHC" due --unit VP --as-of 2024-06-01 --format json) >"$TMP/due.json" 2>/dev/null
check $? "due --unit VP on the seed corpus"
python3 "$SRC/bench/make-corpus.py" province "$TMP/province" >/dev/null
dups=$(find "$TMP/province/plans" -type f -exec md5sum {} + | cut -c1-32 | sort | uniq -d | wc -l)
[ "$dups" = 0 ]
check $? "no two files of a copied corpus have the same bytes ($dups repeated)"
python3 "$SRC/bench/to-json.py" plans "$TMP/seed" "$TMP/json"
check $? "to-json plans"
n=$(ls "$TMP/json" | wc -l)
[ "$n" -ge 5 ]
check $? "one JSON per plan ($n)"
(cd "$TMP/seed" && "$CCHC" due --as-of 2024-06-01 --format json) >"$TMP/all.json" 2>/dev/null
t=$(python3 "$SRC/bench/to-json.py" tasks "$TMP/all.json" "$TMP/tasks.ndjson")
[ "${t:-0}" -gt 0 ] && [ "$(wc -l <"$TMP/tasks.ndjson")" = "$t" ]
check $? "dated tasks for Taskwarrior ($t)"

finish
