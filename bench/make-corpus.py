#!/usr/bin/env python3
"""Makes a benchmark corpus by copying the shipped plans under renamed agencies.

Each copy k puts every agency of plans/ under plans/c<k>/<province>/<agency>/, with the
agency's name suffixed " <k>", so ids and names stay distinct, and a first comment line
naming the copy, so no two files have the same bytes (a cache keyed by content could
otherwise parse each seed file once).

With --vary each copy also differs in what cchc reads, deterministically (the same SIZE
gives the same bytes): task, result, what and title texts and unit and event names get
words inserted, the day of d/m/yyyy dates in timing texts moves, and plan ids (file names)
carry the copy's number, with the journals' references renamed to match. Then no two
plans share a task text, so a memo of repeated texts (parsed timings, interned strings)
does not flatter the figures as it does on exact copies. Sizes are counted in plans:
  seed      the shipped plans once
  province  about 200 plans (also: 200)
  1k        about 1,000 plans (about 26k tasks, 40 MB)
  10k       about 10,000 plans
Usage: make-corpus.py SIZE OUT_DIR [--plans DIR]
"""
import argparse
import math
import pathlib
import re
import shutil
import sys
import zlib

SIZES = {"seed": 0, "province": 200, "200": 200, "1k": 1000, "10k": 10000}

# Plain words inserted into texts: no character that means something to YAML.
WORDS = ["kịp thời", "đồng bộ", "hiệu quả", "thường xuyên", "nghiêm túc", "toàn diện",
         "chặt chẽ", "cụ thể", "thống nhất", "công khai", "minh bạch", "thực chất",
         "đúng hạn", "liên tục", "sâu rộng", "thiết thực"]
TEXT_KEYS = ("task", "result", "what", "title", "name")
BLOCK_START = re.compile(r"^(\s*)(?:-\s+)?([A-Za-z_]+):\s*[>|][-+]?\s*(#.*)?$")
INLINE_TEXT = re.compile(r"^(\s*(?:-\s+)?(?:" + "|".join(TEXT_KEYS) + r"):\s+)([^\s\"'\[{>|&*!%@`#-]\S*)(.*)$")
TIMING_LINE = re.compile(r"^\s*(?:-\s+)?timing:")
DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
REFERENCE = re.compile(r"\b(task|event|plan):(\s*)([A-Za-z0-9._-]+)")


def pick(k: int, where: str, n: int) -> int:
    return zlib.crc32(f"{k}:{where}".encode()) % n


def vary_words(line: str, k: int, where: str) -> str:
    """Inserts one word after a word of LINE chosen from (k, where)."""
    head = len(line) - len(line.lstrip())
    words = line[head:].split(" ")
    if not words or not words[0]:
        return line
    at = 1 + pick(k, where + "@", len(words))
    words.insert(at, WORDS[pick(k, where, len(WORDS))])
    return line[:head] + " ".join(words)


def shift_days(line: str, k: int) -> str:
    return DMY.sub(lambda m: m.group(0) if int(m.group(1)) > 28 else
                   f"{(int(m.group(1)) - 1 + k) % 28 + 1}/{m.group(2)}/{m.group(3)}", line)


def vary_text(text: str, k: int, where: str) -> str:
    """Varies the texts of one file (see --vary); comments and structure stay."""
    out = []
    block_indent = None  # indentation of the key whose block scalar is being read
    block_key = ""
    for n, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip())
        if block_indent is not None and (not line.strip() or indent > block_indent):
            if line.strip() and block_key in TEXT_KEYS:
                line = vary_words(line, k, f"{where}:{n}")
            elif line.strip() and block_key == "timing":
                line = shift_days(line, k)
            out.append(line)
            continue
        block_indent = None
        if m := BLOCK_START.match(line):
            block_indent, block_key = len(m.group(1)), m.group(2)
        elif m := INLINE_TEXT.match(line):
            line = m.group(1) + vary_words(m.group(2) + m.group(3), k, f"{where}:{n}")
        elif TIMING_LINE.match(line):
            line = shift_days(line, k)
        out.append(line)
    return "\n".join(out)


def seed_files(plans: pathlib.Path):
    return sorted(p for p in plans.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("size", choices=SIZES.keys())
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--plans", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent / "plans")
    ap.add_argument("--vary", action="store_true", help="make each copy's texts, ids and dates distinct")
    args = ap.parse_args()

    files = seed_files(args.plans)
    plan_files = {f for f in files if f.name not in ("agency.yaml", "agency.yml") and f.parent.name != "journal"}
    plan_count = len(plan_files)
    if plan_count == 0:
        print(f"make-corpus: no plans under {args.plans}", file=sys.stderr)
        return 2
    target = SIZES[args.size]
    copies = 1 if target == 0 else max(1, math.ceil(target / plan_count))

    out_plans = args.out / "plans"
    if args.out.exists():
        shutil.rmtree(args.out)
    out_plans.mkdir(parents=True)
    name_line = re.compile(r"^(name:\s*)(.+?)\s*$", re.M)
    for k in range(copies):
        prefix = out_plans if args.size == "seed" else out_plans / f"c{k:05d}"
        for f in files:
            rel = f.relative_to(args.plans)
            text = f.read_text(encoding="utf-8")
            if args.vary and args.size != "seed":
                stems = {p.stem for p in plan_files if p.parent == f.parent or p.parent == f.parent.parent}
                if f in plan_files:
                    rel = rel.with_name(f"{f.stem}-v{k}{f.suffix}")
                text = vary_text(text, k, str(rel))
                text = REFERENCE.sub(lambda m: m.group(0) if m.group(3) not in stems else
                                     f"{m.group(1)}:{m.group(2)}{m.group(3)}-v{k}", text)
            dest = prefix / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            if args.size != "seed":
                if f.name == "agency.yaml":
                    text = name_line.sub(lambda m: f"{m.group(1)}{m.group(2)} {k}", text, count=1)
                text = f"# bench copy {k}\n" + text
            dest.write_text(text, encoding="utf-8")
    total = sum(p.stat().st_size for p in out_plans.rglob("*") if p.is_file())
    print(f"{args.out}: {copies * plan_count} plans, {total / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
