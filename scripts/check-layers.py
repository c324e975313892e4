#!/usr/bin/env python3
"""The floors of lib/ are kept: run by the build before the library compiles.

usage: check-layers.py SOURCE_DIR FLOOR... (bottom up, as lib/CMakeLists.txt lists them)

Fails (exit 1, one line per problem) when
- a file sits in lib/ outside the floor folders, or in a folder that is no floor;
- a file includes a header of a higher floor ("a back arrow"), or a lib/ header that does not
  exist under the folder it names;
- files include each other in a loop (x.cpp or x.hpp includes y.hpp, and y's include x.hpp,
  through any number of steps), on one floor or across floors.
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z_0-9]+)/([a-z_0-9]+)\.hpp"', re.M)


def problems(root, floors):
    rank = {f: i for i, f in enumerate(floors)}
    lib = os.path.join(root, "lib")
    out = []
    modules = {}  # "floor/name" -> set of "floor/name" it includes
    for entry in sorted(os.listdir(lib)):
        path = os.path.join(lib, entry)
        if os.path.isfile(path):
            if entry.endswith((".cpp", ".hpp")):
                out.append(f"lib/{entry} is on no floor: move it into one of lib/{{{','.join(floors)}}}/")
            continue
        if entry not in rank:
            out.append(f"lib/{entry}/ is no floor (floors, bottom up: {' '.join(floors)})")
            continue
        for name in sorted(os.listdir(path)):
            stem, ext = os.path.splitext(name)
            if ext not in (".cpp", ".hpp"):
                continue
            me = f"{entry}/{stem}"
            edges = modules.setdefault(me, set())
            text = open(os.path.join(path, name), encoding="utf-8").read()
            for floor, header in INCLUDE.findall(text):
                if floor not in rank:
                    continue  # not a lib/ header (cli's own, system)
                if not os.path.isfile(os.path.join(lib, floor, header + ".hpp")):
                    out.append(f"lib/{entry}/{name} includes {floor}/{header}.hpp, which does not exist")
                    continue
                if rank[floor] > rank[entry]:
                    out.append(f"lib/{entry}/{name} ({entry}) includes {floor}/{header}.hpp ({floor}), a higher floor")
                target = f"{floor}/{header}"
                if target != me:
                    edges.add(target)
    out += [f"include loop: {' -> '.join(loop)}" for loop in loops(modules)]
    return out


def loops(graph):
    """Strongly connected components of more than one file (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component) + [sorted(component)[0]])
    return found


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    bad = problems(sys.argv[1], sys.argv[2:])
    for line in bad:
        print(f"layers: {line}", file=sys.stderr)
    sys.exit(1 if bad else 0)
