#!/usr/bin/env bash
# End-to-end tests of safety under bad paths and bad input (issue 11): what `report -o` and
# `record` will and will not write, `plans:` kept inside the repository, linked directories,
# control characters, ids, empty values, years, and --force for commands on a broken
# repository. Every refusal is a located message and a non-zero exit, never a crash.
. "$(dirname "$0")/lib.sh" "$@"

T=plans/t/a
M=(--month 2024-11 --as-of 2024-11-20)

# --- report -o: only a new path or a regular file --------------------------------------------
R=$(repo out)
run_in "$R" report "${M[@]}" -o /dev/null
expect_rc 2 "-o /dev/null is refused"
expect_err "không ghi được tệp '/dev/null': not a regular file"
[ -c /dev/null ]
check $? "/dev/null is still a character device"
mkfifo "$TMP/fifo"
run_in "$R" report "${M[@]}" -o "$TMP/fifo"
expect_rc 2 "-o a FIFO is refused (and does not hang)"
[ -p "$TMP/fifo" ]
check $? "the FIFO is still a FIFO"
echo "outside" >"$TMP/outside.md"
ln -s "$TMP/outside.md" "$R/link.md"
run_in "$R" report "${M[@]}" -o link.md --lang en
expect_rc 2 "-o a symbolic link is refused"
expect_err "cannot write 'link.md': not a regular file"
[ -L "$R/link.md" ] && [ "$(cat "$TMP/outside.md")" = outside ]
check $? "the link and the file it points to are untouched"
ln -s "$TMP/nowhere.md" "$R/dangling.md"
run_in "$R" report "${M[@]}" -o dangling.md
expect_rc 2 "-o a dangling link is refused"
[ ! -e "$TMP/nowhere.md" ]
check $? "nothing created through a dangling link"

# --- report -o: never a file of the repository ----------------------------------------------
before=$(cat "$R/$T/2024-base.yaml")
for target in "$T/2024-base.yaml" "$T/agency.yaml" "$T/journal/2024.yaml" "$T/new-file.md" "plans/x.md" "cchc.yaml" \
    "./plans/../$T/2024-base.yaml"; do
    run_in "$R" report "${M[@]}" -o "$target"
    expect_rc 2 "-o $target (a repository file) is refused"
    expect_err "không ghi đè '$target': tệp này thuộc kho kế hoạch"
done
[ "$(cat "$R/$T/2024-base.yaml")" = "$before" ] && [ ! -e "$R/$T/new-file.md" ] && [ ! -e "$R/cchc.yaml" ]
check $? "no repository file written or created"
mkdir -p "$TMP/elsewhere"
ln -s "$R/plans/t" "$TMP/elsewhere/t"
run report "${M[@]}" --root "$R" -o "$TMP/elsewhere/t/a/2024-base.yaml"
expect_rc 2 "-o through a directory link into plans/ is refused (resolved)"
[ "$(cat "$R/$T/2024-base.yaml")" = "$before" ]
check $? "the plan is untouched"

# --- read-only targets, even as root --------------------------------------------------------
run_in "$R" report "${M[@]}" -o ro.md
expect_rc 0 "-o a new file"
chmod 444 "$R/ro.md"
cp "$R/ro.md" "$TMP/ro.before"
run_in "$R" report --month 2024-10 -o ro.md --lang en
expect_rc 2 "-o a read-only file is refused (also as root)"
expect_err "cannot write 'ro.md': Permission denied"
cmp -s "$R/ro.md" "$TMP/ro.before"
check $? "the read-only file is unchanged"

# --- stale temporary files are cleaned on the next write ------------------------------------
R=$(repo stale)
touch "$R/.r.md.tmp-999999-0" "$R/.r.md.tmp-999998-3"
touch -d '2 days ago' "$R/.r.md.tmp-$$-7"   # a live pid, but days old
touch "$R/.r.md.tmp-$$-8"                    # a live pid, fresh: may be another writer's
touch "$R/.notes.tmp"                        # not ours: left alone
run_in "$R" report "${M[@]}" -o r.md
expect_rc 0 "-o beside stale temporary files"
[ "$(ls -A "$R" | grep -c '\.tmp-')" = 1 ] && [ -e "$R/.r.md.tmp-$$-8" ] && [ -e "$R/.notes.tmp" ]
check $? "stale temporary files removed, a live writer's and foreign files kept ($(ls -A "$R" | tr '\n' ' '))"

mkdir -p "$R/$T/journal"
for i in 1 2 3; do touch "$R/$T/journal/.2024.yaml.tmp-$((4000000 + i))-0"; done
touch "$R/$T/journal/.2024.yaml.tmp-$$-0"  # under the journal lock even a live pid's is stale
run_in "$R" record status 2024-base#I.1 done --date 2024-03-01
expect_rc 0 "record beside stale temporary files"
[ "$(ls -A "$R/$T/journal")" = "2024.yaml" ]
check $? "record under the lock removes every stale temporary file ($(ls -A "$R/$T/journal" | tr '\n' ' '))"

# --- a read-only journal: exit 2, as docs/record.md says ------------------------------------
chmod 444 "$R/$T/journal/2024.yaml"
cp "$R/$T/journal/2024.yaml" "$TMP/j.before"
run_in "$R" record status 2024-base#I.4 done --date 2024-03-02
expect_rc 2 "record into a read-only journal (also as root)"
expect_err "không ghi được sổ theo dõi $T/journal/2024.yaml: Permission denied"
cmp -s "$R/$T/journal/2024.yaml" "$TMP/j.before"
check $? "the read-only journal is unchanged"
chmod 644 "$R/$T/journal/2024.yaml"

# --- SIGXFSZ: a file-size limit is an error, not a kill, and leaves no temporary file -------
R=$(repo fsize)
LAST="(ulimit -f 1) cchc report -o big.md"
(cd "$R" && ulimit -f 1 && exec "$CCHC" report "${M[@]}" -o big.md) >"$TMP/.out" 2>"$TMP/.err"
RC=$?
ERR=$(cat "$TMP/.err")
expect_rc 2 "past the file-size limit: exit 2, not killed by SIGXFSZ"
expect_err "File too large"
[ -z "$(ls -A "$R" | grep '\.tmp-')" ] && [ ! -e "$R/big.md" ]
check $? "no temporary file and no partial report left"

# --- plans: stays inside the repository -----------------------------------------------------
R=$(repo outside)
printf 'plans: /\n' >"$R/cchc.yaml"
run_in "$R" check
expect_rc 1 "plans: / is an error"
expect_diag cchc.yaml:1:8 lỗi plans-outside-root "'plans: /' trỏ ra ngoài thư mục gốc của kho"
expect_diag_count 1 "" "nothing under / is read"
printf 'plans: ../%s\n' "$(basename "$R")/../out" >"$R/cchc.yaml"
run_in "$R" check
expect_diag cchc.yaml:1:8 lỗi plans-outside-root
mkdir -p "$TMP/far/plans"
ln -s "$TMP/far/plans" "$R/linked-plans"
printf 'plans: linked-plans\n' >"$R/cchc.yaml"
run_in "$R" check --lang en
expect_rc 1 "plans: a link out of the repository is an error"
expect_diag cchc.yaml:1:8 error plans-outside-root "points outside the repository root"
mkdir -p "$R/inner" && cp -R "$R/plans/." "$R/inner/"
printf 'plans: inner\n' >"$R/cchc.yaml"
run_in "$R" check
expect_rc 0 "plans: a directory inside the repository is fine"

# --- a linked agency directory: a warning, never silent -------------------------------------
R=$(repo linked)
mv "$R/plans/t/b" "$TMP/agency-b"
ln -s "$TMP/agency-b" "$R/plans/t/b"
run_in "$R" check
expect_rc 0 "a linked directory is a warning"
expect_diag plans/t/b "cảnh báo" linked-directory "là liên kết (symlink) nên không được đọc"

# --- control characters: an error with its position, never printed raw ---------------------
R=$(repo ctl)
printf 'title: "Kế hoạch \\e]0;pwned\\a"\nyear: 2024\nsections:\n  - id: I\n    title: "Mục \x1b[2J một"\n    tasks:\n      - { id: a1, task: "Việc\x07 \x7f một", lead: [VP] }\n' >"$R/$T/2024-ctl.yaml"
run_in "$R" check
expect_rc 1 "control characters are errors"
expect_diag $T/2024-ctl.yaml:1:8 lỗi control-character "U+001B"
expect_diag $T/2024-ctl.yaml:5:17 lỗi control-character "U+001B"
expect_diag $T/2024-ctl.yaml:7:30 lỗi control-character "U+0007"
for cmd in "check" "tasks" "tasks --format csv" "due --force --as-of 2024-01-01 --all" "report --force ${M[*]}" \
    "check --format json" "check --format github"; do
    # shellcheck disable=SC2086
    run_in "$R" $cmd
    ! printf '%s%s' "$OUT" "$ERR" | LC_ALL=C grep -q $'[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]'
    check $? "$cmd: no control character in the output"
done
run_in "$R" tasks
expect_out "Việc␇ ␡ một" "tasks shows controls as visible symbols"

# --- ids, empty values, years, journal years ------------------------------------------------
R=$(repo ids)
printf 'title: Kế hoạch\nyear: 2024\nsections:\n  - id: "I#1"\n    title: Mục\n    tasks:\n      - { id: "", task: a, lead: [VP] }\n      - { id: "a b", task: b, lead: [VP] }\n      - { id: "І.1", task: c, lead: [VP] }\n      - { id: "x\\ny", task: d, lead: [VP] }\n      - { id: ok-1, task: "  ", lead: [VP], timing: "" }\n' >"$R/$T/2024-ids.yaml"
run_in "$R" check
expect_rc 1 "odd ids and empty values are errors"
expect_diag $T/2024-ids.yaml:4:9 lỗi invalid-id "'I#1'"
expect_diag $T/2024-ids.yaml:7:15 lỗi missing-field "khóa 'id' trong task không được để trống"
expect_diag $T/2024-ids.yaml:8:15 lỗi invalid-id "'a b'"
expect_diag $T/2024-ids.yaml:9:15 lỗi invalid-id "'І.1'"
expect_diag $T/2024-ids.yaml:10:15 lỗi invalid-id "'x\\ny'"
expect_diag $T/2024-ids.yaml:11:27 lỗi missing-field "khóa 'task' trong task không được để trống"
expect_diag $T/2024-ids.yaml:11:53 lỗi missing-field "khóa 'timing' trong task không được để trống"

for y in 0 -5 99999 1989 2101; do
    R=$(repo "year$y")
    printf 'title: Kế hoạch\nyear: %s\nissued: ""\n' "$y" >"$R/$T/2024-y.yaml"
    run_in "$R" check
    expect_rc 1 "year $y is an error"
    expect_diag $T/2024-y.yaml:2:7 lỗi invalid-value "năm $y không hợp lệ: cần từ 1990 đến 2100"
    expect_diag $T/2024-y.yaml:3:9 lỗi missing-field "khóa 'issued' trong plan không được để trống"
done

R=$(repo events)
printf 'title: Kế hoạch\nyear: 2024\nevents:\n  ev: { name: "" }\nsections:\n  - id: I\n    title: Mục\n    tasks:\n      - { id: a, task: a, lead: [VP], targets: [{ deliverable: "" }] }\n' >"$R/$T/2024-ev.yaml"
run_in "$R" check --lang en
expect_diag $T/2024-ev.yaml:4:15 error missing-field "key 'name' in event ev must not be empty"
expect_diag $T/2024-ev.yaml:9:64 error missing-field "key 'deliverable' in target must not be empty"

R=$(repo jyear)
mkdir -p "$R/$T/journal"
printf -- '- { date: "2024-03-01", task: 2024-base#I.1, status: done }\n- { date: "2025-01-02", task: 2024-base#I.4, status: done }\n' >"$R/$T/journal/2024.yaml"
run_in "$R" check
expect_rc 1 "a 2025 entry in 2024.yaml is an error"
expect_diag $T/journal/2024.yaml:2:11 lỗi journal-wrong-year "mục ngày 02/01/2025 nằm trong 2024.yaml; mục của năm đó phải ở 2025.yaml"

# --- a metric with both unit and scale: said once, in agency.yaml ---------------------------
R=$(repo unitscale)
sed -i 's/xep_loai: { name: Xếp loại CCHC, scale:/xep_loai: { name: Xếp loại CCHC, unit: "%", scale:/' "$R/$T/agency.yaml"
printf 'title: K\nyear: 2024\nsections:\n  - id: I\n    title: M\n    tasks:\n      - { id: a, task: Xếp loại Tốt, lead: [VP], due: 2024-12-31, targets: [{ metric: xep_loai, op: ">=", value: Tốt }] }\n      - { id: b, task: Đạt 90, lead: [VP], due: 2024-12-31, targets: [{ metric: xep_loai, op: ">=", value: 90 }] }\n' >"$R/$T/2024-xl.yaml"
mkdir -p "$R/$T/journal"
printf -- '- { date: "2024-03-01", metric: xep_loai, value: Khá }\n' >"$R/$T/journal/2024.yaml"
run_in "$R" check
expect_rc 1 "unit and scale together are an error"
line=$(line_of "$R/$T/agency.yaml" xep_loai)
expect_diag "$T/agency.yaml:$line:$(col_of "$R/$T/agency.yaml" "$line" "[Kém")" lỗi metric-kind "chỉ tiêu 'xep_loai' có cả 'unit' và 'scale'"
expect_diag_count 1 metric-kind "reported once, in agency.yaml, not in the plans or the journal"

# --- due, score, report, record refuse a broken repository unless --force ------------------
R=$(repo broken)
printf 'title: Hỏng\nyear: 2024\nsections: [ { id: I, title: t, tasks: [ { id: a, task: b, lead: [NOBODY] } ] } ]\n' >"$R/$T/2024-hong.yaml"
for cmd in "due" "score" "report ${M[*]}" "record status 2024-base#I.1 done --date 2024-03-01" \
    "record event 2024-base#cong-bo --date 2024-03-01" "record metric sipas 90 --date 2024-03-01"; do
    # shellcheck disable=SC2086
    run_in "$R" $cmd
    expect_rc 1 "$cmd on a broken repository"
    expect_err "chạy 'cchc check' để xem và sửa, hoặc thêm --force"
    [ -z "$OUT" ]
    check $? "$cmd: nothing on stdout"
done
[ ! -e "$R/$T/journal" ]
check $? "record wrote nothing while the repository is broken"
run_in "$R" due --force --as-of 2024-03-01 --all
expect_rc 0 "due --force proceeds"
expect_err "(--force): bỏ qua 1 kế hoạch lỗi"
expect_out "Rà soát thủ tục hành chính"
expect_no_out "2024-hong"
run_in "$R" report --force "${M[@]}" --lang en
expect_rc 0 "report --force proceeds"
expect_err "1 broken plans left out"
run_in "$R" record status 2024-base#I.1 done --date 2024-03-01 --force
expect_rc 0 "record --force writes"
grep -q 'date: "2024-03-01"' "$R/$T/journal/2024.yaml"
check $? "record writes the date quoted"

finish
