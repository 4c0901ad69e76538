# Shared by extra-check-{4,5,6,7,8,9,10,11}-labels.py: each holds only its labels (written from the content before
# any search was run) and calls write_set(), which checks the blind queries' sha256, checks every
# labelled page and heading anchor against content/docs and content/ordlista, then (after `npm run build`)
# against the ids in dist/, and writes the set.
import glob, hashlib, html, json, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../..')
DOCS = os.path.join(ROOT, 'content/docs')
DIST = os.path.join(ROOT, 'dist')
# Pages the vägvisare builds outside content/docs; labels may name them, not their headings.
VAGVISARE = ['delegera-beslut', 'esf-projekt', 'finansiera-insats']


def slug(heading):
    """A heading's anchor as in /work/blind/anchors.py (github-slugger style, å/ä/ö kept)."""
    heading = re.sub(r'[^\w\- ]', '', heading.strip().lower())  # \w in Unicode includes åäö, digits, _
    return heading.replace(' ', '-')


def url(path):
    rel = os.path.relpath(path, DOCS)[:-4]
    if rel == 'index':
        return '/'
    if rel.endswith('/index'):
        rel = rel[:-6]
    return '/' + rel + '/'


def anchors():
    """Every page's ## and ### anchors (repeats numbered as the slugger does), glossary ids for /ordlista/."""
    pages = {}
    for path in glob.glob(DOCS + '/**/*.mdx', recursive=True):
        seen, found, in_code = {}, [], False
        for line in open(path):
            if line.startswith('```'):
                in_code = not in_code
            m = re.match(r'^(#{2,3}) (.+)', line)
            if m and not in_code:
                s = slug(re.sub(r'\{#.*\}', '', m.group(2)))
                if s in seen:
                    seen[s] += 1
                    s = f'{s}-{seen[s]}'
                else:
                    seen[s] = 0
                found.append(s)
        pages[url(path)] = found
    pages['/ordlista/'] = [os.path.basename(f)[:-5] for f in glob.glob(ROOT + '/content/ordlista/*.yaml')]
    for v in VAGVISARE:
        pages[f'/vagvisare/{v}/'] = []
    return pages


def built_ids(page):
    """The ids in a built page (None when dist/ has no such page); a heading's anchor is checked against
    what the reader's browser will scroll to, not only against our own slug of the source."""
    path = os.path.join(DIST, page.strip('/'), 'index.html')
    if not os.path.exists(path):
        return None
    return set(html.unescape(i) for i in re.findall(r'\bid="([^"]*)"', open(path).read()))


def write_set(src, sha256, labels):
    """Labels {id: (page, section, also)} for the blind queries in src; writes sys.argv[1] if given."""
    raw = open(src, 'rb').read()
    assert hashlib.sha256(raw).hexdigest() == sha256
    qs = json.loads(raw)
    m = anchors()
    bad = 0
    assert set(labels) == {q['id'] for q in qs}, 'ids differ'
    out = []
    for q in qs:
        page, sec, also = labels[q['id']]
        if page is not None and page not in m: print('no page', q['id'], page); bad += 1
        if sec is not None and sec not in m.get(page, []): print('no anchor', q['id'], page, sec); bad += 1
        for a in also:
            if a not in m: print('no also page', q['id'], a); bad += 1
            if a == page: print('also repeats page', q['id']); bad += 1
        if page is None and (sec or also): print('null page with section/also', q['id']); bad += 1
        if os.path.isdir(DIST):
            for p in [page] + also if page else []:
                if built_ids(p) is None: print('not built', q['id'], p); bad += 1
            if sec is not None and sec not in (built_ids(page) or set()): print('no id in dist', q['id'], page, sec); bad += 1
        out.append({'id': q['id'], 'role': q['role'], 'query': q['query'], 'hope': q['hope'], 'page': page, 'also': also, 'section': sec})
    if bad: sys.exit(f'{bad} errors')
    if len(sys.argv) > 1:
        json.dump(out, open(sys.argv[1], 'w'), ensure_ascii=False, indent=1); open(sys.argv[1], 'a').write('\n')
    if not os.path.isdir(DIST): print('dist/ missing: run `npm run build` to check the ids in the built pages too')
    print('ok', len(out), 'null pages:', [o['id'] for o in out if not o['page']], 'section null:', sum(1 for o in out if o['page'] and not o['section']))
