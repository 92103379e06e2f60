#!/usr/bin/env python3
"""Folder dependency table for bot/: how many .cs files in folder A import (using) a namespace of folder B.

A folder is a top-level folder of bot/ (Protocol, Data, Reviews, ...) or a feature folder (Features/Agenda, ...).
Migrations are left out. Usage: tools/folder-deps.py [bot-dir]
"""
import os, re, sys
from collections import defaultdict

root = sys.argv[1] if len(sys.argv) > 1 else "bot"
using = re.compile(r"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?CxReviewBot\.([A-Za-z0-9_.]+)\s*;", re.M)

def group(parts):
    if not parts:
        return None
    if parts[0] == "Features" and len(parts) > 1:
        return "Features/" + parts[1]
    return parts[0]

counts = defaultdict(lambda: defaultdict(int))
for dirpath, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d not in ("bin", "obj", "Migrations")]
    for f in files:
        if not f.endswith(".cs"):
            continue
        rel = os.path.relpath(os.path.join(dirpath, f), root).split(os.sep)
        src = group(rel[:-1]) or "(root)"
        text = open(os.path.join(dirpath, f), encoding="utf-8").read()
        targets = {group(m.split(".")) for m in using.findall(text)}
        for t in targets:
            if t and t != src and t != "Cards":
                counts[src][t] += 1

cols = sorted({t for s in counts for t in counts[s]})
rows = sorted(counts)
short = lambda n: n.replace("Features/", "F/")
print("| from \\ to | " + " | ".join(short(c) for c in cols) + " |")
print("|---|" + "---|" * len(cols))
for r in rows:
    print(f"| {short(r)} | " + " | ".join(str(counts[r].get(c, "")) for c in cols) + " |")
