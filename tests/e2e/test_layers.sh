#!/usr/bin/env bash
# The floors of lib/ (docs/architecture.md, "Floors of lib/"). The build runs
# scripts/check-layers.py before compiling; this test checks that
# - the tree passes it, with the floors lib/CMakeLists.txt lists;
# - the document's table and the folders agree: same floors in the same order, every file of a
#   folder named in its row (so the document cannot drift from the code);
# - the check catches what it is for: a back arrow, an include loop, a file on no floor.
. "$(dirname "$0")/lib.sh" "$@"
FLOORS=$(sed -n 's/^set(CCHC_FLOORS \(.*\))$/\1/p' "$SRC/lib/CMakeLists.txt")
LAST="floors of lib/"
[ "$(wc -w <<<"$FLOORS")" -ge 10 ]
check $? "lib/CMakeLists.txt lists the floors (got '$FLOORS')"

# shellcheck disable=SC2086  # one word per floor
OUT=$(python3 "$SRC/scripts/check-layers.py" "$SRC" $FLOORS 2>&1)
RC=$?
expect_rc 0 "no back arrow, no loop, no file on no floor"

cat >"$TMP/table.py" <<'EOF'
import os, re, sys
root, floors = sys.argv[1], sys.argv[2:]
rows = []
for line in open(os.path.join(root, "docs/architecture.md"), encoding="utf-8"):
    cells = line.split("|")
    if line.startswith("| ") and len(cells) > 3 and "`" in cells[3]:
        rows.append((cells[1].strip(), re.findall(r"`([^`]+)`", cells[3])))
bad = []
if [r[0] for r in rows] != floors:
    bad.append(f"the table's floors {[r[0] for r in rows]} are not CCHC_FLOORS {floors}")
for floor, patterns in rows:
    folder = os.path.join(root, "lib", floor)
    names = sorted({os.path.splitext(n)[0] for n in os.listdir(folder) if n.endswith((".cpp", ".hpp"))}) if os.path.isdir(folder) else []
    if not names:
        bad.append(f"lib/{floor}/ has no sources")
    for n in names:
        if not any(n == p or (p.endswith("*") and n.startswith(p[:-1])) for p in patterns):
            bad.append(f"lib/{floor}/{n} is not named in the table's row {floor}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
EOF
# shellcheck disable=SC2086
OUT=$(python3 "$TMP/table.py" "$SRC" $FLOORS 2>&1)
RC=$?
expect_rc 0 "docs/architecture.md's table names every floor, in order, and every file"

# The check's own test, on a copy of lib/.
copy() { rm -rf "$TMP/copy"; mkdir -p "$TMP/copy"; cp -r "$SRC/lib" "$TMP/copy/"; }
layers() {
    # shellcheck disable=SC2086
    OUT=$(python3 "$SRC/scripts/check-layers.py" "$TMP/copy" $FLOORS 2>&1)
    RC=$?
}
copy
printf '#include "track/due.hpp"\n' >>"$TMP/copy/lib/base/text.cpp"
layers
expect_rc 1 "a base file including a track header fails"
expect_out "lib/base/text.cpp (base) includes track/due.hpp (track), a higher floor" "the back arrow is named"

copy
printf '#include "base/json.hpp"\n' >>"$TMP/copy/lib/base/text.hpp"
printf '#include "base/text.hpp"\n' >>"$TMP/copy/lib/base/json.cpp"
layers
expect_rc 1 "two files including each other fail"
expect_out "include loop: base/json -> base/text -> base/json" "the loop is named"

copy
printf 'int x;\n' >"$TMP/copy/lib/stray.cpp"
mkdir "$TMP/copy/lib/misc" && printf 'int y;\n' >"$TMP/copy/lib/misc/y.cpp"
layers
expect_rc 1 "files outside the floor folders fail"
expect_out "lib/stray.cpp is on no floor" "a file in lib/ itself is named"
expect_out "lib/misc/ is no floor" "a folder that is no floor is named"

copy
printf '#include "time/no_such.hpp"\n' >>"$TMP/copy/lib/model/model.cpp"
layers
expect_out "lib/model/model.cpp includes time/no_such.hpp, which does not exist" "an include of a missing header is named"
finish
