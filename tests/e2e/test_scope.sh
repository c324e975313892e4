#!/usr/bin/env bash
# End-to-end tests of what the listing commands cover (issue 9): --agency, --plan repeated,
# the directory a command runs in (or --root inside plans/), agency-qualified unit keys,
# and the plan lifecycle (plans in force, --include-closed, record close, carried_over).
. "$(dirname "$0")/lib.sh" "$@"

KH=$SRC/plans/khanh-hoa/stttt
AT="--as-of 2024-11-25"
plans_of() { printf '%s' "$OUT" | python3 -c 'import json,sys; print(" ".join(sorted({i["plan"] for i in json.load(sys.stdin)["items"]})))'; }

# --- --agency ----------------------------------------------------------------------------
run due --root "$SRC" --agency stttt --unit VP $AT --format json
expect_rc 0 "due --agency stttt"
expect_json
# Both STTTT agencies are meant; the Lạng Sơn 2023 plan has ended, so only Khánh Hòa 2024 shows.
has_line "khanh-hoa/stttt/2024-khac-phuc-par-sipas khanh-hoa/stttt/2024-tuyen-truyen-cchc" "$(plans_of)"
check $? "--agency stttt: only the two 2024 STTTT plans (got '$(plans_of)')"
expect_py 'assert data["left_out"] == ["lang-son/stttt/2023-nang-cao-papi-sipas-par"], data["left_out"]' \
    "--agency stttt: the ended Lạng Sơn plan is the one left out"
expect_py 'assert set(data["timeliness"]["by_unit"]) == {"khanh-hoa/stttt:VP"}, data["timeliness"]["by_unit"]' \
    "by_unit keys are agency-qualified"
expect_py 'assert all(i["agency"] == "khanh-hoa/stttt" for i in data["items"])' "every item names its agency"

for name in "Sở Thông tin và Truyền thông" "so thong tin va truyen thong" "STTTT" "khanh-hoa/stttt"; do
    run due --root "$SRC" --agency "$name" $AT --format json
    expect_rc 0 "--agency '$name'"
    has "khanh-hoa/stttt/2024" "$(plans_of)"
    check $? "--agency '$name' finds the Khánh Hòa STTTT plans"
done
run due --root "$SRC" --agency "STTTT Lạng Sơn" --include-closed $AT --format json
has_line "lang-son/stttt/2023-nang-cao-papi-sipas-par" "$(plans_of)"
check $? "--agency 'STTTT Lạng Sơn' (short name and province) is that agency alone"

run due --root "$SRC" --agency khong-co $AT
expect_rc 2 "--agency unknown: usage error"
expect_err "không có cơ quan 'khong-co'"
expect_err "skhdt"
run due --root "$SRC" --agency snv --unit TTBCXB $AT
expect_rc 2 "--unit of another agency only: unknown in scope"
run due --root "$SRC" --agency snv --plan 2024-khac-phuc-par-sipas $AT
expect_rc 2 "--plan outside --agency: usage error"
expect_err "không thuộc cơ quan được chọn"

# Tables get an agency column only when several agencies show.
run due --root "$SRC" --agency skhdt --unit VP --include-closed $AT
expect_rc 0 "due --agency skhdt"
! printf '%s\n' "$OUT" | grep -q '^cơ quan '
check $? "one agency: no agency column"
run due --root "$SRC" --unit VP $AT
printf '%s\n' "$OUT" | grep -q '^cơ quan  *kế hoạch'
check $? "several agencies: an agency column"
expect_out "  snv:VP: sớm hạn" "several agencies: timeliness per agency-qualified unit"

# --- --plan repeated -------------------------------------------------------------------------
run due --root "$SRC" --plan 2024-khac-phuc-par-sipas --plan 2024-nang-cao-sipas-par $AT --format json
expect_rc 0 "--plan twice"
has_line "khanh-hoa/snv/2024-nang-cao-sipas-par khanh-hoa/stttt/2024-khac-phuc-par-sipas" "$(plans_of)"
check $? "--plan twice: both plans and only them (got '$(plans_of)')"
run tasks --root "$SRC" --plan 2024-khac-phuc-par-sipas --plan 2024-tuyen-truyen-cchc --format json
expect_py 'assert {t["plan"] for t in data} == {"khanh-hoa/stttt/2024-khac-phuc-par-sipas", "khanh-hoa/stttt/2024-tuyen-truyen-cchc"}' \
    "tasks --plan twice"
run score --root "$SRC" --plan 2024-khac-phuc-par-sipas --plan 2024-nang-cao-sipas-par $AT --format json
expect_py 'assert {t["plan"] for t in data["targets"]} <= {"khanh-hoa/stttt/2024-khac-phuc-par-sipas", "khanh-hoa/snv/2024-nang-cao-sipas-par"} and data["targets"]' \
    "score --plan twice"
run due --root "$SRC" --plan 2024-khac-phuc-par-sipas --plan khong-co $AT
expect_rc 2 "--plan with one unknown plan: usage error"

# --- --plan: one plan per name (issue 17) -------------------------------------------------
# "sipas-par" ends both SNV's 2024-nang-cao-sipas-par and Lạng Sơn's 2023-nang-cao-papi-sipas-par.
run due --root "$SRC" --plan sipas-par --include-closed $AT
expect_rc 2 "--plan naming two plans: usage error"
expect_err "'sipas-par' khớp 2 kế hoạch"
expect_err "  khanh-hoa/snv/2024-nang-cao-sipas-par"
expect_err "  lang-son/stttt/2023-nang-cao-papi-sipas-par"
expect_no_out "2024-nang-cao-sipas-par" "an ambiguous --plan lists nothing"
run due --root "$SRC" --plan sipas-par $AT --lang en
expect_err "'sipas-par' names 2 plans" "ambiguous --plan, English"
# Within --agency the name is unique again: SNV's plan alone.
run due --root "$SRC" --agency snv --plan sipas-par --include-closed $AT --format json
expect_rc 0 "--agency snv --plan sipas-par"
has_line "khanh-hoa/snv/2024-nang-cao-sipas-par" "$(plans_of)"
check $? "--agency snv --plan sipas-par: SNV's plan alone (got '$(plans_of)')"
# Two plans of one agency sharing an end: ambiguous within --agency too, both listed.
AMB=$TMP/amb
mkdir -p "$AMB" && cp -R "$SRC/plans" "$SRC/schemas" "$AMB/"
sed 's/^year: 2024/year: 2025/; s/^issued: "2024-02-29"/issued: "2025-02-28"/' \
    "$AMB/plans/khanh-hoa/stttt/2024-khac-phuc-par-sipas.yaml" >"$AMB/plans/khanh-hoa/stttt/2025-khac-phuc-par-sipas.yaml"
run due --root "$AMB" --agency khanh-hoa/stttt --plan khac-phuc-par-sipas $AT
expect_rc 2 "--agency with a --plan two of its plans end with: usage error"
expect_err "'khac-phuc-par-sipas' khớp 2 kế hoạch"
expect_err "  khanh-hoa/stttt/2024-khac-phuc-par-sipas"
expect_err "  khanh-hoa/stttt/2025-khac-phuc-par-sipas"
run due --root "$AMB" --agency khanh-hoa/stttt --plan 2025-khac-phuc-par-sipas --as-of 2025-03-03 --format json
expect_rc 0 "the longer end names one plan"
has_line "khanh-hoa/stttt/2025-khac-phuc-par-sipas" "$(plans_of)"
check $? "--plan 2025-khac-phuc-par-sipas: that plan alone (got '$(plans_of)')"

# --- scope by directory -------------------------------------------------------------------
run due --root "$KH" $AT --format json
expect_rc 0 "--root plans/khanh-hoa/stttt finds the repository above"
has_line "khanh-hoa/stttt/2024-khac-phuc-par-sipas khanh-hoa/stttt/2024-tuyen-truyen-cchc" "$(plans_of)"
check $? "--root plans/khanh-hoa/stttt: that agency's plans only (got '$(plans_of)')"
run_in "$KH" due $AT --format json
has_line "khanh-hoa/stttt/2024-khac-phuc-par-sipas khanh-hoa/stttt/2024-tuyen-truyen-cchc" "$(plans_of)"
check $? "inside plans/khanh-hoa/stttt: that agency's plans only"
run_in "$KH/journal" units --format json
expect_py 'assert {u["agency"] for u in data} == {"khanh-hoa/stttt"}' "units inside the agency's journal directory"
run_in "$SRC/plans/khanh-hoa" units --format json
expect_py 'assert {u["agency"] for u in data} == {"khanh-hoa/skhdt", "khanh-hoa/snv", "khanh-hoa/stttt"}' \
    "units inside plans/khanh-hoa: the province's agencies"
run_in "$SRC" units --format json
expect_py 'assert "lang-son/stttt" in {u["agency"] for u in data}' "units at the root: every agency"
run_in "$KH" tasks --format json
expect_py 'assert data and all(t["plan"].startswith("khanh-hoa/stttt/") for t in data)' "tasks inside the agency directory"
run score --root "$KH" $AT --by unit --format json
expect_py 'assert data["by_unit"] and all(r["key"].startswith("khanh-hoa/stttt:") for r in data["by_unit"] if r["key"] != "—")' \
    "score --root agency dir: by_unit keyed by agency:unit"
run score --root "$SRC/plans/khanh-hoa" $AT --by unit
printf '%s\n' "$OUT" | grep -q '^snv: VP (Văn phòng Sở) '
check $? "score --by unit, several agencies: 'snv: VP (…)'"
run score --root "$KH" $AT --by unit
printf '%s\n' "$OUT" | grep -q '^VP (Văn phòng Sở) '
check $? "score --by unit, one agency: the unit alone"
run report --root "$KH" --month 2024-11 --as-of 2024-11-29 --format json
expect_py 'assert [p["id"] for p in data["plans"]] == ["khanh-hoa/stttt/2024-khac-phuc-par-sipas", "khanh-hoa/stttt/2024-tuyen-truyen-cchc"], data["plans"]' \
    "report --root agency dir: that agency's plans"
expect_py 'assert all(u["key"] == "khanh-hoa/stttt:" + u["code"] for u in data["units"])' "report units keyed by agency:unit"
run_in "$KH" due --agency snv $AT
expect_rc 2 "inside STTTT, --agency snv is outside the scope"
run check --root "$KH"
expect_rc 0 "check --root plans/khanh-hoa/stttt"
expect_no_out "duplicate-stt" "check --root agency dir: another agency's warning is not shown"
run_in "$SRC/plans/khanh-hoa/skhdt" check
expect_out "[duplicate-stt]" "check inside plans/khanh-hoa/skhdt: its own warning"
run due --root "$SRC/docs" $AT
expect_rc 2 "--root outside plans/ in a repository: no repository"

# --- lifecycle on the shipped plans ----------------------------------------------------------
run due --root "$SRC" --unit VP --as-of 2026-06-01
expect_rc 0 "due at 2026"
# The 2022 and 2023 plans were closed (example journals); the three 2024 plans ended and
# nobody closed them: what is still open of them stays listed, marked.
expect_out_line "Bỏ qua 2 kế hoạch đã hết hiệu lực/đã đóng (--include-closed để xem)"
expect_out "Kế hoạch đã hết kỳ, chưa đóng: 2024-nang-cao-sipas-par, 2024-khac-phuc-par-sipas, 2024-tuyen-truyen-cchc" \
    "2026: the 2024 plans nobody closed are named"
expect_out "2024-nang-cao-sipas-par (đã hết kỳ)" "2026: their open items are listed, marked"
run due --root "$SRC" --unit VP --as-of 2026-06-01 --include-closed --format json
expect_py 'assert data["left_out"] == [] and len({i["plan"] for i in data["items"]}) == 5' "--include-closed shows the five plans"
expect_py 'assert not [i for i in data["items"] if i["group"] == "ongoing" and i["timing"] == "Thường xuyên trong năm 2024"]' \
    "'… trong năm 2024' is not ongoing in 2026"
run due --root "$SRC" --plan 2022-nang-cao-hai-long-par --as-of 2022-06-15 --format json
expect_py '
items = [i for i in data["items"] if i["id"] == "giao-ban" and i["group"] == "overdue"]
assert items and items[0]["occurrence"] == "2022-04" and "2022-01" not in items[0]["missed"], items' \
    "2022 SKHĐT monthly giao ban: nothing missed before its issue date 19/04/2022"
run due --root "$SRC" --plan 2022-nang-cao-hai-long-par $AT
expect_out_line "Bỏ qua 1 kế hoạch đã hết hiệu lực/đã đóng (--include-closed để xem)"
run score --root "$SRC" --as-of 2026-06-01 --format json
expect_py 'assert data["targets"] == []' "score at 2026: no plan in force"
run score --root "$SRC" --as-of 2026-06-01 --include-closed --format json
expect_py 'assert data["targets"]' "score --include-closed at 2026"

# --- record close / carried_over ---------------------------------------------------------------
R=$TMP/shipped
mkdir -p "$R" && cp -R "$SRC/plans" "$SRC/schemas" "$R/"
[ -f "$SRC/cchc.yaml" ] && cp "$SRC/cchc.yaml" "$R/"
run_in "$R" record close 2024-tuyen-truyen-cchc --date 2024-10-31 --note "Thay bằng kế hoạch mới"
expect_rc 0 "record close"
expect_out "plan: 2024-tuyen-truyen-cchc, status: closed"
run_in "$R" due --unit VP --agency khanh-hoa/stttt $AT --format json
has_line "khanh-hoa/stttt/2024-khac-phuc-par-sipas" "$(plans_of)"
check $? "a plan closed on 31/10 is left out on 25/11 (got '$(plans_of)')"
run_in "$R" due --unit VP --agency khanh-hoa/stttt --as-of 2024-10-31 --format json
has "2024-tuyen-truyen-cchc" "$(plans_of)"
check $? "… and still listed on its closing day"
run_in "$R" check
expect_diag "plans/khanh-hoa/stttt/journal/2024.yaml:$(wc -l <"$R/plans/khanh-hoa/stttt/journal/2024.yaml"):3" "cảnh báo" \
    closed-plan-open-tasks "2024-tuyen-truyen-cchc"
run_in "$R" record status 2024-tuyen-truyen-cchc#bc-quy carried_over --date 2024-10-31 --note "Chuyển sang 2025"
expect_rc 0 "record status carried_over"
run_in "$R" due --unit VP --agency khanh-hoa/stttt $AT --format json
expect_py 'assert {i["status"] for i in data["items"] if i["plan"].endswith("tuyen-truyen-cchc")} == {"carried_over"}' \
    "a carried-over task of the closed plan stays listed"
run_in "$R" record close khong-co
expect_rc 2 "record close of an unknown plan"
expect_err "không có kế hoạch 'khong-co'"
run_in "$R" record close 2024 --dry-run
expect_rc 2 "record close of an ambiguous plan name"

finish
