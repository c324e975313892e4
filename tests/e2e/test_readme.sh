#!/usr/bin/env bash
# The README's examples are real: every ```console block ("$ cchc …" lines, each followed by
# the output it shows) is run on a copy of the shipped plans and must print exactly that
# (stdout, then stderr). Commands in the README use fixed dates (--as-of, --date, --year)
# and --dry-run, so the output does not depend on today or change the plans.
. "$(dirname "$0")/lib.sh" "$@"

R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$R/"
[ -f "$SRC/cchc.yaml" ] && cp "$SRC/cchc.yaml" "$R/"
BIN=$TMP/bin
mkdir -p "$BIN"
ln -s "$CCHC" "$BIN/cchc"

# split README DIR: the README's examples as DIR/N.cmd (the command) and N.out (what it shows).
split() {
python3 - "$1" "$2" <<'PY'
import os, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = sys.argv[2]
os.makedirs(out)
n = 0
inside = False
cmd = None
def flush():
    global cmd, n
    if cmd is not None:
        n += 1
        open(f"{out}/{n}.cmd", "w", encoding="utf-8").write(cmd[0])
        open(f"{out}/{n}.out", "w", encoding="utf-8").write("".join(l + "\n" for l in cmd[1]))
    cmd = None
for line in lines:
    if not inside:
        inside = line.strip() == "```console"
        continue
    if line.strip() == "```":
        flush()
        inside = False
    elif line.startswith("$ "):
        flush()
        cmd = [line[2:], []]
    elif cmd is not None:
        cmd[1].append(line)
print(n)
PY
}

# mismatches DIR: runs every example of DIR; the diffs go to $TMP/diff-N, their count to stdout.
mismatches() {
    local bad=0 cmd_file
    for cmd_file in "$1"/*.cmd; do
        (cd "$R" && PATH=$BIN:/usr/bin:/bin bash -c "$(cat "$cmd_file")" >"$TMP/got.out" 2>"$TMP/got.err")
        cat "$TMP/got.out" "$TMP/got.err" >"$TMP/got"
        diff -u "${cmd_file%.cmd}.out" "$TMP/got" >"$TMP/diff-$(basename "${cmd_file%.cmd}")" || bad=$((bad + 1))
    done
    echo "$bad"
}

count=$(split "$SRC/README.md" "$TMP/ex")
[ "$count" -ge 4 ]
check $? "the README has console examples to check (found $count)"

for cmd_file in "$TMP/ex"/*.cmd; do
    want=${cmd_file%.cmd}.out
    cmd=$(cat "$cmd_file")
    LAST=$cmd
    (cd "$R" && PATH=$BIN:/usr/bin:/bin bash -c "$cmd" >"$TMP/got.out" 2>"$TMP/got.err")
    cat "$TMP/got.out" "$TMP/got.err" >"$TMP/got"
    if diff -u "$want" "$TMP/got" >"$TMP/diff"; then
        pass
    else
        RC=? OUT=$(cat "$TMP/diff") ERR=
        fail "README example '$cmd' prints what the README shows"
    fi
done

# The check itself is no rubber stamp: one changed line of output is one mismatch.
sed 's/hạn cuối 19\/12\/2024 (Thứ Năm)/hạn cuối 19\/12\/2024 (Thứ Sáu)/' "$SRC/README.md" >"$TMP/README.changed"
split "$TMP/README.changed" "$TMP/ex-changed" >/dev/null
[ "$(mismatches "$TMP/ex-changed")" = 1 ]
check $? "an altered example is found"

finish
