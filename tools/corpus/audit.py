#!/usr/bin/env python3
"""Checks that a corpus's truth only holds what its documents show: every truth string the scorer
reads must be found in the document's text (pdftotext -raw / pandoc plain / the .txt itself).
   audit.py CORPUS [--layouts a,b] [--limit N]     prints misses per layout and field"""
import argparse
import json
import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path


def norm(s):
    s = unicodedata.normalize('NFKC', s).lower()
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'").replace('\ufb01', 'fi').replace('\ufb02', 'fl')
    return re.sub(r'[\s\u00ad]+', '', s)


def text_of(doc):
    if doc.suffix == '.txt':
        return doc.read_text(encoding='utf-8')
    if doc.suffix == '.docx':
        return subprocess.run(['pandoc', '-t', 'plain', '--wrap=none', str(doc)], capture_output=True, text=True).stdout
    return subprocess.run(['pdftotext', '-raw', str(doc), '-'], capture_output=True, text=True).stdout


def strings(t):
    b = t.get('basics', {})
    for f in ('name', 'email', 'phone'):
        if b.get(f):
            yield 'basics.' + f, b[f]
    if b.get('url'):
        yield 'basics.url', re.sub(r'^https?://', '', b['url'])
    if (b.get('location') or {}).get('city'):
        yield 'basics.location.city', b['location']['city']
    for w in t.get('work', []):
        yield 'work.name', w.get('name', '')
        if w.get('position'):
            yield 'work.position', w['position']
    for e in t.get('education', []):
        yield 'education.institution', e.get('institution', '')
        for f in ('studyType', 'area'):
            if e.get(f):
                yield 'education.' + f, e[f]
    for s in t.get('skills', []):
        if s.get('name'):
            yield 'skills', s['name']
        for k in s.get('keywords', []):
            yield 'skills', k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus')
    ap.add_argument('--layouts')
    ap.add_argument('--limit', type=int, default=10)
    a = ap.parse_args()
    root = Path(a.corpus)
    layouts = sorted(p.name for p in root.iterdir() if (p / 'truth').is_dir())
    if a.layouts:
        layouts = [l for l in layouts if l in a.layouts.split(',')]
    bad_total = 0
    for layout in layouts:
        miss = Counter()
        examples = {}
        n = 0
        for tf in sorted((root / layout / 'truth').glob('*.json'))[:a.limit]:
            docs = list((root / layout / 'docs').glob(tf.stem + '.*'))
            if not docs:
                continue
            n += 1
            text = norm(text_of(docs[0]))
            digits = re.sub(r'\D', '', text)
            for field, value in strings(json.loads(tf.read_text())):
                v = norm(value)
                ok = v in text or (field == 'basics.phone' and re.sub(r'\D', '', value) in digits)
                if not ok:
                    miss[field] += 1
                    examples.setdefault(field, f'{tf.stem}: {value!r}')
        bad_total += sum(miss.values())
        print(f'{layout:28s} docs={n:4d} misses={sum(miss.values()):4d} ' + ' '.join(f'{k}={v} ({examples[k]})' for k, v in miss.items()))
    raise SystemExit(1 if bad_total else 0)


if __name__ == '__main__':
    main()
