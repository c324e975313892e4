#!/usr/bin/env bash
# End-to-end tests of YAML-level input that must not pass silently: tags outside the core
# schema, a second document, CR line ends, an unclosed quote and a complex key each give a
# located error and exit 1.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
run_check() {
    LAST="(cd $R) cchc check $*"
    (cd "$R" && exec timeout 20 "$CCHC" check "$@") >"$TMP/.out" 2>"$TMP/.err"
    RC=$?
    OUT=$(cat "$TMP/.out")
    ERR=$(cat "$TMP/.err")
}

# --- tags ----------------------------------------------------------------------------------
R=$(repo tags)
printf 'title: !!binary S+G6vyBob+G6oWNo\nyear: !custom 2024\n' >"$R/$T/2024-tags.yaml"
run_check
expect_rc 1 "non-core tags: exit 1"
expect_diag $T/2024-tags.yaml:1:8 lỗi yaml-tag "'!!binary'"
expect_diag $T/2024-tags.yaml:2:7 lỗi yaml-tag "'!custom'"
run_check --lang en
expect_diag $T/2024-tags.yaml:1:8 error yaml-tag "YAML tag '!!binary' is not supported"

# --- a second document -----------------------------------------------------------------------
R=$(repo docs)
{ cat "$FIXTURES/base/$T/2024-base.yaml"; printf -- '---\ntitle: B\n'; } >"$R/$T/2024-two.yaml"
{ cat "$FIXTURES/base/$T/2024-base.yaml"; printf -- '...\nrác: x\n'; } >"$R/$T/2024-end.yaml"
n=$(wc -l <"$FIXTURES/base/$T/2024-base.yaml")
run_check
expect_rc 1 "a second document: exit 1"
expect_diag $T/2024-two.yaml:$((n + 1)):1 lỗi yaml-extra-document
expect_diag $T/2024-end.yaml:$((n + 2)):1 lỗi yaml-extra-document

# --- CR line ends ----------------------------------------------------------------------------
R=$(repo cr)
tr '\n' '\r' <"$FIXTURES/base/$T/2024-base.yaml" >"$R/$T/2024-base.yaml"
run_check
expect_rc 0 "a CR-only plan is read like the LF one"
R=$(repo cr-end)
{ cat "$FIXTURES/base/$T/2024-base.yaml"; printf '\r'; } >"$R/$T/2024-base.yaml"
run_check
expect_rc 0 "a lone CR at the end of the file is a line break"
expect_no_out "'\r'" "no unknown key made of a CR"
R=$(repo cr-bad)
printf 'title: A\ryear: 2024\rpalce: x\r' >"$R/$T/2024-cr.yaml"
run_check
expect_rc 1 "CR-only file with an unknown key: exit 1"
expect_diag $T/2024-cr.yaml:3:1 lỗi unknown-key "'place'"

# --- unclosed quote, complex key -------------------------------------------------------------
R=$(repo quote)
printf 'title: "Kế hoạch\nyear: 2024\n' >"$R/$T/2024-quote.yaml"
printf 'title: A\nyear: 2024\n? [a, b]\n: x\n' >"$R/$T/2024-key.yaml"
run_check --lang en
expect_rc 1 "unclosed quote and complex key: exit 1"
expect_diag $T/2024-quote.yaml:1:8 error yaml-syntax "quote opened here is never closed"
expect_no_out "missing required key 'year'" "an unclosed quote is not reported as a missing year"
expect_diag $T/2024-key.yaml:3:3 error yaml-complex-key "a key must be text, not a sequence"
expect_no_out "'?'" "a complex key is not shown as '?'"

finish
