#!/usr/bin/env python3
"""check_clip_reference.py VOCAB TOKENS.tsv: the exporter's Python CLIP tokenizer against
reference token ids (text, tab, space-separated ids). Prints each mismatch; exit 1 if any."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools", "export"))

from cxrexport.clip_bpe import ClipBpeTokenizer  # noqa: E402


def main():
    tokenizer = ClipBpeTokenizer(sys.argv[1])
    checked = failed = 0
    with open(sys.argv[2], encoding="utf-8") as handle:
        for line in handle:
            if "\t" not in line:
                continue
            text, ids = line.rstrip("\n").split("\t", 1)
            expected = [int(i) for i in ids.split()]
            actual = tokenizer.encode(text)
            checked += 1
            if actual != expected:
                failed += 1
                print(f"{text!r}: {actual} != {expected}")
    print(f"{checked} texts, {failed} differ")
    return 1 if failed or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
