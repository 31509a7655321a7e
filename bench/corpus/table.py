#!/usr/bin/env python3
"""Scores parser output on the generated corpus with ../shared/eval/score.py and prints a table.
   table.py SCORE_PY CORPUS PRED_ROOT [--title T] [--by group|layout]
PRED_ROOT/<layout>/ holds the parser's output for CORPUS/<layout>/docs. Each layout is scored by
score.py (--json); a group's figures pool the counts of its layouts (micro within the group), as
score.py pools documents. Prints per-row docs, micro, macro, work, education, skills, basics, then
the mean over rows and the worst row (by micro and by macro)."""
import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

GROUPS = ('basics', 'work', 'education', 'skills')


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score_layout(score_py, truth, pred, fmt):
    with tempfile.NamedTemporaryFile(suffix='.json') as out:
        subprocess.run([sys.executable, score_py, str(truth), str(pred), '--formats', fmt, '--json', out.name],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.loads(Path(out.name).read_text())


def figures(fields, docs):
    total = [sum(f[k] for f in fields.values()) for k in ('tp', 'fp', 'fn')]
    groups = {g: prf(*[sum(f[k] for n, f in fields.items() if n.split('.')[0] == g) for k in ('tp', 'fp', 'fn')]) for g in GROUPS}
    return dict(docs=docs, micro=prf(*total), macro=sum(groups.values()) / len(groups), **groups)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('score_py')
    ap.add_argument('corpus')
    ap.add_argument('pred_root')
    ap.add_argument('--title', default='')
    ap.add_argument('--by', choices=('group', 'layout'), default='layout')
    ap.add_argument('--json')
    a = ap.parse_args()
    corpus, preds = Path(a.corpus), Path(a.pred_root)
    layouts = json.loads((corpus / 'layouts.json').read_text())
    rows = defaultdict(lambda: dict(fields=defaultdict(lambda: dict(tp=0, fp=0, fn=0)), docs=0, group=''))
    for l in layouts:
        if not (preds / l['id']).is_dir():
            continue
        rep = score_layout(a.score_py, corpus / l['id'] / 'truth', preds / l['id'], l['format'])
        row = rows[l['id'] if a.by == 'layout' else l['group']]
        row['group'] = l['group']
        row['docs'] += rep['documents']
        for name, f in rep['fields'].items():
            for k in ('tp', 'fp', 'fn'):
                row['fields'][name][k] += f[k]
    if not rows:
        sys.exit(f'no predictions under {preds} for the layouts of {corpus}')
    table = {key: figures(r['fields'], r['docs']) | {'group': r['group']} for key, r in sorted(rows.items())}
    if a.title:
        print(a.title)
    head = f'{a.by:26s} {"group":20s} ' if a.by == 'layout' else f'{a.by:20s} '
    print(head + f'{"docs":>5s} {"micro":>6s} {"macro":>6s} {"work":>6s} {"edu":>6s} {"skills":>6s} {"basics":>6s}')
    for key, t in table.items():
        lead = f'{key:26s} {t["group"]:20s} ' if a.by == 'layout' else f'{key:20s} '
        print(lead + f'{t["docs"]:5d} {t["micro"]:6.3f} {t["macro"]:6.3f} {t["work"]:6.3f} {t["education"]:6.3f} {t["skills"]:6.3f} {t["basics"]:6.3f}')
    n = len(table)
    mean = {k: sum(t[k] for t in table.values()) / n for k in ('micro', 'macro', 'work', 'education', 'skills', 'basics')}
    worst_micro = min(table, key=lambda k: table[k]['micro'])
    worst_macro = min(table, key=lambda k: table[k]['macro'])
    pad = 48 if a.by == 'layout' else 21
    print(f'{"mean over " + str(n) + " " + a.by + "s":{pad - 1}s} {sum(t["docs"] for t in table.values()):5d} {mean["micro"]:6.3f} {mean["macro"]:6.3f} {mean["work"]:6.3f} {mean["education"]:6.3f} {mean["skills"]:6.3f} {mean["basics"]:6.3f}')
    print(f'worst {a.by} by micro: {worst_micro} {table[worst_micro]["micro"]:.3f}; by macro: {worst_macro} {table[worst_macro]["macro"]:.3f}')
    if a.json:
        Path(a.json).write_text(json.dumps(dict(rows=table, mean=mean, worst_micro=[worst_micro, table[worst_micro]['micro']],
                                                worst_macro=[worst_macro, table[worst_macro]['macro']]), indent=1) + '\n')


if __name__ == '__main__':
    main()
