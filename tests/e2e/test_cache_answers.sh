#!/usr/bin/env bash
# Caches never change an answer: on the bench's corpus of 200 distinct plans
# (bench/make-corpus.py 200 --vary), check, due, score and report give the same output and
# exit status with the caches (check results, parsed trees, compiled models) as with none at all, on the first
# run (caches filled), the next (caches read), and after an edit, a touch, changes within
# the same second as the stat index was written, deletions and damaged cache files. Each
# plan's rule results are kept too (plan-rules-*): an edit of a journal alone changes what a
# plan's rules say (plan-start-unknown names the plan's first entry).
. "$(dirname "$0")/lib.sh" "$@"

C=$TMP/corpus
# 200 plans take a minute or two here; a sanitizer build is ten times slower and would pass
# ctest's 300 s, so there the shipped plans once (what it looks for is memory errors).
size=200 want=200
[ "$SLOWDOWN" -gt 1 ] && size=seed want=5
prefix=c00001/  # a copy of the shipped agencies (the seed corpus has them once, at the top)
[ "$size" = seed ] && prefix=
python3 "$SRC/bench/make-corpus.py" $size "$C" --vary >/dev/null
check $? "make-corpus $size --vary"
plans=$(find "$C/plans" -name '*.yaml' ! -name agency.yaml ! -path '*/journal/*' | wc -l)
[ "$plans" -ge $want ]
check $? "$want plans ($plans)"
dups=$(find "$C/plans" -name '*.yaml' ! -name agency.yaml ! -path '*/journal/*' -exec sed 1d {} \; -exec echo @@ \; |
    python3 -c "import sys; t = sys.stdin.read().split('@@\n')[:-1]; print(len(t) - len(set(t)))")
[ "$dups" = 0 ]
check $? "no two plans have the same text, first line aside ($dups repeated)"

# due, score and report read the plans' headers first and the bodies of the plans they look
# at only: also compared with one agency in scope, with no plan in force (2030), and while the
# 2024 plans, ended, are still scored (March 2025).
commands=("check --lang en" "due --as-of 2024-11-25 --format json" "score --as-of 2024-06-01 --format json"
          "report --as-of 2024-06-01 --format json"
          "due --as-of 2024-11-25 --agency ${prefix}khanh-hoa/stttt --format json"
          "score --as-of 2030-06-01 --format json" "score --as-of 2025-03-01 --format json"
          "report --as-of 2024-06-01 --agency ${prefix}khanh-hoa/snv --format json")
cache=$TMP/cache
# same LABEL: every command's output and exit status with no cache (a cache directory that
# cannot exist) against two runs with the cache: the first may fill it, the second reads it.
same() {
    local cmd ref_out ref_rc
    for cmd in "${commands[@]}"; do
        XDG_CACHE_HOME=/dev/null/none run_in "$C" $cmd
        ref_out=$OUT ref_rc=$RC
        [ -n "$ref_out" ] && [ "$ref_rc" = 0 ]
        check $? "$1: $cmd answers without a cache (exit $ref_rc)"
        for pass in fill read; do
            XDG_CACHE_HOME=$cache run_in "$C" $cmd
            [ "$RC" = "$ref_rc" ] && [ "$OUT" = "$ref_out" ]
            check $? "$1: $cmd: the same answer with the cache ($pass) as without (exit $RC, want $ref_rc)"
        done
    done
}

same "first runs"
XDG_CACHE_HOME=/dev/null/none run_in "$C" due --as-of 2024-11-25 --format json
before_due=$OUT
ls "$cache"/cchc/models-* >/dev/null 2>&1
check $? "the runs kept compiled models"
ls "$cache"/cchc/plan-rules-* >/dev/null 2>&1
check $? "the runs kept each plan's rule results"
# Every file of the corpus loads without a diagnostic, so each is kept as its model, and none
# also as its parsed tree (trees are kept for files whose model is not).
! ls "$cache"/cchc/trees-* >/dev/null 2>&1
check $? "no file is kept twice (no tree pack beside the models)"
# A warm due opens no plan, agency or journal file: their models come from the model pack,
# vouched for by the stat index (files less than a second older than the index are read
# again by design: the corpus is older than that by now).
if command -v strace >/dev/null 2>&1; then
    sleep 1.1
    XDG_CACHE_HOME=$cache run_in "$C" due --as-of 2024-11-25 --format json
    (cd "$C" && XDG_CACHE_HOME=$cache strace -f -qq -e trace=open,openat -o "$TMP/opens.txt" \
        "$CCHC" due --as-of 2024-11-25 --format json >"$TMP/strace-due.json" 2>/dev/null)
    [ "$(cat "$TMP/strace-due.json")" = "$before_due" ]
    check $? "due under strace gives the same answer"
    opened=$(grep -c 'plans/.*\.yaml' "$TMP/opens.txt")
    [ "$opened" = 0 ]
    check $? "a warm due reads no file of plans/ ($opened opened)"
else
    echo "strace not found: the count of files a warm due opens is not checked (scripts/setup.sh installs it)"
fi

# An edit of a task's text in one plan (the same size, so a stat that looks only at sizes
# would miss it), and a new deadline in another.
plan=$(find "$C/plans" -name '*tuyen-truyen-cchc*.yaml' | sort | tail -n 1)
cp "$plan" "$TMP/before.yaml"
python3 - "$plan" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
at = next(i for i, l in enumerate(lines) if re.fullmatch(r" *what: >-", l)) + 1
lines[at] = re.sub("[a-z]", "X", lines[at], count=1)
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines))
PY
! cmp -s "$TMP/before.yaml" "$plan" && [ "$(stat -c %s "$plan")" = "$(stat -c %s "$TMP/before.yaml")" ]
check $? "the plan was edited, its size kept"
other=$(find "$C/plans" -name '*khac-phuc-par-sipas*.yaml' | sort | head -n 1)
sed -i '0,/timing: /s/timing: .*/timing: Trước ngày 05\/06\/2024/' "$other"
# A journal's first entry about a plan a day earlier: no plan file changes, but the plan's
# plan-start-unknown warning names the new date (the kept rule results must not).
journal=$(find "$C/plans" -path '*/khanh-hoa/snv/journal/*.yaml' | sort | tail -n 1)
sed -i '0,/date: "2024-04-05"/s//date: "2024-04-04"/' "$journal"
grep -q 'date: "2024-04-04"' "$journal"
check $? "the journal's first entry moved"
same "after edits"
XDG_CACHE_HOME=$cache run_in "$C" check --lang en
expect_out "(04/04/2024)" "the moved first entry is in check's warning, with the caches"
XDG_CACHE_HOME=/dev/null/none run_in "$C" due --as-of 2024-11-25 --format json
[ "$OUT" != "$before_due" ]
check $? "the edits change the answers (due), so the comparisons above can fail"
expect_out "Trước ngày 05/06/2024" "the new deadline is in them"

# A touch changes the stat, not the bytes. Then, within the same second as a run that wrote
# the stat index (the "racy" case: time stamps are too coarse to tell such a change), a plan
# edited, its size and modification time kept, and a plan added to a directory whose listing
# the index keeps. (One comparison for both: this test must stay within ctest's time.)
find "$C/plans" -path '*/khanh-hoa/snv/*' -name '*.yaml' -exec touch {} +
racy=$(find "$C/plans" -name '*tuyen-truyen-cchc*.yaml' | sort | head -n 1)
XDG_CACHE_HOME=$cache run_in "$C" check --lang en
[ "$RC" = 0 ]
check $? "check after the touches (exit $RC)"
mtime=$(stat -c %y "$racy")
cp "$racy" "$TMP/racy-before.yaml"
LC_ALL=C sed -i '0,/^title: /s/^\(title: [^a-z]*\)[a-z]/\1X/' "$racy"  # one ASCII letter: same size
touch -d "$mtime" "$racy"
! cmp -s "$TMP/racy-before.yaml" "$racy" && [ "$(stat -c %s "$racy")" = "$(stat -c %s "$TMP/racy-before.yaml")" ] &&
    [ "$(stat -c %y "$racy")" = "$mtime" ]
check $? "the plan was edited, its size and time kept"
cp "$other" "$(dirname "$other")/them-moi-$(basename "$other")"
same "after touches, and changes within the same second"

# Deletions: a plan with the journal that names it, a journal alone, a whole agency.
rm -r "$plan" "$(dirname "$plan")/journal" "$(find "$C/plans" -path '*/khanh-hoa/snv/journal/*.yaml' | sort | head -n 1)"
rm -r "$(find "$C/plans" -type d -path '*/khanh-hoa/skhdt' | sort | tail -n 1)"
same "after deletions"

# Damaged cache files: truncated, overwritten, bytes flipped.
for damage in truncate garbage flip; do
    damage "$damage" 'not a cache\n' "$cache"/cchc/*
    same "damaged cache ($damage)"
done

finish
