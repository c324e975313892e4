#!/usr/bin/env bash
# End-to-end tests of `cchc record status|event`: entries land in the agency's journal,
# what was there is kept byte for byte, bad references and options are usage errors (2),
# a broken journal is left alone (1), and 20 concurrent runs all land.
. "$(dirname "$0")/lib.sh" "$@"

R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$R/"
J=plans/khanh-hoa/stttt/journal/2024.yaml
JOURNAL=$R/$J
KH=2024-khac-phuc-par-sipas

# A journal with comments to keep; the example data may already have one.
if [ ! -f "$JOURNAL" ]; then
    mkdir -p "$(dirname "$JOURNAL")"
    printf '# yaml-language-server: $schema=../../../../schemas/journal.schema.json\n' >"$JOURNAL"
fi
printf '# ghi chú của người dùng — giữ nguyên' >>"$JOURNAL"   # and no final line break
cp "$JOURNAL" "$TMP/before.yaml"
run_in "$R" check
CHECK_RC=$RC
CHECK_DIAGS=$(diag_count)
run_in "$R" tasks --format csv
TASKS_BEFORE=$OUT

# entries DATE: the number of journal lines of that date.
entries() { grep -c "^- { date: \"$1\"," "$JOURNAL"; }

# --- status done, with a comment-less final line before it --------------------------------
run_in "$R" record status "$KH#I.1.3" done --date 2024-12-31 --evidence 'Công văn số 456/STTTT-VP'
expect_rc 0 "record done"
LINE='- { date: "2024-12-31", task: 2024-khac-phuc-par-sipas#I.1.3, status: done, evidence: "Công văn số 456/STTTT-VP" }'
expect_out_line "đã ghi vào $J: $LINE"
[ "$(tail -n 1 "$JOURNAL")" = "$LINE" ]
check $? "the entry is the journal's last line"
cmp -s -n "$(wc -c <"$TMP/before.yaml")" "$TMP/before.yaml" "$JOURNAL"
check $? "the old bytes are a prefix of the new file"
grep -qx '# ghi chú của người dùng — giữ nguyên' "$JOURNAL"
check $? "the comment without a line break survives, now ended by one"

# --- extended, event, --lang en -------------------------------------------------------------
cp "$JOURNAL" "$TMP/before2.yaml"
run_in "$R" record status "$KH#I.1.5" extended --due 31/01/2025 --date 2024-12-31 --note 'Văn bản "gia hạn" số 12\dòng' --lang en
expect_rc 0 "record extended"
expect_out_line 'recorded in '"$J"': - { date: "2024-12-31", task: 2024-khac-phuc-par-sipas#I.1.5, status: extended, due: "2025-01-31", note: "Văn bản \"gia hạn\" số 12\\dòng" }'
run_in "$R" record event 2024-tuyen-truyen-cchc#cong-bo-chi-so --date 2024-12-31 --note 'QĐ công bố'
expect_rc 0 "record event"
expect_out '- { date: "2024-12-31", event: 2024-tuyen-truyen-cchc#cong-bo-chi-so, note: "QĐ công bố" }'
run_in "$R" record status "$KH#giao-ban" done --occurrence 2024-12 --date 2024-12-31 --issue --note 'hai
dòng'
expect_rc 0 "record a recurring task's occurrence"
expect_out 'occurrence: 2024-12, status: done, note: "hai\ndòng", issue: true }'
cmp -s -n "$(wc -c <"$TMP/before2.yaml")" "$TMP/before2.yaml" "$JOURNAL"
check $? "each append keeps the bytes before it"
[ "$(entries 2024-12-31)" = 4 ]
check $? "four entries of 2024-12-31"

# --- dry run ----------------------------------------------------------------------------------
cp "$JOURNAL" "$TMP/before3.yaml"
run_in "$R" record status "$KH#I.1.4" in_progress --date 2024-12-31 --dry-run
expect_rc 0 "dry run"
expect_out "sẽ ghi vào $J (--dry-run: chưa ghi gì): - { date: \"2024-12-31\", task: $KH#I.1.4, status: in_progress }"
cmp -s "$TMP/before3.yaml" "$JOURNAL"
check $? "a dry run writes nothing"

# --- usage errors: exit 2, nothing written ----------------------------------------------------
run_in "$R" record status "$KH#I.9.99" done --date 2024-12-31
expect_rc 2 "unknown task"
expect_err "không có nhiệm vụ '$KH#I.9.99'"
run_in "$R" record status "$KH#I.1.33" done --date 2024-12-31
expect_rc 2 "unknown task, close to one"
expect_err "có phải ý bạn là '$KH#I.1.3'"
run_in "$R" record status I.1.1 done --date 2024-12-31
expect_rc 2 "ambiguous suffix"
expect_err "khanh-hoa/stttt/$KH#I.1.1"
expect_err "khanh-hoa/skhdt/2022-nang-cao-hai-long-par#I.1.1"
run_in "$R" record event khong-co-su-kien --date 2024-12-31
expect_rc 2 "unknown event"
expect_err "không có sự kiện 'khong-co-su-kien'"
run_in "$R" record status "$KH#I.1.5" extended --date 2024-12-31
expect_rc 2 "extended without --due"
expect_err "--due"
run_in "$R" record status "$KH#I.1.5" done --date 2024-02-30
expect_rc 2 "invalid --date"
expect_err "ngày không hợp lệ: '2024-02-30'"
run_in "$R" record status "$KH#I.1.5" finished --date 2024-12-31
expect_rc 2 "unknown status"
run_in "$R" record status "$KH#I.1.5" done --date 2024-12-31 --occurrence 2024-Q5
expect_rc 2 "invalid occurrence"
# A well-formed occurrence the task does not have: due would ignore the entry, so it is refused,
# with the ones the task has.
run_in "$R" record status "$KH#giao-ban" done --date 2024-12-31 --occurrence 2024-Q4
expect_rc 2 "a quarter of a monthly task"
expect_err "nhiệm vụ 'giao-ban' không có kỳ/mốc '2024-Q4' (có: 2024-02, 2024-03,"
run_in "$R" record status "$KH#giao-ban" done --date 2024-12-31 --occurrence 2024-01 --lang en
expect_rc 2 "a month before the plan was issued"
expect_err "task 'giao-ban' has no occurrence '2024-01'"
run_in "$R" record status "$KH#I.1.5" done --date 2024-12-31 --due 2025-01-31
expect_rc 2 "--due without extended"
run_in "$R" record
expect_rc 2 "record without a kind"
cmp -s "$TMP/before3.yaml" "$JOURNAL"
check $? "refused commands write nothing"

# --- 20 at once ---------------------------------------------------------------------------------
for i in $(seq 1 20); do
    (cd "$R" && exec "$CCHC" record status "$KH#I.1.6" in_progress --date 2024-12-31 --note "song song $i") \
        >"$TMP/par.$i.out" 2>"$TMP/par.$i.err" &
done
wait
ok=0
for i in $(seq 1 20); do grep -q "^đã ghi vào" "$TMP/par.$i.out" && ok=$((ok + 1)); done
[ "$ok" = 20 ]
check $? "20 concurrent runs all report success (got $ok)"
for i in $(seq 1 20); do grep -qxF -- "- { date: \"2024-12-31\", task: $KH#I.1.6, status: in_progress, note: \"song song $i\" }" "$JOURNAL" || break; done
[ "$i" = 20 ] && [ "$(grep -c 'note: "song song' "$JOURNAL")" = 20 ]
check $? "all 20 concurrent entries are in the journal, once each"
cmp -s -n "$(wc -c <"$TMP/before3.yaml")" "$TMP/before3.yaml" "$JOURNAL"
check $? "the concurrent appends kept the bytes before them"
ls -A "$(dirname "$JOURNAL")" | grep -q tmp
[ $? -ne 0 ]
check $? "no temporary file left in journal/"

# --- the repository is still clean, the tasks unchanged -----------------------------------------
run_in "$R" check
[ "$RC" = "$CHECK_RC" ] && [ "$(diag_count)" = "$CHECK_DIAGS" ]
check $? "cchc check as clean as before (exit $CHECK_RC, $CHECK_DIAGS diagnostics; got $RC, $(diag_count))"
run_in "$R" tasks --format csv
[ "$OUT" = "$TASKS_BEFORE" ]
check $? "cchc tasks unaffected"

# --- a new journal (another agency, another year) gets its header -------------------------------
run_in "$R" record status 2024-nang-cao-sipas-par#A.I.1 done --date 2025-01-02
expect_rc 0 "record into a new journal"
NEW=$R/plans/khanh-hoa/snv/journal/2025.yaml
[ "$(head -n 1 "$NEW")" = '# yaml-language-server: $schema=../../../../schemas/journal.schema.json' ]
check $? "a new journal starts with the schema line"
run_in "$R" check
[ "$RC" = "$CHECK_RC" ] && [ "$(diag_count)" = "$CHECK_DIAGS" ]
check $? "cchc check still as clean with the new journal"

# --- refusals: a link out of the repository (2), a broken journal (1) ---------------------------
OUTSIDE=$TMP/outside.yaml
printf -- '- { date: 2023-01-01, note: "bên ngoài" }\n' >"$OUTSIDE"
mkdir -p "$R/plans/khanh-hoa/stttt/journal"
ln -s "$OUTSIDE" "$R/plans/khanh-hoa/stttt/journal/2023.yaml"
run_in "$R" record status "$KH#I.1.3" done --date 2023-12-01 --again
expect_rc 1 "a journal linked out of the repository: an error of the repository (outside-root)"
run_in "$R" check --no-cache
expect_diag plans/khanh-hoa/stttt/journal/2023.yaml:1:1 lỗi outside-root
expect_no_out "bên ngoài" "the linked journal's content is never shown"
run_in "$R" record status "$KH#I.1.3" done --date 2023-12-01 --again --force
expect_rc 2 "a journal linked out of the repository, with --force: record's own refusal"
expect_err "ra ngoài kho kế hoạch"
[ "$(cat "$OUTSIDE")" = '- { date: 2023-01-01, note: "bên ngoài" }' ]
check $? "the file outside is untouched"
rm "$R/plans/khanh-hoa/stttt/journal/2023.yaml"
mkdir "$R/plans/khanh-hoa/stttt/journal/2022.yaml"
run_in "$R" record status "$KH#I.1.3" done --date 2022-12-01 --again
expect_rc 2 "a journal that is a directory"
rmdir "$R/plans/khanh-hoa/stttt/journal/2022.yaml"
printf -- '- { date: 2021-01-01, note: "chưa đóng }\n' >"$R/plans/khanh-hoa/stttt/journal/2021.yaml"
cp "$R/plans/khanh-hoa/stttt/journal/2021.yaml" "$TMP/broken.yaml"
run_in "$R" record status "$KH#I.1.3" done --date 2021-12-01 --again
expect_rc 1 "a broken journal"
expect_err "cchc check"
cmp -s "$TMP/broken.yaml" "$R/plans/khanh-hoa/stttt/journal/2021.yaml"
check $? "the broken journal is untouched"

# --- references as `due` shows them, Vietnamese status words, a second "done" -------------------
R2=$TMP/repo2
mkdir -p "$R2"
cp -R "$SRC/plans" "$R2/"
J2=$R2/$J
# plan#STT, with the plan as the end of its file name (after a '-'), and "xong" for done.
run_in "$R2" record status khac-phuc-par-sipas#1.6 xong --date 2024-11-20
expect_rc 0 "plan#STT as due shows it, status 'xong'"
expect_out_line "đã ghi vào $J: - { date: \"2024-11-20\", task: $KH#I.1.6, status: done }"
expect_out "nhiệm vụ I.1.6 (STT 1.6): Tiến độ thực hiện dự toán chi thường xuyên"
# The id form through the same suffix (README: any unique suffix), and words without diacritics.
run_in "$R2" record status khac-phuc-par-sipas#I.1.5 "gia han" --due 31/12/2024 --date 2024-11-20
expect_rc 0 "a suffix of the plan name at '-' with the id; 'gia han'"
expect_out "task: $KH#I.1.5, status: extended, due: \"2024-12-31\""
for pair in "Vướng mắc:blocked:I.2.2" "ĐANG THỰC HIỆN:in_progress:I.2.4" "huỷ:cancelled:I.2.5" "hoan-thanh:done:I.1.4"; do
    IFS=: read -r word code id <<<"$pair"
    run_in "$R2" record status "$KH#$id" "$word" --date 2024-11-21 --dry-run
    expect_rc 0 "status word '$word'"
    expect_out "task: $KH#$id, status: $code }"
done
run_in "$R2" record status "$KH#I.2.2" "xong roi" --date 2024-11-21
expect_rc 2 "an unknown status word"
expect_err "trạng thái 'xong roi' không hợp lệ; dùng: xong (done)"
run_in "$R2" record status "$KH#I.2.2" finished --date 2024-11-21 --lang en
expect_rc 2 "an unknown status word (en)"
expect_err "invalid status 'finished'"
# A repeated STT: every candidate, each with the reference that names it alone.
run_in "$R2" record status "khac-phuc-par-sipas#-" done --date 2024-11-21
expect_rc 2 "a repeated STT is ambiguous"
expect_err "'khac-phuc-par-sipas#-' khớp 3 nhiệm vụ"
expect_err "khanh-hoa/stttt/$KH#I.1.7.1  (STT -)"
expect_err "khanh-hoa/stttt/$KH#I.1.7.3  (STT -)"
run_in "$R2" record status "khanh-hoa/stttt/$KH#I.1.7.2" done --date 2024-11-21 --dry-run
expect_rc 0 "a listed candidate names one task"
run_in "$R2" record status "phuc#I.1.6" done --date 2024-11-21
expect_rc 2 "a suffix inside a word of the plan name is no plan"
# A second done: refused (2) with where the first one is; --again writes it, with a note.
before=$(cat "$J2")
run_in "$R2" record status "$KH#1.6" done --date 2024-11-22
expect_rc 2 "a second done is refused"
expect_err "sổ theo dõi đã ghi '$KH#I.1.6' hoàn thành ngày 20/11/2024 ($J:"
expect_err "--again"
[ "$(cat "$J2")" = "$before" ]
check $? "nothing written for a refused second done"
run_in "$R2" record status "$KH#1.6" done --date 2024-11-22 --lang en
expect_err "the journal already has '$KH#I.1.6' done on 20/11/2024"
run_in "$R2" record status "$KH#1.6" done --date 2024-11-22 --again
expect_rc 0 "--again writes the second done"
expect_err "vẫn ghi thêm vì có --again"
[ "$(grep -c "task: $KH#I.1.6, status: done" "$J2")" = 2 ]
check $? "two done entries after --again"
# Reopened in between: done again is no duplicate. Another occurrence of a recurring task neither.
run_in "$R2" record status "$KH#I.1.5" done --date 2024-11-23
expect_rc 0 "done after extended"
run_in "$R2" record status "$KH#I.1.5" "đang thực hiện" --date 2024-11-24
run_in "$R2" record status "$KH#I.1.5" done --date 2024-11-25
expect_rc 0 "done after a reopening is not a duplicate"
run_in "$R2" record status "$KH#giao-ban" done --occurrence 2024-11 --date 2024-11-29
expect_rc 0 "recurring: one occurrence done"
run_in "$R2" record status "$KH#giao-ban" done --occurrence 2024-12 --date 2024-12-28
expect_rc 0 "recurring: another occurrence done"
run_in "$R2" record status "$KH#giao-ban" xong --occurrence 2024-12 --date 2024-12-29
expect_rc 2 "recurring: the same occurrence done twice"
run_in "$R2" check
expect_rc "$CHECK_RC" "the journal still checks as before"

# --- recurring duties kept up in one line; dates cchc will not guess; per-unit reports -------
R3=$TMP/repo3
mkdir -p "$R3" && cp -R "$SRC/plans" "$R3/"
SNV=2024-nang-cao-sipas-par
J3=$R3/plans/khanh-hoa/snv/journal/2024.yaml
run_in "$R3" record status "$SNV#B.I.5" done --occurrence tuan/2024-W01..W46 --date 2024-11-25
expect_rc 0 "a range of weeks in one command"
[ "$(grep -c "task: $SNV#B.I.5, occurrence: tuan/2024-W[0-9]*, status: done" "$J3")" = 46 ]
check $? "46 weekly entries written, one per week"
run_in "$R3" record status "$SNV#B.I.5" done --occurrence tuan/2024-W46..W47 --date 2024-11-25
expect_rc 2 "a range with a week already done is refused"
[ "$(grep -c "occurrence: tuan/2024-W47" "$J3")" = 0 ]
check $? "… and nothing of it is written (all or none)"
run_in "$R3" record status "$SNV#B.I.5" done --occurrence tuan/2024-W10..W02 --date 2024-11-25
expect_rc 2 "a range running backwards is refused"
expect_err "chạy ngược"
run_in "$R3" record status "$SNV#B.I.5" done --occurrence tuan/2024-W01..W99 --date 2024-11-25
expect_rc 2 "a range ending on a week the task does not have is refused"
run_in "$R3" record status "$SNV#giao-ban" done --occurrence 2024-01..2024-03,2024-05 --date 2024-11-25
expect_rc 0 "a range and a list of months"
[ "$(grep -cE "task: $SNV#giao-ban, occurrence: 2024-0[1235], status: done" "$J3")" = 4 ]
check $? "four monthly entries"
run_in "$R3" due --agency snv --unit VP --as-of 2024-11-25 --format json
expect_py 'w = [i for i in data["items"] if i["id"] == "B.I.5" and i["milestone"] == "tuan"]
assert [(i["occurrence"], i["missed"]) for i in w] == [("tuan/2024-W47", ["2024-W47"]), ("tuan/2024-W48", [])], w' \
    "due: of the weeks, only W47 (due Friday 22/11) is still overdue"
run_in "$R3" check
expect_diag_count 2 "" "back-dated entries: no warning beyond the shipped duplicate-stt and plan-start-unknown (SNV)"
# A done without an occurrence on a task with several: refused, with the open ones.
run_in "$R3" record status "$SNV#giao-ban" done --date 2024-11-25
expect_rc 2 "done without --occurrence on a recurring task is refused"
expect_err "2024-04"
run_in "$R3" record event "$SNV#qd-phe-duyet-qtnb" --date 2024-11-01
expect_rc 0 "event recorded"
run_in "$R3" record status "$SNV#B.III.3" done --date 2024-11-04
expect_rc 2 "done without --occurrence on an event task is refused"
expect_err "2024-11-01"
run_in "$R3" record status "$SNV#B.III.3" done --occurrence 2024-11-01 --date 2024-11-04
expect_rc 0 "done for the event's occurrence"
run_in "$R3" record status "$SNV#B.III.3" done --occurrence 2024-11-01 --date 2024-11-05
expect_rc 2 "a second done for the same occurrence is refused"
# Dates: the future beyond a day, or far outside the plan, unless --force.
run_in "$R3" record status "$SNV#B.IV.1" in_progress --date 2030-01-01
expect_rc 2 "a date years ahead is refused"
expect_err "--force"
run_in "$R3" record status "$SNV#B.IV.1" in_progress --date 2023-06-01
expect_rc 2 "a date before the plan's year is refused"
run_in "$R3" record status "$SNV#B.IV.1" in_progress --date 2025-03-31
expect_rc 0 "a date in the quarter after the plan's end is accepted"
run_in "$R3" record status "$SNV#B.IV.1" in_progress --date 2023-06-01 --force
expect_rc 0 "--force writes an unlikely date"
# One unit's report of what a group owes.
run_in "$R3" record status "$SNV#B.I.1" done --occurrence bc-vp --unit TTr --date 2024-11-25
expect_rc 0 "done for one unit of the group"
expect_out "unit: TTr"
run_in "$R3" record status "$SNV#B.I.1" done --occurrence bc-vp --unit BGD --date 2024-11-25
expect_rc 2 "a unit that does not owe the report is refused"
run_in "$R3" record status "$SNV#B.I.3" done --occurrence bc-vp --date 2024-11-25
expect_rc 0 "done for the whole group"
expect_err "TCBC-CCVC, TTr"
run_in "$R3" due --agency snv --unit VP --as-of 2024-11-25 --format json
expect_py 'm = [i for i in data["items"] if i["id"] == "B.I.1" and i["milestone"] == "bc-vp"]
assert [(i["due"], i["from"]) for i in m] == [("2024-12-04", ["TCBC-CCVC"])], m
assert not [i for i in data["items"] if i["id"] == "B.I.3" and i["milestone"] == "bc-vp"]' \
    "VP's list names the unit still missing; the group's done closes it for all"
run_in "$R3" due --agency snv --unit TCBC-CCVC --as-of 2024-11-25 --format json
expect_py 'assert [i["due"] for i in data["items"] if i["id"] == "B.I.1" and i["milestone"] == "bc-vp"] == ["2024-12-04"]' \
    "the unit that has not reported still owes it"
run_in "$R3" due --agency snv --unit TTr --as-of 2024-11-25 --format json
expect_py 'assert not [i for i in data["items"] if i["id"] == "B.I.1" and i["milestone"] == "bc-vp"]' \
    "the unit that reported no longer sees it"
run_in "$R3" check
expect_rc 0 "the journal checks after all of it"
expect_diag_count 2 "" "… with no warning beyond the shipped duplicate-stt and plan-start-unknown"

finish
