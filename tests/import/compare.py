#!/usr/bin/python3
"""Checks for `cchc import` tests.

  compare.py seed SHIPPED.yaml IMPORTED.yaml
      STT, task and timing of every task, in order, byte for byte; result and method the same
      after white space is collapsed.
  compare.py pandoc DOCUMENT.json IMPORTED.yaml
      every task, result, timing and method text of the imported plan is the text of a cell
      of pandoc's reading of the document (its JSON AST), list numbers and bullets aside.
"""
import json
import re
import sys

import yaml


def tasks(plan):
    out = []

    def walk(section):
        for item in section.get("tasks", []) or []:
            if "section" in item:
                walk(item["section"])
            else:
                out.append(item)
        for sub in section.get("sections", []) or []:
            walk(sub)

    for s in plan.get("sections", []) or []:
        walk(s)
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def collapse(s):
    return " ".join(str(s or "").split())


LABEL = re.compile(r"^(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLC]+\.)\s+")


def unlabelled(s):
    return collapse("\n".join(LABEL.sub("", line) for line in str(s or "").split("\n")))


def seed(shipped_path, imported_path):
    shipped, imported = tasks(load(shipped_path)), tasks(load(imported_path))
    problems = []
    if len(shipped) != len(imported):
        problems.append(f"{len(shipped)} tasks shipped, {len(imported)} imported")
    for a, b in zip(shipped, imported):
        for key in ("stt", "task", "timing"):
            if str(a.get(key) or "") != str(b.get(key) or ""):
                problems.append(f"{a.get('id')}: {key}: {a.get(key)!r} != {b.get(key)!r}")
        for key in ("result", "method"):
            if collapse(a.get(key)) != collapse(b.get(key)):
                problems.append(f"{a.get('id')}: {key} differs")
    return problems


def inline_text(inlines):
    out = []
    for i in inlines:
        t = i["t"]
        if t == "Str":
            out.append(i["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif t == "Note":
            continue  # footnotes: the importer keeps them in note, not in the text
        elif t in ("Emph", "Strong", "Underline", "Strikeout", "SmallCaps", "Superscript", "Subscript"):
            out.append(inline_text(i["c"]))
        elif t in ("Span", "Link"):
            out.append(inline_text(i["c"][1]))
        elif t == "Quoted":
            q = '"' if i["c"][0]["t"] == "DoubleQuote" else "'"
            out.append(q + inline_text(i["c"][1]) + q)
    return "".join(out)


def block_text(blocks):
    """Paragraphs one per line, as the importer writes a cell's paragraphs."""
    out = []
    for b in blocks:
        t = b["t"]
        if t in ("Para", "Plain"):
            out.append(inline_text(b["c"]))
        elif t == "BulletList":
            out.extend(block_text(item) for item in b["c"])
        elif t == "OrderedList":
            out.extend(block_text(item) for item in b["c"][1])
        elif t == "Div":
            out.append(block_text(b["c"][1]))
        elif t == "Table":
            out.append(" ".join(cells_of_table(b)))
    return "\n".join(out)


def cells_of_table(table):
    head, bodies = table["c"][3], table["c"][4]
    rows = list(head[1])
    for body in bodies:
        rows.extend(body[2])
        rows.extend(body[3])
    return [unlabelled(block_text(cell[4])) for row in rows for cell in row[1]]


def pandoc(json_path, imported_path):
    with open(json_path, encoding="utf-8") as f:
        doc = json.load(f)
    cells = set()

    def find(blocks):
        for b in blocks:
            if b["t"] == "Table":
                cells.update(cells_of_table(b))
            elif b["t"] == "Div":
                find(b["c"][1])

    find(doc["blocks"])
    problems = []
    for t in tasks(load(imported_path)):
        for key in ("task", "result", "timing", "method"):
            if t.get(key) and unlabelled(t[key]) not in cells:
                problems.append(f"{t.get('id')}: {key} {unlabelled(t[key])!r} is no cell of pandoc's reading")
    return problems


if __name__ == "__main__":
    mode, a, b = sys.argv[1:4]
    problems = seed(a, b) if mode == "seed" else pandoc(a, b)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
