#!/usr/bin/env python3
"""Turn a gold set (shared/eval/*/dev.jsonl) into input for `tacitus code`: one {"id", "text", "date"} a line.

Records marked "evaluate": false are left out, as `tacitus eval` and score.py leave them out.

    scripts/gold-to-input.py ../shared/eval/petrarch2-gsr-validation/dev.jsonl > input.jsonl
    ./tacitus code input.jsonl --out events.jsonl
    scripts/score.py --gold ../shared/eval/petrarch2-gsr-validation/dev.jsonl --pred events.jsonl
"""
import json
import sys


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print("usage: gold-to-input.py GOLD.jsonl > INPUT.jsonl", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("evaluate", True) is False:
                continue
            print(json.dumps({"id": r["id"], "text": r["text"], "date": r.get("date")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
