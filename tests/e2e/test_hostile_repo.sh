#!/usr/bin/env bash
# End-to-end tests of a repository prepared by someone hostile or careless (a pull request):
# links out of the repository, devices, FIFOs and sockets in place of plans, damaged or
# replaced cache files, plans in force on no day, contents that would be silently dropped,
# output that could grow without bound. Special files are made here, at test time.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
export XDG_CACHE_HOME=$TMP/cache
bad() { R=$(repo "$1"); }
# in_time CMD…: `cchc CMD…` in $R, killed after 10 seconds; SECONDS_TAKEN and PEAK_KB set.
in_time() {
    LAST="(cd $R) timeout 10 cchc $*"
    local start=$(date +%s%N)
    (cd "$R" && exec /usr/bin/time -f '%M' -o "$TMP/.mem" timeout 10 "$CCHC" "$@") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    MS_TAKEN=$((($(date +%s%N) - start) / 1000000))
    PEAK_KB=$(tail -n 1 "$TMP/.mem" 2>/dev/null || echo 0)
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}
# A second, or as much more as the build is slower (sanitizers: lib.sh's SLOWDOWN).
LIMIT_MS=$((1000 * SLOWDOWN))
# fast_and_small WHAT: the last run took under a second and under 200 MB.
fast_and_small() {
    [ "$MS_TAKEN" -lt "$LIMIT_MS" ]
    check $? "$1: within a second (took ${MS_TAKEN} ms)"
    [ "${PEAK_KB:-0}" -lt 200000 ] 2>/dev/null
    check $? "$1: bounded memory (peak ${PEAK_KB} kB)"
}

# --- files that are not regular files, or not inside the repository -------------------------
bad passwd
ln -s /etc/passwd "$R/$T/2024-x.yaml"
for fmt in text github json; do
    in_time check --no-cache --format $fmt
    expect_rc 1 "a link to /etc/passwd ($fmt): exit 1"
    expect_no_out "root:x:" "a link to /etc/passwd ($fmt): no line of it is shown"
    expect_no_out "/bin/" "a link to /etc/passwd ($fmt): nothing of its content"
done
in_time check --no-cache
expect_diag $T/2024-x.yaml:1:1 lỗi outside-root "$T/2024-x.yaml"
expect_diag_count 1 "" "a link to /etc/passwd: one error, nothing else"
fast_and_small "a link to /etc/passwd"
in_time check
expect_no_out "root:x:" "with the cache: no line of /etc/passwd either"
expect_diag $T/2024-x.yaml:1:1 lỗi outside-root

bad linked-inside
mkdir -p "$R/kept"
printf 'title: A\nyear: 2024\n' >"$R/kept/x.yaml"
ln -s ../../../kept/x.yaml "$R/$T/2024-in.yaml"
in_time check --no-cache
expect_diag_count 0 outside-root "a link that stays inside the repository is read"

bad zero
ln -s /dev/zero "$R/$T/2024-zero.yaml"
in_time check --no-cache
expect_rc 1 "a link to /dev/zero: exit 1"
expect_diag $T/2024-zero.yaml:1:1 lỗi outside-root
fast_and_small "a link to /dev/zero"
if [ "$(id -u)" = 0 ]; then
    rm "$R/$T/2024-zero.yaml"
    mknod "$R/$T/2024-zero.yaml" c 1 5
    in_time check --no-cache
    expect_diag $T/2024-zero.yaml:1:1 lỗi not-a-regular-file "device"
    fast_and_small "a /dev/zero device node as a plan"
fi

bad fifo
mkfifo "$R/$T/2024-fifo.yaml"
mkdir -p "$R/$T/journal"
mkfifo "$R/$T/journal/2024.yaml"
in_time check --no-cache
expect_rc 1 "FIFOs as a plan and a journal: exit 1"
expect_diag $T/2024-fifo.yaml:1:1 lỗi not-a-regular-file "FIFO"
expect_diag $T/journal/2024.yaml:1:1 lỗi not-a-regular-file "FIFO"
expect_diag_count 2 "" "two FIFOs: two errors"
fast_and_small "FIFOs as a plan and a journal"
in_time check
expect_diag_count 2 not-a-regular-file "with the cache: the same, no hang"
for cmd in due tasks score; do
    in_time $cmd
    [ "$RC" = 1 ] && [ "$MS_TAKEN" -lt "$LIMIT_MS" ]
    check $? "$cmd on a repository with FIFOs: exit 1 at once (got $RC in $MS_TAKEN ms)"
done

bad socket
python3 -c "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$R/$T/2024-sock.yaml"
in_time check --no-cache
expect_diag $T/2024-sock.yaml:1:1 lỗi not-a-regular-file "socket"
fast_and_small "a socket as a plan"

bad settings-link
ln -s /etc/passwd "$R/cchc.yaml"
in_time check --no-cache
expect_diag cchc.yaml:1:1 lỗi outside-root
expect_no_out "root:x:" "cchc.yaml linked to /etc/passwd: nothing of it shown"

# --- the caches: damaged, replaced ----------------------------------------------------------
bad cached  # (not "cache": that is $XDG_CACHE_HOME)
printf 'title: A\nyear: 2024\npalce: x\n' >"$R/$T/2024-bad.yaml"
rm -rf "$XDG_CACHE_HOME"
in_time check --no-cache
want_out=$OUT want_rc=$RC
in_time check
in_time check  # now replayed from the cache
[ "$OUT" = "$want_out" ] && [ "$RC" = "$want_rc" ]
check $? "cache: replayed as checked"
entry=$(ls "$XDG_CACHE_HOME"/cchc/check-* | head -n 1)
good=$TMP/good-entry
cp "$entry" "$good"
size=$(stat -c %s "$good")
flips=0 differ=0
# A bit of each byte of the header (the counts of files, plans, tasks and diagnostics are
# there) and of every 16th byte after it (every bit of every byte is flipped by the unit
# test, tests/unit/test_check_cache.cpp): never another answer.
for i in $(python3 -c "import sys; n = int(sys.argv[1]); print(*sorted(set(range(33, min(n, 90))) | set(range(0, n, 16))))" "$size"); do
    python3 -c "import sys
b = bytearray(open(sys.argv[1], 'rb').read()); b[int(sys.argv[2])] ^= 1 << (int(sys.argv[2]) % 8)
open(sys.argv[3], 'wb').write(b)" "$good" $i "$entry"
    in_time check
    flips=$((flips + 1))
    { [ "$OUT" = "$want_out" ] && [ "$RC" = "$want_rc" ]; } || differ=$((differ + 1))
done
[ $differ = 0 ]
check $? "cache: $flips bit flips in a check result, $differ changed the output or exit status"
for kind in check stat trees; do
    f=$(ls "$XDG_CACHE_HOME"/cchc/$kind-* | head -n 1)
    rm -f "$f" && mkfifo "$f"
    in_time check
    { [ "$OUT" = "$want_out" ] && [ "$RC" = "$want_rc" ] && [ "$MS_TAKEN" -lt "$LIMIT_MS" ]; }
    check $? "cache: a FIFO as the $kind file: same answer, no hang ($MS_TAKEN ms)"
    in_time tasks
    [ "$RC" = 1 ] && [ "$MS_TAKEN" -lt "$LIMIT_MS" ]
    check $? "cache: a FIFO as the $kind file: tasks does not hang"
done

# --- plans in force on no day; a negative window ---------------------------------------------
bad period
sed 's/^issued: 2024-02-29/issued: "2032-06-01"/' "$R/$T/2024-base.yaml" >"$R/$T/2024-issued.yaml"
sed 's/^issued: 2024-02-29/from: 2024-09-01\nuntil: 2024-03-31/' "$R/$T/2024-base.yaml" >"$R/$T/2024-inverted.yaml"
rm "$R/$T/2024-base.yaml"
printf 'due_within: -5\n' >"$R/cchc.yaml"
in_time check --no-cache
expect_rc 1 "empty periods and due_within < 0: exit 1"
expect_diag $T/2024-issued.yaml:3:9 lỗi empty-period "01/06/2032"
expect_diag $T/2024-inverted.yaml:4:8 lỗi empty-period "01/09/2024"
expect_diag cchc.yaml:1:13 lỗi invalid-value "due_within"
in_time due
expect_rc 1 "due refuses a repository with an empty period"

# --- contents that would be dropped without a word -------------------------------------------
bad contents
mkdir -p "$R/$T/journal"
cat >"$R/$T/journal/2024.yaml" <<'EOF'
- { date: "2024-03-01", task: 2024-base#I.1, status: done, metric: sipas, value: 80 }
- { date: "2024-03-02", task: 2024-base#I.4, status: done, due: "2024-12-31" }
- { date: "2024-03-03", metric: ty_le, value: 50 }
EOF
cat >>"$R/$T/agency.yaml" <<'EOF'
  ty_le: { name: Tỷ lệ hoàn thành, unit: "%", computed: done_share }
  dem: { name: Số lượng, unit: count, scale: [] }
  nguoc: { name: Ngược, unit: count, min: 100, max: 0 }
EOF
sed -i 's/^  CNTT: /  vp: { name: Văn phòng khác }\n  CNTT: /' "$R/$T/agency.yaml"
sed -i 's/        targets: \[{ metric: sipas, op: ">=", value: 87 }\]/        targets: [{ metric: sipas, op: improve, value: "x" }]/' "$R/$T/2024-base.yaml"
sed -i 's/        due: 2024-12-15/        timing: Trước ngày 20\/12\/2042/' "$R/$T/2024-base.yaml"
in_time check --no-cache
expect_rc 1 "wrong contents: exit 1"
J=$T/journal/2024.yaml
expect_diag $J:1:$(col_of "$R/$J" 1 sipas) lỗi journal-entry-keys "'metric'"
expect_diag $J:1:$(col_of "$R/$J" 1 80) lỗi journal-entry-keys "'value'"
expect_diag $J:2:$(col_of "$R/$J" 2 '"2024-12-31"') lỗi journal-entry-keys "extended"
expect_diag $J:3:$(col_of "$R/$J" 3 50) lỗi journal-computed-value "ty_le"
A=$T/agency.yaml
expect_diag $A:$(line_of "$R/$A" '^  dem:'):$(col_of "$R/$A" "$(line_of "$R/$A" '^  dem:')" '[]') lỗi metric-kind "dem"
expect_diag $A:$(line_of "$R/$A" '^  nguoc:'):$(col_of "$R/$A" "$(line_of "$R/$A" '^  nguoc:')" '0 }') lỗi invalid-value "nguoc"
expect_diag $A:$(line_of "$R/$A" '^  vp:'):3 lỗi duplicate-unit "'vp'"
P=$T/2024-base.yaml
l=$(line_of "$R/$P" 'op: improve')
expect_diag $P:$l:$(col_of "$R/$P" $l '"x"') lỗi invalid-value "improve"
l=$(line_of "$R/$P" '2042')
expect_diag $P:$l:$(col_of "$R/$P" $l 'Trước') lỗi deadline-far-from-plan "/12/2042"
in_time check --list
for code in outside-root not-a-regular-file empty-period journal-entry-keys journal-computed-value duplicate-unit \
    deadline-far-from-plan more-diagnostics; do
    printf '%s\n' "$OUT" | grep -q "^$code "
    check $? "check --list lists $code"
done

# --- minor: tasks' exit status, located file errors, bidi controls ----------------------------
bad minor
printf 'title: "Kế hoạch \xe2\x80\xaeevil"\nyear: 2024\n' >"$R/$T/2024-bidi.yaml"
printf 'title: A\nyear: 2\0\n' >"$R/$T/2024-nul.yaml"
in_time check --no-cache
expect_diag $T/2024-bidi.yaml:1:18 lỗi control-character "U+202E"
expect_no_out $'\xe2\x80\xae' "U+202E never reaches the terminal"
expect_diag $T/2024-nul.yaml:2:8 lỗi binary-file
in_time tasks
expect_rc 1 "tasks on a repository with errors: exit 1"
expect_no_out $'\xe2\x80\xae' "tasks: U+202E never printed"

# --- bounded output ---------------------------------------------------------------------------
bad huge
python3 - "$R/$T/2024-base.yaml" <<'EOF'
import sys
p = sys.argv[1]
s = open(p, encoding='utf-8').read()
s = s.replace('task: Rà soát thủ tục hành chính', 'task: "' + ('Rà soát thủ tục hành chính ' * 100000) + '"')
open(p, 'w', encoding='utf-8').write(s)
EOF
in_time tasks --width 0
expect_rc 0 "a 2.8 MB task text: tasks lists it"
out_size=$(stat -c %s "$TMP/.out")
[ "$out_size" -lt 8000000 ]
check $? "a 2.8 MB task text: output stays near its size ($out_size bytes), no padding of every row to it"
{ printf 'title: A\nyear: 2024\n'; for i in $(seq 1 20000); do printf 'k: %d\n' $i; done; } >"$R/$T/2024-dup.yaml"
in_time check --no-cache
expect_diag_count 101 "" "20 000 repeated keys: the first 100 diagnostics of the file, then one line"
expect_diag_count 1 more-diagnostics "the rest in one line"
[ "$(printf '%s' "$OUT" | wc -c)" -lt 100000 ]
check $? "20 000 repeated keys: a page of output, not megabytes"

# --- killed Word reports: no temporary file once a later write has run, no pandoc behind ------
if command -v pandoc >/dev/null; then
    bad docx  # the small base repository: a report that pandoc converts quickly
    OUTDIR=$TMP/out
    mkdir -p "$OUTDIR" "$TMP/tmpdir"
    children=""
    for i in $(seq 1 20); do
        TMPDIR=$TMP/tmpdir "$CCHC" report --root "$R" --month 2024-11 --as-of 2024-11-29 --format docx \
            -o "$OUTDIR/r.docx" >/dev/null 2>&1 &
        pid=$!
        sleep "0.$((i % 10))"
        children="$children $(ps -o pid= --ppid $pid)"
        kill -9 $pid 2>/dev/null
        wait $pid 2>/dev/null
    done
    sleep 1
    left=0
    for c in $children; do
        st=$(ps -o stat= -p "$c" 2>/dev/null)
        case $st in "" | Z*) ;; *) left=$((left + 1)) ;; esac
    done
    [ $left = 0 ]
    check $? "20 killed docx reports: no pandoc left running ($left)"
    [ -z "$(ls -A "$TMP/tmpdir")" ]
    check $? "20 killed docx reports: nothing left in \$TMPDIR"
    printf 'x' >"$OUTDIR/.other.docx.tmp-999999-0"  # a look-alike of another target
    LAST="report --format docx -o r.docx after the kills"
    (umask 022 && TMPDIR=$TMP/tmpdir exec "$CCHC" report --root "$R" --month 2024-11 --as-of 2024-11-29 \
        --format docx -o "$OUTDIR/r.docx") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    expect_rc 0 "a docx report after 20 killed ones"
    [ "$(ls -A "$OUTDIR" | sort | tr '\n' ' ')" = ".other.docx.tmp-999999-0 r.docx " ]
    check $? "after a later write: only r.docx, every temporary of it removed, another's kept ($(ls -A "$OUTDIR" | tr '\n' ' '))"
    [ "$(stat -c %a "$OUTDIR/r.docx")" = 644 ]
    check $? "the .docx is rw-r--r-- under umask 022, not 0600"
    unzip -l "$OUTDIR/r.docx" 2>/dev/null | grep -q word/document.xml || python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).getinfo('word/document.xml')" "$OUTDIR/r.docx"
    check $? "the .docx is whole"
fi

finish
