#!/usr/bin/env python3
"""Copies the committed slice of a corpus (CorpusSliceTest) out of a full corpus:
   slice.py CORPUS OUT [--layouts a,b] [--ids d0002,d0003,d0004]"""
import argparse
import json
import shutil
from pathlib import Path

LAYOUTS = 'latex-moderncv-classic,latex-article,theme-even,theme-elegant,docx-pandoc-table,docx-pandoc-serif,txt-caps,txt-labels,latex-europecv,theme-paper'

ap = argparse.ArgumentParser()
ap.add_argument('corpus')
ap.add_argument('out')
ap.add_argument('--layouts', default=LAYOUTS)
ap.add_argument('--ids', default='d0002,d0003,d0004')
a = ap.parse_args()
src, out = Path(a.corpus), Path(a.out)
wanted = a.layouts.split(',')
layouts = [l for l in json.loads((src / 'layouts.json').read_text()) if l['id'] in wanted]
if out.exists():
    shutil.rmtree(out)
for l in layouts:
    for sub in ('truth', 'meta', 'docs'):
        (out / l['id'] / sub).mkdir(parents=True)
    for i in a.ids.split(','):
        shutil.copy(src / l['id'] / 'truth' / f'{i}.json', out / l['id'] / 'truth')
        shutil.copy(src / l['id'] / 'meta' / f'{i}.json', out / l['id'] / 'meta')
        shutil.copy(src / l['id'] / 'docs' / f'{i}.{l["format"]}', out / l['id'] / 'docs')
(out / 'layouts.json').write_text(json.dumps(layouts, indent=2) + '\n')
(out / 'README.md').write_text(
    'A slice of the generated corpus (ADR 0021) for CorpusSliceTest: `bench/corpus.sh` (seed 18,\n'
    'default size) then `python3 tools/corpus/slice.py target/corpus ' + str(a.out) + '`.\n'
    'Fictional people composed by tools/corpus; the JSON Resume sample is not among these ids.\n')
print(f'{len(layouts)} layouts x {len(a.ids.split(","))} resumes -> {out}')
