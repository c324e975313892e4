#!/usr/bin/env python3
"""Times commands in pairs, interleaved: A B A B … so both see the same machine.

Run by bench/run.sh (which prepares the corpus, the JSON for ajv-cli, the Taskwarrior
database and the libyaml baseline). For each pair (A, B) and each round, A runs then B; the
row reports the medians of A and B (wall s, cpu s = user + system of the child, peak MiB)
and the median of the per-round ratios A/B, wall and cpu. A 2-core machine shared with
others drifts over minutes: the paired ratio of two runs a second apart is steadier than a
ratio of means taken minutes apart.
Usage: pairs.py CONFIG.json   (written by run.sh; see there for the commands)
"""
import json
import os
import statistics
import subprocess
import sys
import time


def run(cmd: dict) -> tuple[float, float, float]:
    """Runs one command (argv, cwd, env), output discarded: wall s, cpu s, peak MiB."""
    if cmd.get("before"):
        # Untimed preparation of this run (the one-line edit): not part of the figure.
        subprocess.run(cmd["before"], shell=True, check=True, cwd=cmd.get("cwd"))
    env = dict(os.environ, **cmd.get("env", {}))
    stdin = open(cmd["stdin"], "rb") if cmd.get("stdin") else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(cmd["argv"], cwd=cmd.get("cwd"), env=env, shell=isinstance(cmd["argv"], str),
                            stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if stdin is not subprocess.DEVNULL:
        stdin.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in cmd.get("ok", [0]):
        sys.exit(f"pairs: {cmd['argv']} exited {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    config = json.load(open(sys.argv[1]))
    commands, rounds = config["commands"], config["rounds"]
    rows = []
    for pair in config["pairs"]:
        a, b = pair["run"]
        for name in (a, b):
            run(commands[name])  # warm-up: fills the caches and the page cache
        got = {a: [], b: []}
        for _ in range(rounds):
            for name in (a, b):
                got[name].append(run(commands[name]))
        med = {n: [statistics.median(x[i] for x in got[n]) for i in range(3)] for n in (a, b)}
        ratio = [statistics.median(x[i] / y[i] for x, y in zip(got[a], got[b])) for i in range(2)]
        rows.append({"what": pair["what"], "a": a, "b": b, "a_med": med[a], "b_med": med[b], "ratio": ratio,
                     "peer": pair["peer"], "target": pair.get("target", "")})
        print(f"pairs: {a} / {b}: {ratio[0]:.2f} wall, {ratio[1]:.2f} cpu", file=sys.stderr)
    print("| what | cchc | wall s | cpu s | peak MiB | peer | wall s | cpu s | peak MiB "
          "| ratio wall | ratio cpu | target |")
    print("|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|")
    for r in rows:
        am, bm = r["a_med"], r["b_med"]
        print(f"| {r['what']} | `{r['a']}` | {am[0]:.3f} | {am[1]:.3f} | {am[2]:.0f} | {r['peer']} "
              f"| {bm[0]:.3f} | {bm[1]:.3f} | {bm[2]:.0f} | {r['ratio'][0]:.2f} | {r['ratio'][1]:.2f} | {r['target']} |")
    json.dump(rows, open(config["out"], "w"), indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
