#!/usr/bin/env bash
# The floors of lib/ (docs/architecture.md, "Floors of lib/") are kept: every lib/ source is on
# a floor of the table, and no file includes a header of a higher floor. The table in the
# document is the one the test reads, so the document cannot drift from the code. A file
# planted on a low floor that includes a high one must be caught (the check's own test).
. "$(dirname "$0")/lib.sh" "$@"
cat >"$TMP/layers.py" <<'EOF'
import glob, os, re, sys
root = sys.argv[1]
floors = []
for line in open(os.path.join(root, "docs/architecture.md"), encoding="utf-8"):
    cells = line.split("|")
    if line.startswith("| ") and len(cells) > 3 and "`" in cells[3]:
        floors.append((cells[1].strip(), re.findall(r"`([^`]+)`", cells[3])))
assert len(floors) >= 10, f"the floor table has {len(floors)} rows"
def floor(name):
    for i, (_, patterns) in enumerate(floors):
        for p in patterns:
            if (p.endswith("*") and name.startswith(p[:-1])) or name == p: return i
    return None
bad = []
sources = sorted(glob.glob(os.path.join(root, "lib/*.cpp")))
for f in sources:
    name = os.path.basename(f)[:-4]
    if floor(name) is None: bad.append(f"lib/{name}.cpp is on no floor of docs/architecture.md")
for f in sources + sorted(glob.glob(os.path.join(root, "lib/cchc/*.hpp"))):
    name = os.path.basename(f).rsplit(".", 1)[0]
    mine = floor(name)
    if mine is None: continue
    for inc in re.findall(r'#include "cchc/([a-z_0-9]+)\.hpp"', open(f, encoding="utf-8").read()):
        theirs = floor(inc)
        if theirs is not None and theirs > mine:
            bad.append(f"{os.path.relpath(f, root)} ({floors[mine][0]}) includes {inc}.hpp ({floors[theirs][0]})")
# No loop of includes between files (a file = x.cpp with its header x.hpp): the import steps
# once included one another (import_plan <-> import_rules); shared types have their own header.
deps = {}
for f in sources + sorted(glob.glob(os.path.join(root, "lib/cchc/*.hpp"))):
    name = os.path.basename(f).rsplit(".", 1)[0]
    deps.setdefault(name, set()).update(set(re.findall(r'#include "cchc/([a-z_0-9]+)\.hpp"', open(f, encoding="utf-8").read())) - {name})
state = {}
def visit(n, path):
    state[n] = 1
    for d in sorted(deps.get(n, ())):
        if state.get(d) == 1: bad.append("include loop: " + " -> ".join(path[path.index(d):] + [d]))
        elif d not in state: visit(d, path + [d])
    state[n] = 2
for n in sorted(deps):
    if n not in state: visit(n, [n])
print("\n".join(bad))
sys.exit(1 if bad else 0)
EOF
LAST="layers of lib/"
OUT=$(python3 "$TMP/layers.py" "$SRC" 2>&1)
RC=$?
expect_rc 0 "every lib/ file is on a floor and includes nothing above it"

# The check catches a back arrow: a copy where text.cpp (base) includes due.hpp (track).
mkdir -p "$TMP/copy/lib/cchc" "$TMP/copy/docs"
cp "$SRC/docs/architecture.md" "$TMP/copy/docs/"
cp "$SRC"/lib/*.cpp "$TMP/copy/lib/"
cp "$SRC"/lib/cchc/*.hpp "$TMP/copy/lib/cchc/"
printf '#include "cchc/due.hpp"\n' >>"$TMP/copy/lib/text.cpp"
OUT=$(python3 "$TMP/layers.py" "$TMP/copy" 2>&1)
RC=$?
expect_rc 1 "a base file including a track header is refused"
expect_out "lib/text.cpp (base) includes due.hpp (track)" "the back arrow is named"
# And a loop between two files of one floor.
cp "$SRC"/lib/*.cpp "$TMP/copy/lib/"
printf '#include "cchc/import_plan.hpp"\n' >>"$TMP/copy/lib/import_rules.cpp"
OUT=$(python3 "$TMP/layers.py" "$TMP/copy" 2>&1)
RC=$?
expect_rc 1 "an include loop is refused"
expect_out "include loop: import_plan -> import_rules -> import_plan" "the loop is named"
# And a source on no floor.
printf 'int x;\n' >"$TMP/copy/lib/stray.cpp"
OUT=$(python3 "$TMP/layers.py" "$TMP/copy" 2>&1)
expect_out "lib/stray.cpp is on no floor" "a new file must be given a floor"
finish
