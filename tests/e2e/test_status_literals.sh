#!/usr/bin/env bash
# One source for the status vocabulary (issue #20): a task's status is the enum Status, its
# journal code and words live in the status table (status.cpp), and only the journal's
# reader (load_journal.cpp) and writer (journal_entry.cpp, journal_append.cpp) may spell a
# code (found by name, in lib/ or any folder of it). Anywhere else in lib/ or cli/, a string literal that is a status code
# ("done", "in_progress" …) is a second list in the making and is refused. JSON member names
# (`.field("done", …)`, `.key("blocked")`) are the output format's own names, and the message
# catalogue (messages.cpp) holds words for people, whose English may spell like a code ("done").
# The codes are read from the table itself, so a new status is covered without editing this
# test; a literal planted in a copy of the tree must be caught (the check's own test).
. "$(dirname "$0")/lib.sh" "$@"
cat >"$TMP/literals.py" <<'EOF'
import glob, os, re, sys
root = sys.argv[1]
allowed = {"status.cpp", "load_journal.cpp", "journal_entry.cpp", "journal_append.cpp", "messages.cpp"}
table = open(glob.glob(os.path.join(root, "lib", "**", "status.cpp"), recursive=True)[0], encoding="utf-8").read()
codes = set(re.findall(r'\{Status::\w+, "([a-z_]+)"', table))
assert len(codes) >= 7, f"the status table has {len(codes)} codes"
# Comments, raw strings, character and string literals, in the order they start.
token = re.compile(r'//[^\n]*|/\*.*?\*/|R"([^(\s]*)\(.*?\)\1"|\'(?:[^\'\\\n]|\\.)*\'|"((?:[^"\\\n]|\\.)*)"', re.S)
bad = []
files = [f for d in ("lib", "cli") for ext in ("cpp", "hpp") for f in glob.glob(os.path.join(root, d, "**", "*." + ext), recursive=True)]
for f in sorted(files):
    rel = os.path.relpath(f, root)
    if os.path.basename(f) in allowed: continue
    text = open(f, encoding="utf-8").read()
    for m in token.finditer(text):
        if m.group(2) is None or m.group(2) not in codes: continue
        if re.search(r'\.(field|key)\(\s*$', text[max(0, m.start() - 20):m.start()]): continue
        line = text.count("\n", 0, m.start()) + 1
        bad.append(f'{rel}:{line}: status literal "{m.group(2)}" (use Status and the status table)')
print("\n".join(bad))
sys.exit(1 if bad else 0)
EOF
LAST="status literals in lib/ and cli/"
OUT=$(python3 "$TMP/literals.py" "$SRC" 2>&1)
RC=$?
expect_rc 0 "no status code spelled outside the status table and the journal's reader and writer"

# The check catches a planted comparison, and not a code in a comment, a JSON member name or
# the journal reader.
mkdir -p "$TMP/copy"
cp -r "$SRC/lib" "$SRC/cli" "$TMP/copy/"
printf '// "done" in a comment\nvoid f(J& w) { w.field("blocked", 1).key( "done"); }\n' >>"$(find "$TMP/copy/lib" -name due.cpp)"
printf 'bool g(const std::string& s) { return s == "done"; }\n' >>"$(find "$TMP/copy/lib" -name load_journal.cpp)"
OUT=$(python3 "$TMP/literals.py" "$TMP/copy" 2>&1)
RC=$?
expect_rc 0 "comments, JSON member names and the journal reader are not refused"
printf 'bool h(const std::string& s) { return s != "carried_over"; }\n' >>"$TMP/copy/cli/cmd_due.cpp"
OUT=$(python3 "$TMP/literals.py" "$TMP/copy" 2>&1)
RC=$?
expect_rc 1 "a status literal planted in cli/ is refused"
expect_out 'cli/cmd_due.cpp:' "the file of the planted literal is named"
expect_out 'status literal "carried_over"' "and the code it spells"
finish
