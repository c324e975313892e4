#!/usr/bin/env python3
"""Makes a benchmark corpus by copying the shipped plans under renamed agencies.

Each copy k puts every agency of plans/ under plans/c<k>/<province>/<agency>/, with the
agency's name suffixed " <k>", so ids and names stay distinct, and a first comment line
naming the copy, so no two files have the same bytes (a cache keyed by content could
otherwise parse each seed file once). Sizes are counted in plans:
  seed      the shipped plans once
  province  about 200 plans
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

SIZES = {"seed": 0, "province": 200, "1k": 1000, "10k": 10000}


def seed_files(plans: pathlib.Path):
    return sorted(p for p in plans.rglob("*") if p.is_file() and p.suffix in (".yaml", ".yml"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("size", choices=SIZES.keys())
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--plans", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent / "plans")
    args = ap.parse_args()

    files = seed_files(args.plans)
    plan_count = sum(1 for f in files if f.name not in ("agency.yaml", "agency.yml") and f.parent.name != "journal")
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
            dest = prefix / f.relative_to(args.plans)
            dest.parent.mkdir(parents=True, exist_ok=True)
            text = f.read_text(encoding="utf-8")
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
