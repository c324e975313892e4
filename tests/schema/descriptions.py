#!/usr/bin/env python3
"""Every property of every schema carries a non-empty Vietnamese `description`, the text
editors (yaml-language-server, VS Code's YAML extension) show on hover and in completion.

usage: descriptions.py SCHEMA.json...   exit 1 and one line per property without one
"""
import json
import sys


def properties(node, path):
    """Yields (path, schema) of every property declared anywhere in `node`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    yield f"{path}/{name}", sub
                    yield from properties(sub, f"{path}/{name}")
            else:
                yield from properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from properties(item, f"{path}/{i}")


# Letters only Vietnamese uses: a description in English alone would have none.
VIETNAMESE = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")


def main():
    missing = 0
    count = 0
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            schema = json.load(fh)
        for where, sub in properties(schema, ""):
            count += 1
            desc = sub.get("description") if isinstance(sub, dict) else None
            if not isinstance(desc, str) or not desc.strip():
                print(f"{path}: {where}: no description")
                missing += 1
            elif not VIETNAMESE & set(desc.lower()):
                print(f"{path}: {where}: description is not Vietnamese: {desc}")
                missing += 1
    print(f"{count} properties, {missing} without a Vietnamese description")
    return 1 if missing or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
