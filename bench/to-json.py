#!/usr/bin/env python3
"""Untimed preparation for the side-by-side runs.

to-json.py plans CORPUS OUT: every plan YAML under CORPUS/plans as JSON in OUT (for ajv-cli,
which reads JSON). Dates stay strings, as the schema expects (YAML 1.2 has no timestamps).
to-json.py all CORPUS OUT: every file cchc check reads, by kind: OUT/plans, OUT/agencies,
OUT/journals (each against its own schema).
to-json.py tasks DUE_JSON OUT: the dated tasks of `cchc due --format json` as a Taskwarrior
import file, each tagged with its lead units.
"""
import json
import pathlib
import re
import sys

import yaml


class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


# Like cchc (YAML 1.2 core schema): 2024-01-31 is text, not a timestamp.
Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def plans(corpus: pathlib.Path, out: pathlib.Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted((corpus / "plans").rglob("*.yaml")):
        if f.name == "agency.yaml" or f.parent.name == "journal":
            continue
        data = yaml.load(f.read_text(encoding="utf-8"), Loader=Loader)
        (out / f"{n:06d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        n += 1


def all_files(corpus: pathlib.Path, out: pathlib.Path) -> None:
    counts = {"plans": 0, "agencies": 0, "journals": 0}
    for kind in counts:
        (out / kind).mkdir(parents=True, exist_ok=True)
    for f in sorted((corpus / "plans").rglob("*.yaml")):
        kind = "agencies" if f.name == "agency.yaml" else "journals" if f.parent.name == "journal" else "plans"
        data = yaml.load(f.read_text(encoding="utf-8"), Loader=Loader)
        (out / kind / f"{counts[kind]:06d}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        counts[kind] += 1


def tasks(due_json: pathlib.Path, out: pathlib.Path) -> None:
    items = json.loads(due_json.read_text(encoding="utf-8"))["items"]
    rows = []
    for it in items:
        if not it.get("due"):
            continue
        tags = [re.sub(r"[^A-Za-z0-9_]", "_", u) for u in it.get("lead", [])]
        rows.append({"description": it["task"][:200] or it["id"], "project": it["plan"].replace("/", "."),
                     "due": it["due"].replace("-", "") + "T000000Z", "tags": tags, "status": "pending"})
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows))


if __name__ == "__main__":
    {"plans": plans, "all": all_files, "tasks": tasks}[sys.argv[1]](pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]))
