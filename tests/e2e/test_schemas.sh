#!/usr/bin/env bash
# The schemas and `cchc check` agree: every repository check accepts (the shipped plans
# and the clean test fixtures) validates against schemas/ with an independent validator
# (python3-jsonschema), and the first line of each shipped file names its schema.
set -u
. "$(dirname "$0")/lib.sh" "$@"  # CCHC, SRC, TMP (removed on exit) and a cache of its own
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }

if ! python3 -c "import jsonschema, yaml" 2>/dev/null; then
  echo "python3-jsonschema or python3-yaml not installed: skipped"
  echo "0 passed, 0 failed"
  exit 0
fi

for repo in "$SRC" "$SRC/tests/e2e/fixtures/base" "$SRC/tests/e2e/fixtures/due"; do
  [ -d "$repo/plans" ] || continue
  if (cd "$repo" && "$CCHC" check >/dev/null 2>&1); then ok; else bad "cchc check accepts $repo"; continue; fi
  mapfile -t files < <(find "$repo/plans" -name '*.yaml' | sort; [ -f "$repo/cchc.yaml" ] && echo "$repo/cchc.yaml")
  if out=$(python3 "$SRC/tests/schema/validate.py" "$SRC/schemas" "${files[@]}" 2>&1); then
    ok
  else
    bad "schemas accept what check accepts in $repo"
    printf '%s\n' "$out" | grep -v ' passed, ' | head -20
  fi
done

# Every shipped file names its schema on its first line, with a path that resolves.
while IFS= read -r f; do
  first=$(head -n 1 "$f")
  case $first in
    "# yaml-language-server: \$schema="*)
      target="$(dirname "$f")/${first#*\$schema=}"
      if [ -f "$target" ]; then ok; else bad "$f: schema path $target does not exist"; fi ;;
    *) bad "$f: first line does not name a schema" ;;
  esac
done < <(find "$SRC/plans" -name '*.yaml' | sort)

# And the validator is not a rubber stamp: a wrong file fails it.
tmp=$TMP/schemas
mkdir -p "$tmp"

# Journals mean the same to a YAML 1.1 reader (PyYAML safe_load, as js-yaml and ajv-cli read):
# the shipped ones, the fixtures', and one `cchc record` writes, dates and all.
mapfile -t journals < <(find "$SRC/plans" "$SRC/tests/e2e/fixtures/due" -path '*/journal/*.yaml' | sort)
if out=$(python3 "$SRC/tests/schema/validate.py" --yaml11 "$SRC/schemas" "${journals[@]}" 2>&1); then
  ok
else
  bad "journals validate when read as YAML 1.1"
  printf '%s\n' "$out" | grep -v ' passed, ' | head -20
fi
mkdir -p "$tmp/repo"
cp -R "$SRC/tests/e2e/fixtures/base/." "$tmp/repo/"
(cd "$tmp/repo" && "$CCHC" record status 2024-base#I.4 extended --due 2024-12-31 --date 2024-03-05 --note "x" >/dev/null &&
  "$CCHC" record event 2024-base#cong-bo --date 2024-04-01 >/dev/null &&
  "$CCHC" record metric sipas 88 --period 2024-Q1 --date 2024-04-02 >/dev/null)
if [ -f "$tmp/repo/plans/t/a/journal/2024.yaml" ] &&
  out=$(python3 "$SRC/tests/schema/validate.py" --yaml11 "$SRC/schemas" "$tmp/repo/plans/t/a/journal/2024.yaml" 2>&1); then
  ok
else
  bad "a journal cchc record writes validates when read as YAML 1.1"
  printf '%s\n' "$out" | head -20
fi
printf -- '- { date: 2024-03-05, note: x }\n' >"$tmp/journal-unquoted.yaml"
mkdir -p "$tmp/j/journal" && mv "$tmp/journal-unquoted.yaml" "$tmp/j/journal/2024.yaml"
if python3 "$SRC/tests/schema/validate.py" --yaml11 "$SRC/schemas" "$tmp/j/journal/2024.yaml" >/dev/null 2>&1; then
  bad "the YAML 1.1 reading rejects an unquoted journal date"
else
  ok
fi
printf 'title: x\nyear: "2024"\nsections: [ { id: I, title: t, tasks: [ { id: a, task: b, lead: [VP], colour: red } ] } ]\n' > "$tmp/bad.yaml"
if python3 "$SRC/tests/schema/validate.py" "$SRC/schemas" "$tmp/bad.yaml" >/dev/null 2>&1; then
  bad "the validator rejects a wrong plan"
else
  ok
fi

# Every property carries a Vietnamese description (editors show it on hover), and the
# check is not a rubber stamp either: a property without one fails it.
if out=$(python3 "$SRC/tests/schema/descriptions.py" "$SRC"/schemas/*.json 2>&1); then ok; else bad "every schema property has a description"; printf '%s\n' "$out" | head -20; fi
printf '{"type":"object","properties":{"a":{"description":"Mã nhiệm vụ"},"b":{"title":"Tên"},"c":{"description":"English only"}}}\n' > "$tmp/nodesc.json"
out=$(python3 "$SRC/tests/schema/descriptions.py" "$tmp/nodesc.json" 2>&1)
case $out in *"/b: no description"*"/c: description is not Vietnamese"*) ok ;; *) bad "the description check finds a property without one: $out" ;; esac

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
