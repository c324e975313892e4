#!/usr/bin/env bash
# `cchc due --format ics` imported into real calendars: khal (a vdir calendar in a temporary
# config) and calcurse. Every dated item must be found on its deadline, with its reminder; a
# second import updates (khal: same UIDs; calcurse, which keeps no UID: the README's purge of
# the "[CCHC] " entries, then import) and never duplicates; without --all, no later item.
# Skipped, saying so, when khal or calcurse is not installed (scripts/setup.sh installs both).
. "$(dirname "$0")/lib.sh" "$@"

REPO=$SRC
run due --root "$REPO" --as-of 2024-11-29 --all --format ics
expect_rc 0 "due --format ics"
"$CCHC" due --root "$REPO" --as-of 2024-11-29 --all --format ics >"$TMP/due.ics" 2>/dev/null
"$CCHC" due --root "$REPO" --as-of 2024-11-29 --all --format ics --timed-reminders >"$TMP/due-timed.ics" 2>/dev/null
"$CCHC" due --root "$REPO" --as-of 2024-11-29 --all --format json >"$TMP/due.json" 2>/dev/null
"$CCHC" due --root "$FIXTURES/due" --as-of 2024-06-10 --all --format ics >"$TMP/fix.ics" 2>/dev/null
"$CCHC" due --root "$FIXTURES/due" --as-of 2024-06-10 --all --format json >"$TMP/fix.json" 2>/dev/null

# expected JSON: "DATE<TAB>UID" and "DATE<TAB>SUMMARY" of every dated item, sorted.
cat >"$TMP/expected.py" <<'EOF'
import json, sys
items = [i for i in json.load(open(sys.argv[1]))["items"] if i["due"]]
assert items, "no dated item"
for i in items:
    # The year-end assessment shares its report's day: its UID has a name of its own.
    which = ("danh-gia-nam/" if i["assessment"] else "") + (i["occurrence"] or i["due"])
    if sys.argv[2] == "uid":
        print(f'{i["due"]}\t{i["plan"]}#{i["id"]}@{which}@cchc')
    else:
        text = i["task"] if not i["label"] or i["label"] == i["task"] else i["label"] + " — " + i["task"]
        print(f'{i["due"]}\t[CCHC] ' + " ".join(((i["stt"] + " ") if i["stt"] else "") .split() + text.split()))
EOF

# --- --all: the later deadlines only with it (README), as in the table -----------------------
"$CCHC" due --root "$REPO" --as-of 2024-11-29 --format ics >"$TMP/window.ics" 2>/dev/null
want=$(python3 -c '
import json, sys
print(sum(1 for i in json.load(open(sys.argv[1]))["items"] if i["due"] and i["group"] != "later"))' "$TMP/due.json")
all=$(python3 -c '
import json, sys
print(sum(1 for i in json.load(open(sys.argv[1]))["items"] if i["due"]))' "$TMP/due.json")
[ "$(grep -c '^BEGIN:VEVENT' "$TMP/window.ics")" = "$want" ] && [ "$(grep -c '^BEGIN:VEVENT' "$TMP/due.ics")" = "$all" ] &&
    [ "$want" -lt "$all" ]
check $? "ICS without --all: the $want items overdue or due soon; with --all all $all dated items"
! grep -q '^CATEGORIES:Chưa đến hạn' "$TMP/window.ics"
check $? "ICS without --all: no later item"

# --- khal -----------------------------------------------------------------------------------
khal_test() {  # khal_test NAME ICS JSON
    local name=$1 ics=$2 json=$3 dir=$TMP/khal-$1
    mkdir -p "$dir/cal"
    cat >"$dir/khal.conf" <<EOF
[calendars]
[[cchc]]
path = $dir/cal
type = calendar
[sqlite]
path = $dir/khal.db
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = cchc
EOF
    local k=(env HOME="$dir" XDG_CONFIG_HOME="$dir" XDG_DATA_HOME="$dir" khal -c "$dir/khal.conf")
    LAST="khal import --batch $name"
    OUT=$("${k[@]}" import --batch -a cchc "$ics" 2>&1)
    RC=$?
    expect_rc 0 "khal imports the $name ICS"
    python3 "$TMP/expected.py" "$json" uid | sort >"$dir/want"
    # Every event of the calendar, with the day khal shows it on.
    LAST="khal list (everything)"
    OUT=$("${k[@]}" list 2000-01-01 2040-01-01 --day-format "" --format "{start-date}	{uid}" 2>&1 | sort)
    RC=$?
    [ "$OUT" = "$(cat "$dir/want")" ]
    check $? "khal ($name): every dated item ($(wc -l <"$dir/want")) on its deadline, nothing else: $(diff <(printf '%s\n' "$OUT") "$dir/want" | head -n 4 | tr '\n' ' ')"
    # Imported again (next week's file): the same UIDs replace the events, none is added.
    LAST="khal import --batch $name, again"
    OUT=$("${k[@]}" import --batch -a cchc "$ics" 2>&1)
    RC=$?
    expect_rc 0 "khal imports the $name ICS a second time"
    OUT=$("${k[@]}" list 2000-01-01 2040-01-01 --day-format "" --format "{start-date}	{uid}" 2>&1 | sort)
    [ "$OUT" = "$(cat "$dir/want")" ]
    check $? "khal ($name): after a second import, still each item once: $(diff <(printf '%s\n' "$OUT") "$dir/want" | head -n 4 | tr '\n' ' ')"
    OUT=$("${k[@]}" list 2000-01-01 2040-01-01 --day-format "" --format "{all-day}|{end-date}|{start-date}|{alarm-symbol}" 2>&1)
    ! printf '%s\n' "$OUT" | awk -F'|' '$1 != "True" || $2 != $3 || $4 == ""' | grep -q .
    check $? "khal ($name): all-day, one day long, with an alarm"
    # The way a user looks at one day: `khal list DATE DATE`, on the first, busiest and last day.
    local day
    for day in $(cut -f1 "$dir/want" | uniq -c | sort -k1,1nr -k2 | head -n 1 | awk '{print $2}') \
        "$(head -n 1 "$dir/want" | cut -f1)" "$(tail -n 1 "$dir/want" | cut -f1)"; do
        LAST="khal list $day $day"
        OUT=$("${k[@]}" list "$day" "$day" --day-format "" --format "{uid}" 2>&1 | sort)
        RC=$?
        [ "$OUT" = "$(grep "^$day	" "$dir/want" | cut -f2 | sort)" ]
        check $? "khal list $day $day ($name): exactly the items due that day"
    done
}
if command -v khal >/dev/null 2>&1; then
    khal_test plans "$TMP/due.ics" "$TMP/due.json"
    khal_test fixture "$TMP/fix.ics" "$TMP/fix.json"
else
    echo "skip khal: not installed (apt-get install khal; scripts/setup.sh does)"
fi

# --- calcurse -------------------------------------------------------------------------------
calcurse_test() {  # calcurse_test NAME ICS JSON
    local name=$1 ics=$2 json=$3 dir=$TMP/calcurse-$1
    mkdir -p "$dir"
    LAST="calcurse -i $name"
    OUT=$(HOME="$dir" calcurse -D "$dir" -C "$dir" -i "$ics" 2>&1)
    RC=$?
    expect_rc 0 "calcurse imports the $name ICS"
    local n
    n=$(python3 "$TMP/expected.py" "$json" uid | wc -l)
    expect_out "0 apps / $n events / 0 todos / 0 skipped" "calcurse ($name): every item an event, none skipped"
    python3 "$TMP/expected.py" "$json" summary | sort >"$dir/want"
    # Events by day: "mm/dd/yy:" lines, then one " SUMMARY" line per event.
    LAST="calcurse -Q (everything)"
    OUT=$(HOME="$dir" calcurse -D "$dir" -C "$dir" -Q --input-datefmt 4 --from 2000-01-01 --to 2039-12-31 \
        --filter-type event --format-event " %m\n" 2>&1 |
        awk '/^[0-9][0-9]\/[0-9][0-9]\/[0-9][0-9]:$/ { split($0, d, /[\/:]/); day = "20" d[3] "-" d[1] "-" d[2]; next }
             /^ / { print day "\t" substr($0, 2) }' | sort)
    [ "$OUT" = "$(cat "$dir/want")" ]
    check $? "calcurse ($name): every summary on one line, on its deadline: $(diff <(printf '%s\n' "$OUT") "$dir/want" | head -n 4 | tr '\n' ' ')"
}
if command -v calcurse >/dev/null 2>&1; then
    calcurse_test plans "$TMP/due.ics" "$TMP/due.json"
    calcurse_test fixture "$TMP/fix.ics" "$TMP/fix.json"

    # --timed-reminders: calcurse reads alarms of appointments only; each item not overdue
    # gets one at 08:00, 3 days before (the as-of date at the earliest), flagged "!".
    # Imported twice as the README says (purge cchc's entries, import): no duplicate, and an
    # entry of the user's own stays.
    dir=$TMP/calcurse-timed
    mkdir -p "$dir"
    cc() { HOME="$dir" calcurse -D "$dir" -C "$dir" "$@"; }
    printf '12/01/2024 [1] Sinh nhật mẹ\n' >"$dir/apts"
    n=$(python3 "$TMP/expected.py" "$TMP/due.json" uid | wc -l)
    reminders=$(python3 -c '
import json, sys
print(sum(1 for i in json.load(open(sys.argv[1]))["items"] if i["due"] and i["due"] >= "2024-11-29"))' "$TMP/due.json")
    for round in first second; do
        LAST="calcurse: $round import with --timed-reminders"
        [ "$round" = second ] && cc -P --filter-pattern '^\[CCHC\] ' >/dev/null 2>&1
        OUT=$(cc -i "$TMP/due-timed.ics" 2>&1)
        RC=$?
        expect_rc 0 "calcurse imports the ICS with timed reminders ($round time)"
        expect_out "$reminders apps / $n events / 0 todos / 0 skipped" "calcurse: an appointment per reminder ($round time)"
        [ "$(grep -cE '^[0-9/]+ \[1\] (>[0-9a-f]+ )?\[CCHC\] ' "$dir/apts")" = "$n" ]
        check $? "calcurse ($round import): each of the $n deadlines once ($(grep -c '\[CCHC\]' "$dir/apts") [CCHC] lines)"
        [ "$(grep -c '^[0-9/]* @ 08:00 -> [0-9/]* @ 08:15!\[CCHC\] Sắp đến hạn ' "$dir/apts")" = "$reminders" ]
        check $? "calcurse ($round import): each of the $reminders reminders once, 08:00, with its alarm (!)"
        grep -qx '12/01/2024 \[1\] Sinh nhật mẹ' "$dir/apts"
        check $? "calcurse ($round import): the user's own entry kept"
    done
    # The reminder of an item due 04/12/2024 is on 01/12 (3 days before); one due on the
    # as-of date (29/11) has its reminder that day, not in the past.
    OUT=$(cat "$dir/apts")
    LAST="calcurse apts"
    expect_out "12/01/2024 @ 08:00 -> 12/01/2024 @ 08:15![CCHC] Sắp đến hạn 04/12/2024: " "reminder 3 days before"
    expect_out "11/29/2024 @ 08:00 -> 11/29/2024 @ 08:15![CCHC] Sắp đến hạn 29/11/2024: " "reminder of an item due on the as-of date on that day"
else
    echo "skip calcurse: not installed (apt-get install calcurse; scripts/setup.sh does)"
fi

finish
