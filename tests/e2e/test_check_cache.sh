#!/usr/bin/env bash
# The check cache: an unchanged repository replays the stored result (same output, same
# exit status); any change to a file it reads, or --no-cache, checks again.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
R=$(repo cached)
export XDG_CACHE_HOME=$TMP/cache
printf 'title: A\nyear: 2024\npalce: x\n' >"$R/$T/2024-bad.yaml"
run_check() {
    LAST="(cd $R) cchc check $*"
    (cd "$R" && exec "$CCHC" check "$@") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}
run_check --no-cache
first_out=$OUT first_err=$ERR
expect_rc 1 "broken plan: exit 1"
[ -z "$(ls -A "$XDG_CACHE_HOME" 2>/dev/null)" ]
check $? "--no-cache writes no cache"
run_check
[ "$OUT" = "$first_out" ] && [ "$ERR" = "$first_err" ]
check $? "first cached run: same output"
[ -n "$(ls "$XDG_CACHE_HOME/cchc" 2>/dev/null)" ]
check $? "the result is stored under XDG_CACHE_HOME/cchc"
run_check
expect_rc 1 "replayed: still exit 1"
[ "$OUT" = "$first_out" ] && [ "$ERR" = "$first_err" ]
check $? "replayed: same diagnostics and summary"
run_check --lang en
expect_diag $T/2024-bad.yaml:3:1 error unknown-key "'place'"
# A change in another file must be seen, even one that only matters across files.
printf 'title: A\nyear: 2024\n' >"$R/$T/2024-bad.yaml"
run_check
expect_no_out "palce" "a fixed file is checked again"
printf 'name: Sở Thử nghiệm\nunits: [VP\n' >"$R/$T/agency.yaml"
run_check
expect_rc 1 "a broken agency.yaml after a clean cached run: exit 1"
expect_diag_count 1 yaml-syntax "the agency's syntax error is reported"
# A corrupt cache entry is ignored, not trusted.
for f in "$XDG_CACHE_HOME"/cchc/*; do printf 'garbage' >"$f"; done
run_check
expect_diag_count 1 yaml-syntax "corrupt cache: checked again"
# The cache stays bounded: many repository states keep at most 32 entries.
for i in $(seq 1 40); do
    printf 'title: A\nyear: 2024\nnote: "%s"\n' "$i" >"$R/$T/2024-bad.yaml"
    (cd "$R" && "$CCHC" check) >/dev/null 2>&1
done
n=$(ls "$XDG_CACHE_HOME/cchc" | grep -c '^check-')
[ "$n" -le 32 ] && [ "$n" -ge 1 ]
check $? "at most 32 cache entries ($n)"
# Unchanged files are recognised by stat (size, mtime, inode, ctime) without being read; an
# edit that keeps size and mtime still changes ctime, so it is seen.
printf 'title: A\nyear: 2024\nnote: "aa"\n' >"$R/$T/2024-bad.yaml"
find "$R" -type f -exec touch -d '2020-01-01 00:00' {} +
run_check
expect_no_out "palce" "old files: checked"
run_check
expect_no_out "palce" "old files: replayed"
printf 'title: A\nyear: 2024\npalce: "x"\n' >"$R/$T/2024-bad.yaml"
touch -d '2020-01-01 00:00' "$R/$T/2024-bad.yaml"
run_check --lang en
expect_diag $T/2024-bad.yaml:3:1 error unknown-key "'place'"  # same size and mtime, new bytes: checked again
# After an edit, check keys the repository once and loads what it keyed: each file not
# edited is stat'd once (twice before: check keyed the files, then the load keyed them again,
# and could have stored its result under the first key though a file changed in between).
if command -v strace >/dev/null 2>&1; then
    other=$(cd "$R" && find plans -name agency.yaml | head -1)
    run_check  # the stamps settle
    sleep 1.1
    run_check
    printf '# sửa\n' >>"$R/$T/2024-bad.yaml"
    (cd "$R" && strace -f -e trace=stat,newfstatat,statx,lstat -o "$TMP/stats.txt" "$CCHC" check >/dev/null 2>&1)
    n=$(grep -c "$other" "$TMP/stats.txt")
    [ "$n" = 1 ]
    check $? "after an edit, a file not edited is stat'd once ($other: $n)"
fi
finish
