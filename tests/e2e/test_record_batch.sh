#!/usr/bin/env bash
# End-to-end tests of `cchc record batch` (issue 17): many entries from a file or stdin, as CSV
# or journal lines, each checked as `record status|event` checks one, written in one append;
# a single refused entry and nothing is written (exit 2), every refusal naming its input line.
. "$(dirname "$0")/lib.sh" "$@"

R=$TMP/repo
mkdir -p "$R"
cp -R "$SRC/plans" "$SRC/schemas" "$R/"
J=plans/khanh-hoa/snv/journal/2024.yaml
JOURNAL=$R/$J
SNV=2024-nang-cao-sipas-par
lines() { grep -c '^- {' "$JOURNAL"; }
# B.III.3 runs 3 days after each "QĐ phê duyệt quy trình nội bộ": with one recorded, a done
# must name its occurrence. And the repository's check before any batch, to compare.
run_in "$R" record event $SNV#qd-phe-duyet-qtnb --date 2024-11-01
expect_rc 0 "record the event B.III.3 follows"
run_in "$R" check
CHECK_RC=$RC
CHECK_DIAGS=$(diag_count)
cp "$JOURNAL" "$TMP/j0.yaml"
N0=$(lines)

# --- a refused batch: nothing written, every bad line named ---------------------------------
cat >"$R/bad.csv" <<CSV
date,task,status,occurrence,unit,note
2024-11-25,$SNV#B.I.5,done,tuan/2024-W01..W03,,đúng
2024-11-25,$SNV#B.I.99,done,,,
2024-11-25,$SNV#B.III.3,done,,,
2024-11-25,$SNV#B.I.5,done,tuan/2024-W02,,
2030-01-02,$SNV#B.IV.2,in_progress,,,
2024-11-25,$SNV#B.I.1,done,bc-vp,TTX,
2024-11-25,$SNV#B.I.1,hoàn tất,,,
CSV
run_in "$R" record batch bad.csv
expect_rc 2 "a batch with refused lines: usage error"
expect_err "bad.csv:3: " "an unknown task names its line"
expect_err "'$SNV#B.I.99'" "an unknown task: the reference"
expect_err "bad.csv:4: " "done without occurrence on an event task names its line"
has "bad.csv:4: " "$(printf '%s\n' "$ERR" | grep 'B.III.3')"
check $? "line 4's refusal is about B.III.3"
expect_err "bad.csv:5: " "a done twice in the batch names its line"
expect_err "dòng 2 của cùng tệp" "… and the line that recorded it first"
expect_err "bad.csv:6: " "a date in 2030 names its line"
expect_err "02/01/2030" "the unlikely date is shown"
expect_err "bad.csv:7: " "a unit that does not owe the report names its line"
expect_err "bad.csv:8: " "an unknown status names its line"
expect_no_err "bad.csv:2:" "the good line is not refused"
expect_err "2024-11-01" "done without occurrence lists the open one"
expect_err "không ghi gì: 6 mục bị từ chối trong bad.csv"
expect_no_out "đã ghi" "nothing reported written"
cmp -s "$JOURNAL" "$TMP/j0.yaml"
check $? "the journal is byte for byte unchanged after a refused batch"

# --- a good CSV batch: one write, all entries ----------------------------------------------
cat >"$R/good.csv" <<CSV
# thống kê nhắc việc tuần 1–46, ghi bù; báo cáo của Thanh tra Sở
Date,Task,Status,Occurrence,Unit,Note,Evidence
2024-11-25,$SNV#B.I.5,done,tuan/2024-W01..W46,,"ghi bù, tuần 1–46",
25/11/2024,B.I.1,xong,bc-vp,TTr,,"Báo cáo số 12/BC-TTr, ""bản ký số"""
CSV
run_in "$R" record batch good.csv --dry-run
expect_rc 0 "good batch, dry run"
expect_out "sẽ ghi 47 mục (từ 2 dòng nhập)"
cmp -s "$JOURNAL" "$TMP/j0.yaml"
check $? "--dry-run writes nothing"
run_in "$R" record batch good.csv
expect_rc 0 "good batch"
expect_out "đã ghi 47 mục (từ 2 dòng nhập) trong một lần ghi"
[ "$(lines)" -eq $((N0 + 47)) ]
check $? "47 entries appended (got $(( $(lines) - N0 )))"
head -c "$(wc -c <"$TMP/j0.yaml")" "$JOURNAL" | cmp -s - "$TMP/j0.yaml"
check $? "what was there is kept byte for byte"
grep -qxF -- '- { date: "2024-11-25", task: '"$SNV"'#B.I.5, occurrence: tuan/2024-W46, status: done, note: "ghi bù, tuần 1–46" }' "$JOURNAL"
check $? "week 46 written as record writes it"
grep -qxF -- '- { date: "2024-11-25", task: '"$SNV"'#B.I.1, occurrence: bc-vp, unit: TTr, status: done, evidence: "Báo cáo số 12/BC-TTr, \"bản ký số\"" }' "$JOURNAL"
check $? "a quoted CSV cell with a comma and doubled quotes, a dd/mm/yyyy date and a status word"
run_in "$R" check
[ "$RC" = "$CHECK_RC" ] && [ "$(diag_count)" = "$CHECK_DIAGS" ]
check $? "check after the back-dated batch: what it was before (rc $CHECK_RC, $CHECK_DIAGS diagnostics; got rc $RC, $(diag_count))"
expect_no_out "journal" "check says nothing about the journal after the batch"
run_in "$R" due --unit VP --as-of 2024-11-25 --plan $SNV --format json
# Week 47 (18–24/11, due Friday 22/11) is the first one still overdue.
expect_py 'assert [i["occurrence"] for i in data["items"] if i["id"] == "B.I.5" and i["group"] == "overdue"] == ["tuan/2024-W47"], [(i["occurrence"], i["group"]) for i in data["items"] if i["id"] == "B.I.5"]' \
    "due: weeks 1–46 of B.I.5 no longer overdue, week 47 is"

# The same batch again: every done is already in the journal, so all refused, nothing written.
cp "$JOURNAL" "$TMP/j1.yaml"
run_in "$R" record batch good.csv --lang en
expect_rc 2 "the same batch twice: refused"
expect_err "good.csv:3: " "a done already in the journal names its line"
expect_err "nothing written: 2 refused in good.csv"
cmp -s "$JOURNAL" "$TMP/j1.yaml"
check $? "journal unchanged after the repeated batch"

# --- journal lines on stdin ----------------------------------------------------------------
cat >"$TMP/lines.yaml" <<YAML
# dán từ sổ của đơn vị khác
- { date: "2024-11-26", task: $SNV#B.V.6, status: in_progress, note: "đang làm" }
- { date: 2024-11-26, event: $SNV#qd-cong-bo-tthc, note: "QĐ công bố" }
YAML
run_in "$R" record batch - <"$TMP/lines.yaml"
expect_rc 0 "journal lines on stdin"
expect_out "đã ghi 2 mục (từ 2 dòng nhập)"
grep -qxF -- '- { date: "2024-11-26", event: '"$SNV"'#qd-cong-bo-tthc, note: "QĐ công bố" }' "$JOURNAL"
check $? "an event entry from stdin written as record event writes it"

printf -- '- { date: 2024-11-26, task: %s#B.V.6, status: in_progress\n' "$SNV" >"$TMP/broken.yaml"
cp "$JOURNAL" "$TMP/j2.yaml"
run_in "$R" record batch - --format journal <"$TMP/broken.yaml"
expect_rc 2 "a YAML error on stdin: usage error"
expect_err "stdin:" "… naming stdin"
printf -- '- { date: 2024-11-26, task: %s#B.V.6, statut: done }\n' "$SNV" >"$TMP/key.yaml"
run_in "$R" record batch - <"$TMP/key.yaml"
expect_rc 2 "an unknown key: usage error"
expect_err "stdin:1: khóa 'statut' không dùng được"
cmp -s "$JOURNAL" "$TMP/j2.yaml"
check $? "journal unchanged after refused stdin batches"

# --- one journal per batch; bad CSV shapes -------------------------------------------------
cat >"$R/two.csv" <<CSV
date,task,status
2024-11-26,$SNV#B.V.6,in_progress
2024-11-26,2024-khac-phuc-par-sipas#I.1.4,in_progress
CSV
run_in "$R" record batch two.csv
expect_rc 2 "entries for two journals: refused"
expect_err "các mục thuộc 2 sổ theo dõi"
expect_err "plans/khanh-hoa/stttt/journal/2024.yaml (từ dòng 3)"
printf 'date,task,trang_thai\n2024-11-26,%s#B.V.6,done\n' "$SNV" >"$R/col.csv"
run_in "$R" record batch col.csv
expect_rc 2 "an unknown column: refused"
expect_err "col.csv:1: cột 'trang_thai' không dùng được"
printf 'date,task,status\n2024-11-26,"%s#B.V.6,in_progress\n' "$SNV" >"$R/quote.csv"
run_in "$R" record batch quote.csv
expect_rc 2 "an unclosed quote: refused"
expect_err "quote.csv:2: "
printf 'date,task,status\n' >"$R/empty.csv"
run_in "$R" record batch empty.csv
expect_rc 2 "no entries: refused"
expect_err "không có mục nào để ghi"
run_in "$R" record batch khong-co.csv
expect_rc 2 "a missing file: usage error"
expect_err "không đọc được khong-co.csv"
run_in "$R" record batch "$R/plans"
expect_rc 2 "a directory: usage error"
cmp -s "$JOURNAL" "$TMP/j2.yaml"
check $? "journal unchanged after every refused batch"

run_in "$R" record batch --help
expect_rc 0 "record batch --help"
expect_out "CSV có dòng tiêu đề"
run_in "$R" record batch --help --lang en
expect_out "CSV with a header row"

finish
