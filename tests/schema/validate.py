#!/usr/bin/env python3
"""Validates YAML files against cchc's JSON Schemas with an independent validator
(python3-jsonschema, Draft 2020-12). YAML is read the way yaml-cpp and VS Code's YAML
extension read it (YAML 1.2 core schema): dates stay strings, only true/false are booleans.

usage: validate.py [--yaml11] SCHEMA_DIR FILE...   (the schema is chosen from the file's place)

--yaml11 reads the files as YAML 1.1 readers do (PyYAML's safe_load, like js-yaml and ajv-cli):
plain 2024-03-05 is then a timestamp and yes/no are booleans, so a file passes only when it
means the same to them as to cchc (journals quote their dates for this).
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class Yaml12Loader(yaml.SafeLoader):
    pass


# Drop YAML 1.1's timestamp and yes/no/on/off resolvers; keep ints, floats, null.
Yaml12Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def schema_for(path):
    name = os.path.basename(path)
    if name == "cchc.yaml":
        return "settings"
    if name in ("agency.yaml", "agency.yml"):
        return "agency"
    if name in ("import.yaml", "import.yml"):
        return "import"
    if os.path.basename(os.path.dirname(path)) == "journal":
        return "journal"
    return "plan"


def main():
    args = sys.argv[1:]
    yaml11 = bool(args) and args[0] == "--yaml11"
    if yaml11:
        args = args[1:]
    schema_dir, files = args[0], args[1:]
    schemas = {}
    failed = 0
    for f in files:
        kind = schema_for(f)
        if kind not in schemas:
            with open(os.path.join(schema_dir, kind + ".schema.json"), encoding="utf-8") as fh:
                schemas[kind] = jsonschema.Draft202012Validator(json.load(fh))
        with open(f, encoding="utf-8-sig") as fh:
            data = yaml.safe_load(fh) if yaml11 else yaml.load(fh, Loader=Yaml12Loader)
        errors = sorted(schemas[kind].iter_errors(data), key=lambda e: list(e.path))
        for e in errors:
            print(f"{f}: {kind} schema: /{'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
