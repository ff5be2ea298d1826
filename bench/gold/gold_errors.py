#!/usr/bin/env python3
"""gold_errors.py GOLD.json REPORT.json [--split tune|held-out|all] [--subset OUT_GOLD OUT_REPORT]

Companion of ../shared/gold/score.py, run by `bench gold`. Two jobs:

  --subset: writes the part of the gold (and of the report: the report stories that hold an article of it) that
            belongs to one split, so that score.py can score the split on its own;
  default:  lists, for the gold stories of the split, each miss and each false verdict of the report with its
            sentences: stories split or merged, gold claims not found, found claims with the wrong status or
            independent-origin count, corroborated claims that gold does not corroborate, claim pairs that gold keeps
            apart, denials said and missed, conflicts said and missed.

The split is fixed by the gold story id (md5, so the same on every machine): three stories in ten are held out and
never looked at while tuning; `bench gold` scores them apart."""
import hashlib, importlib.util, itertools, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_score(gold_path):
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(gold_path))), 'score.py')
    spec = importlib.util.spec_from_file_location('score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def held_out(story_id, corpus):
    return int(hashlib.md5((corpus + '/' + story_id).encode()).hexdigest(), 16) % 10 < 3


def in_split(story, corpus, split):
    return split == 'all' or (split == 'held-out') == held_out(story['id'], corpus)


def subset(gold, rep, split):
    g = dict(gold)
    g['stories'] = [s for s in gold['stories'] if in_split(s, gold['corpus'], split)]
    arts = {a for s in g['stories'] for a in s['articles']}
    g['articles'] = {k: v for k, v in gold['articles'].items() if k in arts}
    r = dict(rep)
    r['stories'] = [s for s in rep.get('stories', []) if arts & set(s['articles'])]
    return g, r


def short(t, n=220):
    t = ' '.join((t or '').split())
    return t if len(t) <= n else t[:n] + '…'


def main(argv):
    split = 'tune'
    if '--split' in argv:
        i = argv.index('--split')
        split = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    gold = json.load(open(argv[0], encoding='utf-8'))
    rep = json.load(open(argv[1], encoding='utf-8'))
    if '--subset' in argv:
        i = argv.index('--subset')
        g, r = subset(gold, rep, split)
        json.dump(g, open(argv[i + 1], 'w', encoding='utf-8'))
        json.dump(r, open(argv[i + 2], 'w', encoding='utf-8'))
        return
    sc = load_score(argv[0])
    same = sc.same
    gold, rep = subset(gold, rep, split)
    corpus = gold['corpus']
    print(f'== {corpus}: errors on the {split} split ({len(gold["stories"])} gold stories)')
    pstory = {a: s['id'] for s in rep['stories'] for a in s['articles']}
    for gs in gold['stories']:
        ids = sorted({pstory.get(a, 'missing') for a in gs['articles']})
        sizes = {sid: len(next((s['articles'] for s in rep['stories'] if s['id'] == sid), [])) for sid in ids}
        if len(ids) > 1 or any(sizes[i] != len(gs['articles']) for i in ids):
            print(f'STORY {gs["id"]} ({len(gs["articles"])} articles) -> report stories {sizes}')
    pclaims = [c for s in rep['stories'] for c in s.get('claims', [])
               if len({m['article'] for m in c.get('mentions', [])}) >= 2]

    def covered(pc, gc):
        return {g['article'] for g in gc['mentions']
                if any(m['article'] == g['article'] and same(g['quote'], m.get('text', '')) for m in pc['mentions'])}

    gclaims = [c for s in gold['stories'] for c in s.get('claims', [])]
    gmentions = [(c['id'], m) for c in gclaims for m in c['mentions']]
    for gc in gclaims:
        cands = [(len(covered(pc, gc)), i) for i, pc in enumerate(pclaims)]
        n, i = max(cands) if cands else (0, None)
        if n < 2:
            print(f'\nMISSED CLAIM {gc["id"]} [{gc["status"]}, {gc["independentOrigins"]} origins] {gc["text"]}')
            for m in gc['mentions']:
                print(f'    {m["article"]}: {short(m["quote"])}')
            continue
        pc = pclaims[i]
        bad = []
        if pc.get('status') != gc['status']:
            bad.append(f'status {pc.get("status")} (gold {gc["status"]})')
        if pc.get('independentOrigins') != gc['independentOrigins']:
            bad.append(f'origins {pc.get("independentOrigins")} (gold {gc["independentOrigins"]})')
        if bad:
            print(f'\nWRONG {gc["id"]} -> {pc["id"]}: {"; ".join(bad)}: {gc["text"]}')
            print('    gold origins: ' + '; '.join(f'{o["name"]} ({o["kind"]})' for o in gc['origins']))
            print('    report origins: ' + '; '.join(f'{o["name"]} ({o["kind"]}) {o.get("articles")}'
                                                     for o in pc.get('origins', [])))
            for m in pc['mentions']:
                print(f'    {m["article"]} [{m.get("origin")} {m.get("chain")}]: {short(m["text"])}')
    for pc in pclaims:
        if pc.get('status') != 'corroborated':
            continue
        gcs = [gc for gc in gclaims if len(covered(pc, gc)) >= 2]
        if gcs and not any(g['status'] == 'corroborated' for g in gcs):
            pass  # listed above as WRONG
    # pairs gold keeps apart
    for pc in pclaims:
        labels = []
        for m in pc['mentions']:
            ids = {cid for cid, g in gmentions if g['article'] == m['article'] and same(g['quote'], m.get('text', ''))}
            if ids:
                labels.append((m, ids))
        for (m1, i1), (m2, i2) in itertools.combinations(labels, 2):
            if m1['article'] != m2['article'] and not (i1 & i2):
                print(f'\nWRONG PAIR {pc["id"]}: {sorted(i1)} / {sorted(i2)}\n    {m1["article"]}: {short(m1["text"])}'
                      f'\n    {m2["article"]}: {short(m2["text"])}')
    # denials
    arts = set(gold['articles'])
    pden = {}
    for s in rep['stories']:
        for cf in s.get('conflicts', []):
            if cf.get('kind') == 'denial':
                for v in cf.get('values', []):
                    if v.get('side') == 'denial':
                        pden.setdefault((v['article'], v.get('start')), (v, cf.get('claims', [])))
        for c in s.get('claims', []):
            for d in c.get('denials', []) or []:
                pden.setdefault((d['article'], d.get('start')), (d, [c['id']]))
    gden = [(d, m) for s in gold['stories'] for d in s.get('denials', []) for m in d['mentions']]
    for (a, _), (v, cids) in pden.items():
        if a not in arts:
            continue
        g = next((d for d, m in gden if m['article'] == a and same(m['quote'], v.get('text', ''))), None)
        who = v.get('source') or v.get('by')
        if g is None:
            print(f'\nFALSE DENIAL by {who} of {cids} in {a}: {short(v.get("text"))}')
        else:
            print(f'\nDENIAL FOUND by {who} (gold {g["by"]}; claim {cids}, gold {g.get("claim")}) in {a}: {short(v.get("text"))}')
    for d, m in gden:
        if not any(m['article'] == v['article'] and same(m['quote'], v.get('text', '')) for v, _ in pden.values()):
            print(f'\nMISSED DENIAL by {d["by"]} of {d.get("claim")} in {m["article"]}: {short(m["quote"])}')
    # figures
    gfig = [g for s in gold['stories'] for g in s.get('figures', [])]
    for s in rep['stories']:
        for cf in s.get('conflicts', []):
            if cf.get('kind') != 'numeric':
                continue
            hit = [g for g in gfig if len({v['article'] for v in g['values'] if any(
                x['article'] == v['article'] and same(v['quote'], x.get('text', '')) for x in cf['values'])}) >= 2]
            tag = 'RIGHT' if cf.get('verdict') == 'conflict' and any(g['verdict'] == 'conflict' for g in hit) else \
                'FALSE' if cf.get('verdict') == 'conflict' else 'OTHER'
            print(f'\nFIGURES {tag} {cf.get("verdict")} (gold: {[(g["what"], g["verdict"]) for g in hit]}): '
                  f'{short(cf.get("explanation"), 300)}')
            for v in cf['values']:
                print(f'    {v["article"]} {v.get("value")} {v.get("bound")} {v.get("unit")}: {short(v.get("text"))}')
    for g in gfig:
        if g['verdict'] == 'agree':
            continue
        found = [cf for s in rep['stories'] for cf in s.get('conflicts', []) if cf.get('kind') == 'numeric' and len(
            {v['article'] for v in g['values'] if any(x['article'] == v['article'] and same(v['quote'], x.get('text', ''))
                                                      for x in cf['values'])}) >= 2]
        if not found:
            print(f'\nMISSED FIGURES {g["verdict"]}: {g["what"]}')
            for v in g['values']:
                print(f'    {v["article"]} {v["bound"]}{v["value"]}: {short(v["quote"])}')


if __name__ == '__main__':
    main(sys.argv[1:])
