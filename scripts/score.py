#!/usr/bin/env python3
"""Score the events that `tacitus code` wrote against a gold set, independently of the Java scorer.

    scripts/score.py --gold GOLD.jsonl --pred EVENTS.jsonl [--json] [--compare EVAL.json]

GOLD.jsonl is a gold set as in shared/eval/*/dev.jsonl; EVENTS.jsonl is what `tacitus code --out` wrote for the
input that scripts/gold-to-input.py made from it (one article per record, article id = record id). With
--compare, the counts are checked against the JSON report of `tacitus eval --gold GOLD.jsonl --json`, and the
exit code is 1 if any differs.

The rules are those of org.tacitus.app.eval.Scorer (standard library only, written apart from it):
- records with "evaluate": false are skipped;
- per record, each gold event matches at most one predicted event, in a maximum matching;
- exact: full source, target and CAMEO code; country: first 3 letters of source and target, full code;
  root: first 3 letters of source and target, 2-digit root; a missing target matches only a missing target;
- gold events with neither a code nor "cameo_roots" cannot be scored: they are left out and counted;
- a gold code of 2 digits ("04") stands for its 3-digit form ("040"); gold events with "code": null count only
  at the root levels, where any of their "cameo_roots" matches;
- root_only: per record, the distinct root sets of the gold events against the distinct predicted roots;
- gold events with neither source nor target count at root_only only; a record with such events takes no part in
  the exact/country/root levels, and a set with no actor in its gold has no such levels;
- a record passes when all its gold events are matched and no predicted event is left over (country level; root
  level for events without code; root sets for root-only records).
"""
import argparse
import json
import re
import sys

LEVELS = ["exact", "country", "root", "root_only"]


def norm_code(code):
    if code is None:
        return None
    c = str(code).strip()
    if c == "":
        return None
    if re.fullmatch(r"\d{2}", c):
        return c + "0"
    if re.fullmatch(r"\d{3,4}", c):
        return c
    raise ValueError("CAMEO code %r is not 2 to 4 digits" % code)


def norm_actor(a):
    return None if a is None or str(a).strip() == "" else str(a).strip()


def country(a):
    return a if a is None or len(a) <= 3 else a[:3]


def read_gold(path):
    records, skipped, uncoded = [], 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("evaluate", True) is False:
                skipped += 1
                continue
            events = []
            for e in r.get("events") or []:
                code = norm_code(e.get("code"))
                if code is not None:
                    roots = [code[:2]]
                else:
                    roots = []
                    for x in e.get("cameo_roots") or []:
                        root = norm_code(x)[:2]
                        if root not in roots:
                            roots.append(root)
                if not roots:
                    uncoded += 1
                    continue
                events.append({"source": norm_actor(e.get("source")), "target": norm_actor(e.get("target")),
                               "code": code, "roots": roots})
            records.append({"id": str(r["id"]), "events": events})
    return records, skipped, uncoded


def read_pred(path):
    pred = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            if "doc_id" not in e:
                continue
            target = e.get("target")
            pred.setdefault(str(e["doc_id"]), []).append({
                "source": e["source"]["code"],
                "target": target["code"] if target else None,
                "code": e["code"],
            })
    return pred


def match(n_gold, n_pred, fits):
    """Maximum one-to-one matching (Kuhn); returns, per gold item, the matched predicted index or -1."""
    gold_of = [-1] * n_pred

    def augment(g, seen):
        for p in range(n_pred):
            if not seen[p] and fits(g, p):
                seen[p] = True
                if gold_of[p] < 0 or augment(gold_of[p], seen):
                    gold_of[p] = g
                    return True
        return False

    for g in range(n_gold):
        augment(g, [False] * n_pred)
    pred_of = [-1] * n_gold
    for p, g in enumerate(gold_of):
        if g >= 0:
            pred_of[g] = p
    return pred_of


def fits(level, g, p):
    same_actors = country(g["source"]) == country(p["source"]) and country(g["target"]) == country(p["target"])
    if level == "exact":
        return g["code"] is not None and g["source"] == p["source"] and g["target"] == p["target"] \
            and g["code"] == p["code"]
    if level == "country":
        return g["code"] is not None and same_actors and g["code"] == p["code"]
    if level == "root":
        return same_actors and p["code"][:2] in g["roots"]
    if level == "pass":
        return fits("country" if g["code"] is not None else "root", g, p)
    raise ValueError(level)


def score(records, pred):
    actor_levels = any(e["source"] is not None or e["target"] is not None for r in records for e in r["events"])
    counts = {lv: [0, 0, 0] for lv in LEVELS if actor_levels or lv == "root_only"}
    passed = 0
    for r in records:
        preds = pred.get(r["id"], [])
        root_only_record = any(e["source"] is None and e["target"] is None for e in r["events"])
        slots = []
        for e in r["events"]:
            s = sorted(e["roots"])
            if s not in slots:
                slots.append(s)
        roots = []
        for p in preds:
            if p["code"][:2] not in roots:
                roots.append(p["code"][:2])
        m = match(len(slots), len(roots), lambda g, p: roots[p] in slots[g])
        matched = sum(1 for x in m if x >= 0)
        c = counts["root_only"]
        c[0] += len(slots)
        c[1] += len(roots)
        c[2] += matched
        by_root_sets = not actor_levels or root_only_record
        if by_root_sets:
            if matched == len(slots) == len(roots):
                passed += 1
            continue
        for lv in ("exact", "country", "root"):
            gold = [e for e in r["events"] if lv == "root" or e["code"] is not None]
            mm = match(len(gold), len(preds), lambda g, p: fits(lv, gold[g], preds[p]))
            c = counts[lv]
            c[0] += len(gold)
            c[1] += len(preds)
            c[2] += sum(1 for x in mm if x >= 0)
        gold = r["events"]
        mm = match(len(gold), len(preds), lambda g, p: fits("pass", gold[g], preds[p]))
        if all(x >= 0 for x in mm) and sum(1 for x in mm if x >= 0) == len(preds):
            passed += 1
    levels = {}
    for lv in LEVELS:
        if lv not in counts:
            levels[lv] = None
            continue
        g, p, tp = counts[lv]
        prec = tp / p if p else None
        rec = tp / g if g else None
        f1 = None if prec is None or rec is None else (0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec))
        levels[lv] = {"gold": g, "pred": p, "tp": tp, "fp": p - tp, "fn": g - tp,
                      "precision": prec, "recall": rec, "f1": f1}
    return {"records": len(records), "actor_levels": actor_levels, "levels": levels,
            "pass": {"passed": passed, "records": len(records),
                     "rate": passed / len(records) if records else 0.0}}


def fmt(x):
    return "n/a" if x is None else "%.3f" % x


def compare(mine, java_report):
    problems = []
    for key in ("records", "actor_levels", "not_evaluated", "uncoded_gold_events"):
        if mine[key] != java_report.get(key):
            problems.append("%s: score.py %r, tacitus eval %r" % (key, mine[key], java_report.get(key)))
    for lv in LEVELS:
        a, b = mine["levels"][lv], (java_report.get("levels") or {}).get(lv)
        if (a is None) != (b is None):
            problems.append("level %s: score.py %r, tacitus eval %r" % (lv, a, b))
            continue
        if a is None:
            continue
        for k in ("gold", "pred", "tp", "fp", "fn"):
            if a[k] != b.get(k):
                problems.append("level %s %s: score.py %d, tacitus eval %r" % (lv, k, a[k], b.get(k)))
    if mine["pass"]["passed"] != java_report.get("pass", {}).get("passed"):
        problems.append("records passed: score.py %d, tacitus eval %r"
                        % (mine["pass"]["passed"], java_report.get("pass", {}).get("passed")))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True, help="gold set, JSON Lines")
    ap.add_argument("--pred", required=True, help="events written by `tacitus code`, JSON Lines")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--compare", metavar="EVAL.json", help="JSON report of `tacitus eval --json` to check against")
    args = ap.parse_args()
    records, skipped, uncoded = read_gold(args.gold)
    result = score(records, read_pred(args.pred))
    result["not_evaluated"] = skipped
    result["uncoded_gold_events"] = uncoded
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print("records: %d evaluated, %d skipped (\"evaluate\": false)" % (len(records), skipped))
        if uncoded:
            print("gold events left out (no CAMEO code, no cameo_roots): %d" % uncoded)
        print("%-10s %6s %6s %6s %6s %6s  %9s %7s %7s" % ("level", "gold", "pred", "tp", "fp", "fn",
                                                          "precision", "recall", "f1"))
        for lv in LEVELS:
            c = result["levels"][lv]
            if c is None:
                print("%-10s n/a: the gold names no actors" % lv)
            else:
                print("%-10s %6d %6d %6d %6d %6d  %9s %7s %7s" % (lv, c["gold"], c["pred"], c["tp"], c["fp"],
                                                                  c["fn"], fmt(c["precision"]),
                                                                  fmt(c["recall"]), fmt(c["f1"])))
        p = result["pass"]
        print("records passed: %d of %d (%.3f)" % (p["passed"], p["records"], p["rate"]))
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            problems = compare(result, json.load(f))
        if problems:
            for line in problems:
                print("score.py: MISMATCH " + line, file=sys.stderr)
            return 1
        print("score.py: the counts agree with %s" % args.compare, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
