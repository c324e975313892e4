#!/usr/bin/env python3
"""Builds assets/reference.docx, the reference document `cchc report --format docx` hands to
pandoc, from pandoc's own default: page and fonts as Vietnamese administrative documents
have them (Nghị định 30/2020/NĐ-CP, Phụ lục I): A4, margins top 20 mm, bottom 20 mm, left
30 mm, right 15 mm (the first pages, portrait, set by cchc; the last section here is the
landscape one the wide tables are on: left 25 mm, right 20 mm); Times New Roman 13 pt, black headings; bordered tables with
a bold, repeated header row; the page number centred at the top (header1.xml: pandoc renumbers
its relationship to rId9, which the portrait section cchc writes names; that section shows it
from page 2 on).

Run from the repository root after changing this script (or when pandoc's default changes):
    python3 scripts/make-reference-docx.py
The output is reproducible: fixed ZIP timestamps and member order.
"""
import re
import subprocess
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "assets" / "reference.docx"
MM = 56.7  # twentieths of a point (twips) per millimetre
FONT = "Times New Roman"
RFONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}" />'


def twips(mm):
    return str(round(mm * MM))


def style(xml, style_id, body):
    """Replaces the contents of <w:style w:styleId=style_id> after its name and basedOn."""
    pattern = re.compile(r'(<w:style [^>]*w:styleId="%s"[^>]*>)(.*?)(</w:style>)' % style_id, re.S)
    m = pattern.search(xml)
    if not m:
        sys.exit(f"no style {style_id} in pandoc's reference.docx")
    keep = "".join(re.findall(r"<w:(?:name|basedOn|next|link|uiPriority|qFormat|semiHidden|unhideWhenUsed)\b[^>]*/>",
                              m.group(2)))
    return xml[: m.start()] + m.group(1) + keep + body + m.group(3) + xml[m.end():]


def styles_xml(xml):
    xml = re.sub(r"<w:rFonts [^>]*/>", RFONTS, xml)
    xml = re.sub(r'<w:color w:val="[0-9A-Fa-f]{6}"[^>]*/>', '<w:color w:val="000000" />', xml)
    xml = re.sub(r'<w:lang w:val="en-US"', '<w:lang w:val="vi-VN"', xml)
    xml = re.sub(r'(<w:rPrDefault>\s*<w:rPr>.*?<w:sz w:val=")\d+(" />\s*<w:szCs w:val=")\d+', r"\g<1>26\g<2>26", xml,
                 flags=re.S)
    xml = re.sub(r'(<w:pPrDefault>\s*<w:pPr>\s*)<w:spacing w:after="200" />', r'\1<w:spacing w:after="120" />', xml)
    # Body text: justified, first line indented 1 cm, 6 pt after (Phụ lục I, mục 8).
    xml = style(xml, "BodyText", f'<w:pPr><w:spacing w:before="0" w:after="120" /><w:ind w:firstLine="{twips(10)}" />'
                                 '<w:jc w:val="both" /></w:pPr>')
    xml = style(xml, "FirstParagraph", "")
    # Tight lists: 13 pt as the body, no indent, no spacing (cchc's tables set 11 pt on their runs).
    xml = style(xml, "Compact", '<w:pPr><w:spacing w:before="0" w:after="0" /><w:ind w:firstLine="0" />'
                                '<w:jc w:val="left" /></w:pPr>')
    heading = ('<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="{before}" w:after="120" />'
               '<w:outlineLvl w:val="{level}" /></w:pPr><w:rPr>' + RFONTS + '<w:b /><w:bCs />{extra}'
               '<w:color w:val="000000" /><w:sz w:val="{size}" /><w:szCs w:val="{size}" /></w:rPr>')
    xml = style(xml, "Heading1", heading.format(before=240, level=0, extra="", size=28))
    xml = style(xml, "Heading2", heading.format(before=200, level=1, extra="", size=26))
    xml = style(xml, "Heading3", heading.format(before=160, level=2, extra="<w:i /><w:iCs />", size=26))
    xml = style(xml, "Title", '<w:pPr><w:keepNext /><w:spacing w:before="240" w:after="120" /><w:jc w:val="center" />'
                              '</w:pPr><w:rPr>' + RFONTS + '<w:b /><w:bCs /><w:caps /><w:color w:val="000000" />'
                              '<w:sz w:val="28" /><w:szCs w:val="28" /></w:rPr>')
    border = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000" />'
    borders = "".join(border.format(side=s) for s in ["top", "left", "bottom", "right", "insideH", "insideV"])
    xml = style(xml, "Table", '<w:tblPr><w:tblInd w:w="0" w:type="dxa" /><w:tblBorders>' + borders + "</w:tblBorders>"
                              '<w:tblLayout w:type="fixed" /><w:tblCellMar><w:top w:w="20" w:type="dxa" /><w:left w:w="85" w:type="dxa" />'
                              '<w:bottom w:w="20" w:type="dxa" /><w:right w:w="85" w:type="dxa" /></w:tblCellMar>'
                              '</w:tblPr><w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center" /></w:pPr>'
                              '<w:rPr><w:b /><w:bCs /></w:rPr><w:trPr><w:tblHeader /><w:cantSplit /></w:trPr>'
                              '<w:tcPr><w:vAlign w:val="center" /></w:tcPr></w:tblStylePr>')
    # A chart (cchc's "Chart" custom style): centred, kept on the page of what follows it, so
    # that a full first page moves the chart over with the portrait part's closing note
    # rather than leave that note alone on a page of its own.
    xml = xml.replace("</w:styles>", '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Chart">'
                      '<w:name w:val="Chart" /><w:basedOn w:val="BodyText" /><w:qFormat />'
                      '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="120" w:after="120" />'
                      '<w:ind w:firstLine="0" /><w:jc w:val="center" /></w:pPr></w:style></w:styles>')
    return xml


HEADER = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<w:p><w:pPr><w:jc w:val="center" /><w:spacing w:before="0" w:after="0" /><w:ind w:firstLine="0" /></w:pPr>'
          '<w:r><w:rPr>' + RFONTS + '<w:sz w:val="26" /></w:rPr><w:fldChar w:fldCharType="begin" /></w:r>'
          '<w:r><w:rPr>' + RFONTS + '<w:sz w:val="26" /></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:rPr>' + RFONTS + '<w:sz w:val="26" /></w:rPr><w:fldChar w:fldCharType="separate" /></w:r>'
          '<w:r><w:rPr>' + RFONTS + '<w:sz w:val="26" /></w:rPr><w:t>2</w:t></w:r>'
          '<w:r><w:rPr>' + RFONTS + '<w:sz w:val="26" /></w:rPr><w:fldChar w:fldCharType="end" /></w:r></w:p></w:hdr>')


def section():
    """The body's last section: A4 landscape (the report's wide tables run to its end; its
    first pages are portrait by a section break cchc writes), the decree's margins."""
    return ('<w:sectPr><w:headerReference w:type="default" r:id="rIdPageNumber" /><w:pgSz w:w="16838" w:h="11906" w:orient="landscape" />'
            f'<w:pgMar w:top="{twips(20)}" w:right="{twips(20)}" w:bottom="{twips(20)}" w:left="{twips(25)}" '
            f'w:header="{twips(10)}" w:footer="{twips(10)}" w:gutter="0" /></w:sectPr>')


def main():
    default = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], check=True,
                             capture_output=True).stdout
    src = zipfile.ZipFile(__import__("io").BytesIO(default))
    files = {n: src.read(n) for n in src.namelist()}
    files["word/styles.xml"] = styles_xml(files["word/styles.xml"].decode()).encode()
    doc = files["word/document.xml"].decode()
    doc = re.sub(r"<w:sectPr.*?</w:sectPr>|<w:sectPr\s*/>", "", doc, flags=re.S)
    doc = doc.replace("</w:body>", section() + "</w:body>")
    files["word/document.xml"] = doc.encode()
    files["word/header1.xml"] = HEADER.encode()
    rels = files["word/_rels/document.xml.rels"].decode()
    files["word/_rels/document.xml.rels"] = rels.replace("</Relationships>", (
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
        'Id="rIdPageNumber" Target="header1.xml" /></Relationships>')).encode()
    types = files["[Content_Types].xml"].decode()
    files["[Content_Types].xml"] = types.replace("</Types>", (
        '<Override PartName="/word/header1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml" /></Types>')).encode()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name])
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
