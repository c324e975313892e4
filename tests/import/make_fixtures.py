#!/usr/bin/python3
"""Word fixtures for `cchc import` tests, made at test time (python3-docx, Debian).

  make_fixtures.py OUTDIR              forms.docx (the table forms plans use), forms-amended.docx
                                       (forms.docx amended: for `import --update`), other.docx, stp.docx,
                                       huyen.docx (plans of other shapes), rows-40.docx and the bad inputs
  make_fixtures.py --seed PLAN.yaml OUT.docx
                                       a plan's appendix rebuilt as a Word table from the
                                       shipped plan file: STT | Nhiệm vụ | Kết quả | Tiến độ | Cách thức
  make_fixtures.py --seed-text APPENDIX.txt OUT.docx
                                       a seed's appendix rebuilt as a Word table from the seed's
                                       own text (tests/import/seeds/NNN.appendix.txt, cut from
                                       /work/shared/seeds/NNN_*.txt at the table's header): its
                                       columns, its rows, its garbles (import.yaml corrects them)
"""
import copy
import html
import io
import os
import re
import sys
import zipfile

import docx
import yaml
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Three lists: 1 = "1." decimal (used in section I and, by the author's slip, continued in
# section II), 2 = the same abstract list restarted (startOverride), 3 = bullets "-".
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="11"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="12"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num>
</w:numbering>"""

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Theo Quyết định số 271/QĐ-UBND ngày 29/01/2024.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def numbered(paragraph, num_id, level=0):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def vmerge(cell, restart):
    tcpr = cell._tc.get_or_add_tcPr()
    vm = OxmlElement("w:vMerge")
    if restart:
        vm.set(qn("w:val"), "restart")
    tcpr.append(vm)


def set_text(cell, lines, num=None):
    """Cell paragraphs, one per line; `num` numbers the first one (automatic STT)."""
    if isinstance(lines, str):
        lines = [lines]
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)
    if num is not None:
        numbered(cell.paragraphs[0], num)


def footnote_ref(paragraph, note_id):
    run = paragraph.add_run()
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(note_id))
    run._r.append(ref)


def grid_before(row, n):
    trpr = row._tr.get_or_add_trPr()
    gb = OxmlElement("w:gridBefore")
    gb.set(qn("w:val"), str(n))
    trpr.insert(0, gb)


def patch_package(path, numbering=None, footnotes=None):
    """Puts our numbering.xml and footnotes.xml into the package python-docx wrote."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "word/numbering.xml" and numbering:
                data = numbering.encode()
            if footnotes and info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if footnotes and info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            z.writestr(info.filename, data)
        if footnotes:
            z.writestr("word/footnotes.xml", footnotes)
    with open(path, "wb") as f:
        f.write(out.getvalue())


def forms(path, amended=False):
    """The table forms plans use. `amended`: the same plan amended, for `import --update`:
    I.1 reworded, I.2 a new deadline, II.1 a new lead, III.1.2 removed, II.5 added."""
    d = docx.Document()
    # Layout table: national header and number (no plan content).
    lay = d.add_table(rows=2, cols=2)
    set_text(lay.cell(0, 0), ["UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"])
    set_text(lay.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    set_text(lay.cell(1, 0), "Số: 12/KH-STTTT")
    set_text(lay.cell(1, 1), "Khánh Hòa, ngày 05 tháng 3 năm 2024")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Tuyên truyền cải cách hành chính năm 2024")
    d.add_paragraph("")
    d.add_paragraph("Căn cứ Quyết định số 271/QĐ-UBND ngày 29/01/2024 của UBND tỉnh;")
    d.add_paragraph("Trung tâm Cổng Thông tin điện tử (sau đây gọi tắt là TTC) đăng tải tin, bài.")
    d.add_paragraph("Phụ lục")
    t = d.add_table(rows=14, cols=7)
    t.style = "Table Grid"
    # Two-row header: "Cơ quan thực hiện" over "Chủ trì" / "Phối hợp"; the rest merged down.
    heads = ["STT", "Nội dung công việc", "Cơ quan thực hiện", None, "Thời hạn", "Sản phẩm", "Ghi chú"]
    for c, h in enumerate(heads):
        if h is not None:
            set_text(t.cell(0, c), h)
    t.cell(0, 2).merge(t.cell(0, 3))
    set_text(t.cell(1, 2), "Chủ trì")
    set_text(t.cell(1, 3), "Phối hợp")
    for c in (0, 1, 4, 5, 6):
        vmerge(t.cell(0, c), True)
        vmerge(t.cell(1, c), False)
    for c in range(7):
        set_text(t.cell(2, c), f"({c + 1})")
    # Section as one cell over the whole row.
    row = t.rows[3]
    row.cells[0].merge(row.cells[6])
    set_text(t.cell(3, 0), "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    r = 4
    set_text(t.cell(r, 0), "", num=1)
    set_text(t.cell(r, 1), "Xây dựng, ban hành Kế hoạch tuyên truyền CCHC năm 2024"
             + (" (sửa đổi, bổ sung)" if amended else ""))
    set_text(t.cell(r, 2), "Văn phòng Sở")
    set_text(t.cell(r, 3), "Các phòng, đơn vị thuộc Sở")
    set_text(t.cell(r, 4), "Tháng 02/2024")
    set_text(t.cell(r, 5), "Kế hoạch")
    r = 5
    set_text(t.cell(r, 0), "", num=1)
    set_text(t.cell(r, 1), "Tổ chức Hội nghị tổng kết công tác CCHC")
    footnote_ref(t.cell(r, 1).paragraphs[0], 1)
    set_text(t.cell(r, 2), "Văn phòng")
    vmerge(t.cell(r, 2), True)
    set_text(t.cell(r, 3), "TTC")
    set_text(t.cell(r, 4), "Quý II/2024" if amended else "Quý I/2024")
    set_text(t.cell(r, 5), "Hội nghị")
    t.cell(r, 5).add_paragraph("Tin, bài")
    for p in t.cell(r, 5).paragraphs:
        numbered(p, 3)
    r = 6
    set_text(t.cell(r, 0), "", num=1)
    set_text(t.cell(r, 1), ["Đăng tải tin, bài về CCHC:", "Trang TTĐT của Sở"])
    numbered(t.cell(r, 1).paragraphs[1], 1, level=1)
    vmerge(t.cell(r, 2), False)
    set_text(t.cell(r, 3), "-")
    set_text(t.cell(r, 4), "Thường xuyên")
    set_text(t.cell(r, 5), "Tin, bài")
    # Section as STT + a title over the other columns.
    r = 7
    row = t.rows[r]
    row.cells[1].merge(row.cells[6])
    set_text(t.cell(r, 0), "II.")
    set_text(t.cell(r, 1), "CÔNG TÁC TUYÊN TRUYỀN")
    r = 8  # restarted list: "1."
    set_text(t.cell(r, 0), "", num=2)
    set_text(t.cell(r, 1), "Tuyên truyền trên Cổng Thông tin điện tử")
    set_text(t.cell(r, 2), "Văn phòng Sở" if amended else "Trung tâm Cổng TTĐT")
    set_text(t.cell(r, 3), "Phòng Kế hoạch Tài chính")
    set_text(t.cell(r, 4), "Tùy theo tình hình thực tế của đơn vị")
    set_text(t.cell(r, 5), "Tin, bài")
    r = 9  # the author's slip: the first list continues, "4."
    set_text(t.cell(r, 0), "", num=1)
    set_text(t.cell(r, 1), "Cập nhật chuyên mục CCHC")
    set_text(t.cell(r, 2), "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến")
    set_text(t.cell(r, 4), "Trước ngày 15/12/2024")
    set_text(t.cell(r, 6), "Kiểm tra lại")
    r = 10  # section "III." typed, then typed numbers under it
    row = t.rows[r]
    row.cells[1].merge(row.cells[6])
    set_text(t.cell(r, 0), "III.")
    set_text(t.cell(r, 1), "CÔNG TÁC KHÁC")
    r = 11
    set_text(t.cell(r, 0), "1.")
    set_text(t.cell(r, 1), "Khảo sát mức độ hài lòng")
    r = 12
    set_text(t.cell(r, 0), "1.1")
    set_text(t.cell(r, 1), "Khảo sát trực tuyến")
    set_text(t.cell(r, 2), "Văn phòng Sở, Thanh tra Sở")
    set_text(t.cell(r, 4), "Quý II/2024")
    r = 13
    set_text(t.cell(r, 0), "1.2")
    set_text(t.cell(r, 1), "Khảo sát trực tiếp")
    set_text(t.cell(r, 2), "Văn phòng Sở")
    set_text(t.cell(r, 4), "6 tháng đầu năm")
    # A row that starts at the second column (gridBefore), without STT.
    row = t.add_row()
    row._tr.remove(row._tr.tc_lst[0])
    grid_before(row, 1)
    set_text(row.cells[0], "Tổng hợp, báo cáo kết quả")
    set_text(row.cells[1], "Văn phòng Sở")
    set_text(row.cells[3], "Trước ngày 20/12/2024")
    if amended:
        t._tbl.remove(t.rows[13]._tr)  # III.1.2 "Khảo sát trực tiếp" dropped
        added = copy.deepcopy(t.rows[9]._tr)  # after II.4; its automatic STT continues: "5."
        t.rows[9]._tr.addnext(added)
        row = t.rows[10]
        set_text(row.cells[1], "Tuyên truyền trên mạng xã hội")
        set_text(row.cells[2], "Văn phòng Sở")
        set_text(row.cells[4], "Quý III/2024")
        set_text(row.cells[6], "")
    d.save(path)
    patch_package(path, NUMBERING, FOOTNOTES)


OTHER_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Theo Kế hoạch số 45/KH-UBND ngày 10/01/2024.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:t>Mẫu phiếu do Sở Nội vụ ban hành.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def other(path):
    """A plan shaped as the developers' fixtures are not, to try `import` as a new user would:
    TT | Nội dung công việc | Thời hạn | Cơ quan thực hiện (Chủ trì, Phối hợp) | Sản phẩm, no
    column numbers, sections "A." as one cell and "B" + title, typed STT without dots, a)/b)
    lists typed and automatic, two footnotes, a deadline merged over three rows."""
    d = docx.Document()
    lay = d.add_table(rows=1, cols=2)
    set_text(lay.cell(0, 0), ["UBND TỈNH KHÁNH HÒA", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"])
    set_text(lay.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
    d.add_paragraph("Số: 77/KH-STTTT")
    d.add_paragraph("Khánh Hòa, ngày 12 tháng 01 năm 2024")
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kiểm tra công tác cải cách hành chính năm 2024")
    d.add_paragraph("Thanh tra Sở (viết tắt là TTS) chủ trì các cuộc kiểm tra.")
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    for c, h in {0: "TT", 1: "Nội dung công việc", 2: "Thời hạn hoàn thành", 3: "Cơ quan thực hiện", 5: "Sản phẩm"}.items():
        set_text(t.cell(0, c), h)
    t.cell(0, 3).merge(t.cell(0, 4))
    set_text(t.cell(1, 3), "Chủ trì")
    set_text(t.cell(1, 4), "Phối hợp")
    for c in (0, 1, 2, 5):
        vmerge(t.cell(0, c), True)
        vmerge(t.cell(1, c), False)

    def row(cells):
        r = t.add_row()
        for c, v in cells.items():
            set_text(r.cells[c], v)
        return r

    r = row({})
    r.cells[0].merge(r.cells[5])
    set_text(r.cells[0], "A. KIỂM TRA NỘI BỘ")
    row({0: "1", 1: "Xây dựng kế hoạch kiểm tra CCHC", 2: "Trước ngày 31/01/2024", 3: "Thanh tra Sở",
         4: "Văn phòng Sở", 5: "Kế hoạch"})
    # Three rows sharing one deadline (vertically merged), the middle one with a footnote.
    r = row({0: "2", 1: ["Kiểm tra các phòng chuyên môn:", "a) Việc giải quyết TTHC;", "b) Việc thực hiện quy chế"],
             2: "Quý II/2024", 3: "TTS", 5: "Biên bản kiểm tra"})
    vmerge(r.cells[2], True)
    r = row({0: "3", 1: "Kiểm tra các Trung tâm", 3: "Thanh tra Sở", 4: "Trung tâm Công nghệ thông tin và Dịch vụ hành chính công trực tuyến",
             5: "Biên bản kiểm tra"})
    footnote_ref(r.cells[1].paragraphs[0], 1)
    vmerge(r.cells[2], False)
    r = row({0: "4", 1: "Tự kiểm tra tại Bộ phận Một cửa", 3: "Văn phòng Sở", 5: "Báo cáo"})
    vmerge(r.cells[2], False)
    r = row({0: "B", 1: "KIỂM TRA CƠ SỞ"})
    r.cells[1].merge(r.cells[5])
    set_text(r.cells[1], "KIỂM TRA CƠ SỞ")
    r = row({0: "1", 1: ["Phối hợp kiểm tra tại cấp huyện, gồm:", "Huyện Diên Khánh", "Huyện Cam Lâm"],
             2: "Khi có yêu cầu", 3: "Thanh tra Sở", 4: "Phòng Tư pháp huyện", 5: "Báo cáo"})
    for p in r.cells[1].paragraphs[1:]:
        numbered(p, 1, level=1)
    r = row({0: "2", 1: "Khảo sát sự hài lòng tại cơ sở", 2: "Tháng 9/2024", 3: "Văn phòng Sở", 4: "-", 5: "Phiếu khảo sát"})
    footnote_ref(r.cells[5].paragraphs[0], 2)
    d.save(path)
    patch_package(path, NUMBERING, OTHER_FOOTNOTES)


def rows40(path):
    """A 40-row plan of the seeds' shape, for timing the import (not asserted in tests)."""
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2024")
    t = d.add_table(rows=1, cols=6)
    for c, h in enumerate(["STT", "Nội dung/Nhiệm vụ", "Kết quả/ Sản phẩm", "Thời gian thực hiện", "Chủ trì", "Phối hợp"]):
        set_text(t.cell(0, c), h)
    for i in range(1, 41):
        if i % 10 == 1:
            r = t.add_row()
            r.cells[0].merge(r.cells[5])
            set_text(r.cells[0], ["I.", "II.", "III.", "IV."][i // 10] + " NHÓM NHIỆM VỤ " + str(i // 10 + 1))
        r = t.add_row()
        for c, v in enumerate([f"{i}.", f"Nhiệm vụ số {i}: thực hiện các nội dung cải cách hành chính theo kế hoạch",
                               "- Báo cáo\n- Tin, bài", f"Trước ngày {i % 28 + 1}/{i % 12 + 1}/2024", "Văn phòng Sở",
                               "Các phòng, đơn vị thuộc Sở"]):
            set_text(r.cells[c], v.split("\n"))
    d.save(path)


def signature(d, left, right):
    """The signature block as a borderless layout table after the plan table."""
    sig = d.add_table(rows=1, cols=2)
    set_text(sig.cell(0, 0), left)
    set_text(sig.cell(0, 1), right)


def table_rows(t, rows):
    """Rows of a plan table: a str is a section in one cell over the whole row; a dict maps
    columns to lines (a list: one paragraph each; "\\n" in a str: a line break in one paragraph)."""
    out = []
    for spec in rows:
        r = t.add_row()
        if isinstance(spec, str):
            r.cells[0].merge(r.cells[len(r.cells) - 1])
            set_text(t.rows[len(t.rows) - 1].cells[0], spec)
        else:
            for c, v in spec.items():
                lines = v if isinstance(v, list) else [v]
                cell = r.cells[c]
                set_text(cell, [lines[0].split("\n")[0]] + lines[1:])
                first = lines[0].split("\n")
                for extra in first[1:]:  # a line break (w:br) inside the first paragraph
                    run = cell.paragraphs[0].add_run()
                    run.add_break()
                    run.add_text(extra)
        out.append(r)
    return out


def stp(path):
    """A Sở Tư pháp plan for 2025 that the developers never imported: the number and the date
    inside the national header's two cells, columns TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị
    phối hợp | Thời gian hoàn thành | Kết quả/sản phẩm (no column numbers), sections in one
    merged cell, a heading row "1" over "1.1"/"1.2", a heading "2" over "a)"/"b)", cells of
    several paragraphs and a line break, units abbreviated and in full, a deadline shared
    by two rows, and the signature as a second layout table at the end."""
    d = docx.Document()
    lay = d.add_table(rows=1, cols=2)
    set_text(lay.cell(0, 0), ["UBND TỈNH KHÁNH HÒA", "SỞ TƯ PHÁP", "", "Số: 35/KH-STP"])
    set_text(lay.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                              "Khánh Hòa, ngày 15 tháng 01 năm 2025"])
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Cải cách hành chính năm 2025 của Sở Tư pháp")
    d.add_paragraph("")
    d.add_paragraph("Căn cứ Kế hoạch số 320/KH-UBND ngày 10/01/2025 của UBND tỉnh Khánh Hòa về cải cách "
                    "hành chính năm 2025;")
    d.add_paragraph("Phòng Hành chính tư pháp (sau đây viết tắt là HCTP) và Phòng Xây dựng và Kiểm tra văn "
                    "bản (XD&KTVB) chủ động triển khai các nhiệm vụ được giao.")
    d.add_paragraph("PHỤ LỤC")
    d.add_paragraph("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025")
    d.add_paragraph("(Kèm theo Kế hoạch số 35/KH-STP ngày 15/01/2025 của Sở Tư pháp)")
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành",
                           "Kết quả/sản phẩm"]):
        set_text(t.cell(0, c), h)
    rows = table_rows(t, [
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        {0: "1", 1: "Xây dựng, ban hành Kế hoạch cải cách hành chính năm 2025 của Sở", 2: "Văn phòng Sở",
         3: "Các phòng, đơn vị thuộc Sở", 4: "Trước 30/01/2025", 5: "Kế hoạch"},
        {0: "2", 1: ["Tổ chức quán triệt, triển khai nhiệm vụ cải cách hành chính năm 2025.",
                     "Lồng ghép trong hội nghị triển khai công tác tư pháp năm 2025."],
         2: "VP", 3: "HCTP; Thanh tra", 4: "Quý I/2025", 5: ["- Hội nghị", "- Thông báo kết luận"]},
        {0: "3", 1: "Báo cáo định kỳ công tác cải cách hành chính gửi Sở Nội vụ", 2: "Văn phòng Sở",
         3: "Các phòng, đơn vị thuộc Sở", 4: "Hằng quý", 5: "Báo cáo"},
        "II. CẢI CÁCH THỂ CHẾ",
        {0: "1", 1: "Công tác xây dựng và kiểm tra văn bản quy phạm pháp luật"},
        {0: "1.1", 1: "Tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật thuộc lĩnh vực tư pháp",
         2: "Phòng XD&KTVB", 3: "Văn phòng Sở\nPhòng Bổ trợ tư pháp", 4: "Trong năm 2025",
         5: "Quyết định của UBND tỉnh"},
        {0: "1.2", 1: "Thẩm định dự thảo văn bản quy phạm pháp luật do các sở, ngành gửi đến",
         2: "Phòng Xây dựng và Kiểm tra văn bản", 3: "-", 4: "Thường xuyên", 5: "Báo cáo thẩm định"},
        {0: "2", 1: "Rà soát, hệ thống hóa văn bản quy phạm pháp luật, gồm:"},
        {0: "a)", 1: "Rà soát văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành thuộc lĩnh vực tư pháp",
         2: "XD&KTVB", 3: "Các phòng, đơn vị thuộc Sở", 4: "6 tháng đầu năm",
         5: "Danh mục văn bản hết hiệu lực"},
        {0: "b)", 1: "Công bố danh mục văn bản hết hiệu lực toàn bộ hoặc một phần",
         2: "XD&KTVB", 4: "Trước 30/6/2025", 5: "Quyết định công bố"},
        "III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        {0: "1", 1: ["Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực:", "- Hộ tịch, chứng thực;",
                     "- Lý lịch tư pháp."],
         2: "Phòng Hành chính tư pháp", 3: "Văn phòng Sở, Phòng Bổ trợ tư pháp", 4: "Quý II/2025",
         5: "Phương án đơn giản hóa"},
        {0: "2", 1: "Cập nhật, công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
         2: "Văn phòng", 3: "Trung tâm Dịch vụ đấu giá tài sản", 4: "Khi có yêu cầu",
         5: "Thủ tục hành chính được công khai"},
        {0: "3", 1: "Tiếp nhận, giải quyết hồ sơ cấp Phiếu lý lịch tư pháp trực tuyến",
         2: "Phòng HCTP", 3: "Trung tâm Trợ giúp pháp lý nhà nước", 4: "Hằng tháng",
         5: "Báo cáo kết quả giải quyết hồ sơ"},
        "IV. CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC",
        {0: "1", 1: "Rà soát chức năng, nhiệm vụ, cơ cấu tổ chức của các phòng, đơn vị thuộc Sở",
         2: "Văn phòng Sở", 3: "Các phòng, đơn vị thuộc Sở", 4: "Quý III/2025", 5: "Báo cáo rà soát"},
        {0: "2", 1: "Kiểm tra việc thực hiện quy chế làm việc, nội quy cơ quan", 2: "Thanh tra Sở",
         3: "Văn phòng Sở", 4: "Tháng 10/2025", 5: "Kết luận kiểm tra"},
    ])
    # Rows 3 and 4 of section IV share one deadline: "Quý III/2025" merged down.
    set_text(rows[-1].cells[4], "")  # before the merge: python-docx then reads the cell above
    vmerge(rows[-2].cells[4], True)
    vmerge(rows[-1].cells[4], False)
    signature(d, ["Nơi nhận:", "- Sở Nội vụ;", "- UBND tỉnh (b/c);", "- Lưu: VT, VP."],
              ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Nguyễn Thị Minh Hằng"])
    d.save(path)


def huyen(path):
    """A district (UBND huyện) plan for 2025, issued in December 2024: the national header as
    paragraphs (no layout table), the title over two lines, header cells with line breaks,
    column numbers, "STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện
    | Sản phẩm dự kiến | Ghi chú", sections "A." in one cell and "I" + title, automatic STT
    restarting per section, rows "-" under a heading, abbreviations declared in the body, the
    appendix split into two tables at a page, and the signature table at the end."""
    d = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "HUYỆN CAM LÂM", "Số: 412/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Cam Lâm, ngày 26 tháng 12 năm 2024", "", "KẾ HOẠCH",
                 "Cải cách hành chính nhà nước", "huyện Cam Lâm năm 2025", ""]:
        d.add_paragraph(line)
    d.add_paragraph("Căn cứ Kế hoạch số 14520/KH-UBND ngày 18/12/2024 của UBND tỉnh Khánh Hòa;")
    d.add_paragraph("Giao Phòng Nội vụ (sau đây gọi tắt là PNV) làm đầu mối; Ủy ban nhân dân các xã, thị trấn "
                    "(sau đây gọi tắt là UBND cấp xã) thực hiện các nhiệm vụ tại Phụ lục kèm theo.")
    heads = ["STT", "Nội dung", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Thời gian\nthực hiện", "Sản phẩm\ndự kiến",
             "Ghi chú"]

    def plan_table(rows):
        t = d.add_table(rows=2, cols=7)
        t.style = "Table Grid"
        for c, h in enumerate(heads):
            first, *rest = h.split("\n")
            set_text(t.cell(0, c), first)
            for extra in rest:
                run = t.cell(0, c).paragraphs[0].add_run()
                run.add_break()
                run.add_text(extra)
            set_text(t.cell(1, c), f"({c + 1})")
        return t, table_rows(t, rows)

    n = 5  # automatic STT, one list per section (numId 5, 6, 7: restarts)
    t, rows = plan_table([
        "A. NHIỆM VỤ CHUNG",
        {0: "I", 1: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"},
        {0: "", 1: "Ban hành Kế hoạch cải cách hành chính năm 2025 của huyện", 2: "PNV",
         3: "Văn phòng HĐND và UBND huyện", 4: "Tháng 01/2025", 5: "Kế hoạch", 6: ""},
        {0: "", 1: ["Kiểm tra công tác cải cách hành chính tại:", "- Các cơ quan chuyên môn thuộc UBND huyện;",
                    "- UBND cấp xã."],
         2: "Phòng Nội vụ", 3: "Phòng Tư pháp; Văn phòng HĐND và UBND huyện", 4: "Quý II, Quý III/2025",
         5: "Thông báo kết luận kiểm tra", 6: "Ít nhất 30% số đơn vị"},
        {0: "", 1: "Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với người dân, doanh nghiệp",
         2: "Văn phòng HĐND và UBND huyện", 3: "PNV, Phòng Tư pháp", 4: "Quý IV/2025", 5: "Hội nghị"},
        {0: "II", 1: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"},
        {0: "", 1: "Niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã",
         2: "Văn phòng HĐND và UBND huyện", 3: "UBND cấp xã", 4: "Thường xuyên", 5: "-"},
        {0: "", 1: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 2: "Bộ phận Một cửa huyện",
         3: "Phòng Văn hóa và Thông tin", 4: "Hằng tháng", 5: "Tỷ lệ hồ sơ được số hóa"},
    ])
    for r, num in ((rows[2], 5), (rows[3], 5), (rows[4], 5), (rows[6], 6), (rows[7], 6)):
        numbered(r.cells[0].paragraphs[0], num)
    # The appendix continues in a second table (a page break), its header repeated.
    d.add_paragraph("")
    t2, rows2 = plan_table([
        {0: "III", 1: "CẢI CÁCH CÔNG VỤ"},
        {0: "1.7", 1: "Nâng cao chất lượng đội ngũ cán bộ, công chức"},
        {0: "-", 1: "Cử cán bộ, công chức tham gia bồi dưỡng kiến thức quản lý nhà nước", 2: "PNV",
         3: "Các cơ quan chuyên môn thuộc UBND huyện; UBND cấp xã", 4: "Theo kế hoạch của tỉnh",
         5: "Danh sách cử đi học"},
        {0: "-", 1: "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2025", 2: "Phòng Nội vụ",
         3: "Các cơ quan chuyên môn thuộc UBND huyện", 4: "Tháng 12/2025", 5: "Quyết định xếp loại"},
        "B. NHIỆM VỤ CỦA CẤP XÃ",
        {0: "1", 1: "Cập nhật kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính",
         2: "UBND cấp xã", 3: "", 4: "Trước ngày 05 hằng tháng", 5: "Báo cáo"},
        {0: "2", 1: "Đăng ký chữ ký số cho cán bộ, công chức cấp xã", 2: "UBND cấp xã", 3: "Phòng Văn hóa và Thông tin",
         4: "Trong năm 2025", 5: ""},
    ])
    signature(d, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Lưu: VT, NV."],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Trần Văn Bình"])
    d.save(path)
    patch_package(path, NUMBERING.replace("</w:numbering>",
        '<w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>'
        '<w:num w:numId="6"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
        '</w:lvlOverride></w:num></w:numbering>'))


def raw_docx(path, body, extra=None, document=None):
    """A minimal package: just what a reader needs, with the body given as XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"/>')
        z.writestr("word/document.xml", document if document is not None else
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def cell(text):
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def bad_inputs(out):
    with open(os.path.join(out, "not-a-zip.docx"), "w") as f:
        f.write("Kế hoạch số 12/KH-STTTT\n")
    # Zip bomb: 200 MiB of one repeated byte, under 1 MiB compressed.
    with zipfile.ZipFile(os.path.join(out, "bomb.docx"), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<" + b" " * (200 * 1024 * 1024))
    raw_docx(os.path.join(out, "no-table.docx"), "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>")
    header = "<w:tr>" + cell("STT") + cell("Nội dung") + cell("Tiến độ") + cell("Chủ trì") + "</w:tr>"
    rows = "".join("<w:tr>" + cell(f"{i}.") + cell(f"Việc {i}") + cell("Quý I/2024") + cell("Văn phòng Sở") + "</w:tr>"
                   for i in range(1, 5001))
    raw_docx(os.path.join(out, "rows-5000.docx"), f"<w:tbl>{header}{rows}</w:tbl>")
    nested = "<w:p/>"
    for _ in range(12):
        nested = f"<w:tbl><w:tr><w:tc>{nested}<w:p/></w:tc></w:tr></w:tbl>"
    raw_docx(os.path.join(out, "deep.docx"), nested)
    deep_xml = "<w:p>" + "<w:r>" * 300 + "</w:r>" * 300 + "</w:p>"
    raw_docx(os.path.join(out, "deep-xml.docx"), deep_xml)
    raw_docx(os.path.join(out, "invalid-xml.docx"), "<w:tbl><w:tr><w:tc><w:p></w:tc></w:tr>")
    lol = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
           f'<w:document {W}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>')
    raw_docx(os.path.join(out, "entities.docx"), "", document=lol)
    # An encrypted Office file is an OLE compound file with an EncryptionInfo stream.
    with open(os.path.join(out, "password.docx"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 1024)
    with open(os.path.join(out, "plan.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")


def seed(plan_path, out):
    """The plan's appendix as the seeds have it: one row per section and per task."""
    with open(plan_path, encoding="utf-8") as f:
        plan = yaml.safe_load(f)
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph(plan["title"].removeprefix("Kế hoạch "))
    heads = ["STT", "Nội dung/Nhiệm vụ", "Kết quả/ sản phẩm", "Tiến độ", "Cách thức thực hiện"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_text(t.cell(0, c), h)

    def lines(v):
        return str(v).split("\n") if v else [""]

    def walk(section):
        if section.get("stt") or section.get("title"):
            row = t.add_row()
            if section.get("stt"):
                set_text(row.cells[0], str(section["stt"]))
                row.cells[1].merge(row.cells[-1])
                set_text(row.cells[1], section["title"])
            else:
                row.cells[0].merge(row.cells[-1])
                set_text(row.cells[0], section["title"])
        for item in section.get("tasks", []) or []:
            if "section" in item:
                walk(item["section"])
                continue
            row = t.add_row()
            set_text(row.cells[0], str(item.get("stt", "")))
            set_text(row.cells[1], lines(item["task"]))
            set_text(row.cells[2], lines(item.get("result")))
            set_text(row.cells[3], lines(item.get("timing")))
            set_text(row.cells[4], lines(item.get("method")))
        for sub in section.get("sections", []) or []:
            walk(sub)

    for s in plan.get("sections", []):
        walk(s)
    d.save(out)


def seed_cell(raw):
    """A cell of the extracted text: HTML fragments (<p>, <li>) to lines, tags dropped."""
    s = re.sub(r"</?(p|li|ul)[^>]*>", "\n", raw)
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    lines = [" ".join(line.split()) for line in s.split("\n")]
    return "\n".join(line for line in lines if line)


def seed_rows(path):
    """The table of a seed's text: tab-separated rows; a header repeated at each page break
    left out; a row with an empty STT continues the row above (a cell broken across pages,
    joined with a space); a bold row with nothing after the title is a section."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = next(i for i, line in enumerate(lines) if "\t" in line and seed_cell(line.split("\t")[0]).upper() == "STT")
    header = [seed_cell(c) for c in lines[start].split("\t")]
    rows = []
    for line in lines[start + 1:]:
        if "\t" not in line:
            continue
        cells = [seed_cell(c) for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        if cells[0].upper() == "STT" or all(c.strip("-") == "" for c in cells):
            continue
        if cells[0] == "" and rows:
            prev = rows[-1]["cells"]
            for k, c in enumerate(cells[: len(header)]):
                if c:
                    prev[k] = prev[k] + " " + c if prev[k] else c
            continue
        rows.append({"cells": cells[: len(header)], "section": line.startswith("<b>") and not any(cells[2:])})
    return header, rows


def seed_text(path, out):
    header, rows = seed_rows(path)
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Kế hoạch dựng lại từ văn bản trích xuất")
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in enumerate(header):
        set_text(t.cell(0, c), h)
    for r in rows:
        row = t.add_row()
        cells = r["cells"]
        if r["section"]:
            set_text(row.cells[0], cells[0])
            row.cells[1].merge(row.cells[-1])
            set_text(row.cells[1], cells[1])
            continue
        for c, v in enumerate(cells):
            set_text(row.cells[c], v.split("\n") if v else [""])
    d.save(out)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--seed":
        seed(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "--seed-text":
        seed_text(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 2:
        os.makedirs(sys.argv[1], exist_ok=True)
        forms(os.path.join(sys.argv[1], "forms.docx"))
        forms(os.path.join(sys.argv[1], "forms-amended.docx"), amended=True)
        other(os.path.join(sys.argv[1], "other.docx"))
        stp(os.path.join(sys.argv[1], "stp.docx"))
        huyen(os.path.join(sys.argv[1], "huyen.docx"))
        rows40(os.path.join(sys.argv[1], "rows-40.docx"))
        bad_inputs(sys.argv[1])
    else:
        sys.exit(__doc__)
