# Shared helpers for the end-to-end tests; each tests/e2e/test_*.sh sources this file:
#   . "$(dirname "$0")/lib.sh" "$@"       (arguments: path to cchc, source directory)
# Every assertion looks at the last `run`: its exit status RC, stdout OUT, stderr ERR.
# The script ends with `finish`, which prints "N passed, M failed" and sets the exit status.
set -u

CCHC=${1:?usage: $0 path/to/cchc source-dir}
SRC=${2:?usage: $0 path/to/cchc source-dir}
case $CCHC in /*) ;; *) CCHC=$PWD/$CCHC ;; esac
case $SRC in /*) ;; *) SRC=$PWD/$SRC ;; esac
FIXTURES=$SRC/tests/e2e/fixtures
export NO_COLOR=1 LC_ALL=C.UTF-8
PASSED=0
FAILED=0
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cchc-e2e.XXXXXX") || exit 2
trap 'chmod -R u+rwX "$TMP" 2>/dev/null; rm -rf "$TMP"' EXIT
# Caches (check results, parsed trees) of this script's own, never the user's.
export XDG_CACHE_HOME=$TMP/cache
OUT= ERR= RC= LAST=
# Time bounds ("no hang", "within a second") are multiplied by this: a sanitizer build is
# several times slower (tests/CMakeLists.txt sets it).
SLOWDOWN=${CCHC_TEST_SLOWDOWN:-1}

# run ARGS…: runs cchc in the current directory.
run() {
    LAST="cchc $*"
    "$CCHC" "$@" >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}

# run_in DIR ARGS…: runs cchc with DIR as the current directory.
run_in() {
    local dir=$1
    shift
    LAST="(cd $dir) cchc $*"
    (cd "$dir" && exec "$CCHC" "$@") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}

pass() { PASSED=$((PASSED + 1)); }
fail() {
    FAILED=$((FAILED + 1))
    {
        printf 'FAIL: %s\n  command: %s\n  exit: %s\n' "$1" "$LAST" "$RC"
        printf '  stdout: %s\n' "$(printf '%s' "$OUT" | head -c 1500)"
        printf '  stderr: %s\n' "$(printf '%s' "$ERR" | head -c 1500)"
    } >&2
}
# ok CONDITION-STATUS DESCRIPTION: records the outcome of the command just run ($?).
check() { if [ "$1" -eq 0 ]; then pass; else fail "$2"; fi; }

expect_rc() { [ "$RC" = "$1" ]; check $? "${2:-exit status} (want $1, got $RC)"; }
# Substrings and exact lines of stdout / stderr.
has() { case $2 in *"$1"*) return 0 ;; esac; return 1; }
has_line() { printf '%s\n' "$2" | grep -qxF -- "$1"; }
expect_out() { has "$1" "$OUT"; check $? "${2:-stdout has} '$1'"; }
expect_no_out() { ! has "$1" "$OUT"; check $? "${2:-stdout lacks} '$1'"; }
expect_out_line() { has_line "$1" "$OUT"; check $? "${2:-stdout has the line} '$1'"; }
expect_err() { has "$1" "$ERR"; check $? "${2:-stderr has} '$1'"; }
expect_no_err() { ! has "$1" "$ERR"; check $? "${2:-stderr lacks} '$1'"; }

# has_diag LOC SEVERITY CODE [MESSAGE-PART]: a stdout line "LOC: SEVERITY: … [CODE]".
has_diag() {
    local line
    while IFS= read -r line; do
        [[ $line == "$1: $2: "*" [$3]" ]] || continue
        [[ -z ${4-} || $line == *"$4"* ]] && return 0
    done <<<"$OUT"
    return 1
}
expect_diag() { has_diag "$@"; check $? "diagnostic '$1: $2: … [$3]'${4:+ with '$4'}"; }
# Number of diagnostic lines (text format) in stdout, optionally of one code.
diag_count() { printf '%s\n' "$OUT" | grep -cE "^[^ ].*: (lỗi|cảnh báo|error|warning): .* \[${1:-[a-z0-9-]+}\]\$"; }
expect_diag_count() {
    local n
    n=$(diag_count "${2-}")
    [ "$n" = "$1" ]
    check $? "${3:-number of diagnostics}${2:+ [$2]} (want $1, got $n)"
}

# Not a crash: exit status 1 or 2 (never a signal, never CLI11's 100+), no sanitizer report.
expect_no_crash() {
    case $RC in 1 | 2) pass ;; *) fail "${1:-no crash}: exit status $RC, want 1 or 2" ;; esac
    ! has Sanitizer "$ERR" && ! has terminate "$ERR" && ! has "internal error" "$ERR"
    check $? "${1:-no crash}: no sanitizer report, terminate or internal error on stderr"
}

# Valid JSON on stdout (python3 -m json.tool).
expect_json() { printf '%s' "$OUT" | python3 -m json.tool >/dev/null 2>&1; check $? "${1:-stdout is valid JSON}"; }
# py EXPR-FILE-BODY: runs python3 with `data` = the JSON on stdout; the body exits 0 when right.
expect_py() {
    printf '%s' "$OUT" | python3 -c "import json,sys
data = json.load(sys.stdin)
$1" >/dev/null 2>"$TMP/.py"
    check $? "$2$(cat "$TMP/.py" | tail -n 1 | sed 's/^/: /')"
}

# repo NAME [OVERLAY…]: a fresh repository $TMP/NAME: the base fixture, then each overlay
# (a directory under fixtures/) copied on top. Prints the path.
repo() {
    local dir=$TMP/$1
    shift
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -R "$FIXTURES/base/." "$dir/"
    local o
    for o in "$@"; do cp -R "$FIXTURES/$o/." "$dir/"; done
    printf '%s\n' "$dir"
}

# line_of FILE REGEX: the number of the first line matching (grep -E), for expected positions.
line_of() { grep -nE -- "$2" "$1" | head -n 1 | cut -d: -f1; }
# col_of FILE LINE TEXT: the 1-based character column where TEXT first starts on LINE.
col_of() {
    python3 -c "import sys
line = open(sys.argv[1], encoding='utf-8').read().split('\n')[int(sys.argv[2]) - 1]
i = line.find(sys.argv[3]); print(i + 1 if i >= 0 else 0)" "$1" "$2" "$3"
}

# tmux_start SESSION COLS ROWS CMD: a detached terminal of COLS×ROWS running CMD, on a tmux
# server of its own: SOCK is a fresh socket each time, so a server still shutting down from the
# previous terminal is never met by the next one (under load that race printed "server exited
# unexpectedly" and every later call found no server). Tried three times; non-zero if no
# session came up. tmux_stop ends it. Callers write $TMP/tmux.conf first.
TMUX_SERIAL=0
tmux_start() {
    local _try
    for _try in 1 2 3; do
        TMUX_SERIAL=$((TMUX_SERIAL + 1))
        SOCK=$TMP/tmux.$TMUX_SERIAL.sock
        if env -u TMUX tmux -S "$SOCK" -f "$TMP/tmux.conf" new-session -d -x "$2" -y "$3" -s "$1" "$4" 2>/dev/null &&
            tmux -S "$SOCK" has-session -t "$1" 2>/dev/null; then
            return 0
        fi
        tmux -S "$SOCK" kill-server 2>/dev/null
        sleep 0.3
    done
    echo "tmux: no session came up on $SOCK" >&2
    return 1
}
tmux_stop() { tmux -S "$SOCK" kill-server 2>/dev/null; }

# same_as_golden FILE GOT: whether the file GOT has the bytes of $GOLDEN/FILE (each script
# sets GOLDEN). With UPDATE_GOLDEN=1 it first copies GOT there: then READ
# `git diff tests/e2e/golden` against the plans before committing. When not the same,
# GOLDEN_WHY says so in a line and GOLDEN_DIFF shows the changed lines.
same_as_golden() {
    local file=$1 got=$2
    GOLDEN_WHY="golden/$file" GOLDEN_DIFF=
    if [ -n "${UPDATE_GOLDEN:-}" ]; then cp "$got" "$GOLDEN/$file"; echo "golden/$file updated" >&2; return 0; fi
    if [ ! -f "$GOLDEN/$file" ]; then GOLDEN_WHY="golden/$file missing (UPDATE_GOLDEN=1 creates it)"; return 1; fi
    cmp -s "$GOLDEN/$file" "$got" && return 0
    GOLDEN_WHY="differs from golden/$file"
    GOLDEN_DIFF=$(python3 "$TMP/.linediff.py" "$GOLDEN/$file" "$got")
    return 1
}
# Changed lines around their first difference (JSON compared pretty-printed).
cat >"$TMP/.linediff.py" <<'EOF'
import difflib, json, sys
def lines(f):
    t = open(f).read()
    return json.dumps(json.loads(t), ensure_ascii=False, indent=1).splitlines() if f.endswith(".json") else t.splitlines()
a, b, n = lines(sys.argv[1]), lines(sys.argv[2]), 0
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
    for k in range(max(i2 - i1, j2 - j1)) if tag != "equal" else []:
        x = a[i1 + k] if i1 + k < i2 else None
        y = b[j1 + k] if j1 + k < j2 else None
        c = 0
        while x is not None and y is not None and c < min(len(x), len(y)) and x[c] == y[c]: c += 1
        s = max(0, c - 30)
        if x is not None: print(f"golden {i1 + k + 1}: {'…' if s else ''}{x[s:s + 150]}")
        if y is not None: print(f"actual {j1 + k + 1}: {'…' if s else ''}{y[s:s + 150]}")
        n += 1
        if n >= 10: sys.exit()
EOF

# damage KIND GARBAGE FILE…: damages each FILE as a cache file can be: truncate (its first
# 2000 bytes), garbage (replaced by the text GARBAGE) or flip (bytes flipped every 997).
damage() {
    local kind=$1 garbage=$2 f
    shift 2
    for f in "$@"; do
        [ -f "$f" ] || continue
        case $kind in
            truncate) head -c 2000 "$f" >"$f.x" && mv "$f.x" "$f" ;;
            garbage) printf '%b' "$garbage" >"$f" ;;
            flip) python3 - "$f" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read())
for i in range(200, len(b), 997): b[i] ^= 0x5A
open(p, 'wb').write(bytes(b))
PY
            ;;
        esac
    done
}

finish() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
    exit $?
}
