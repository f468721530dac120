#!/usr/bin/env python3
"""Baseline for the bench: a word diff of two trees with Python's difflib.

Walks both trees, pairs page files by relative path, and runs difflib.SequenceMatcher over the
whitespace-separated words of each pair (autojunk off, as a word diff needs), collecting the
opcodes. Prints one JSON line: pairs compared, changed pairs, opcodes, seconds.
Usage: python3 bench/difflib_words.py OLD_DIR NEW_DIR
"""
import difflib
import json
import os
import sys
import time

EXTS = ('.md', '.markdown', '.html', '.htm', '.txt')


def pages(root):
    out = {}
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if not x.startswith('.') and x != 'node_modules']
        for f in files:
            if f.lower().endswith(EXTS):
                p = os.path.join(d, f)
                out[os.path.relpath(p, root)] = p
    return out


def main():
    old_dir, new_dir = sys.argv[1], sys.argv[2]
    t0 = time.perf_counter()
    a, b = pages(old_dir), pages(new_dir)
    pairs = changed = ops = 0
    for rel in sorted(set(a) & set(b)):
        with open(a[rel], encoding='utf-8', errors='replace') as f:
            wa = f.read().split()
        with open(b[rel], encoding='utf-8', errors='replace') as f:
            wb = f.read().split()
        pairs += 1
        sm = difflib.SequenceMatcher(None, wa, wb, autojunk=False)
        codes = [op for op in sm.get_opcodes() if op[0] != 'equal']
        if codes:
            changed += 1
            ops += len(codes)
    print(json.dumps({'pairs': pairs, 'changed': changed, 'opcodes': ops, 'added': len(set(b) - set(a)), 'removed': len(set(a) - set(b)), 'seconds': time.perf_counter() - t0}))


if __name__ == '__main__':
    main()
