"""Small helper to hand-build pcmt plan JSON with quotes checked against the source text."""
import json, re, unicodedata

def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()

class Doc:
    def __init__(self, path):
        raw = open(path, encoding='utf-8').read()
        assert raw == unicodedata.normalize('NFC', raw), 'text not NFC'
        self.lines = raw.split('\n')
        if self.lines and self.lines[-1] == '':
            self.lines.pop()
        self.c = [collapse(l) for l in self.lines]

    def line(self, n):
        return self.c[n - 1]

    def body(self, n):
        """line n without a leading bullet '- ' or label like '1.', '2.1.', 'a)', 'đ)'."""
        s = self.c[n - 1]
        s = re.sub(r'^(- |[0-9]+(\.[0-9]+)*\. |[a-zđ]\) )', '', s)
        return s

    def span(self, n, start, end=None):
        """substring of line n from start marker to end marker (inclusive)."""
        s = self.c[n - 1]
        i = s.find(start)
        assert i >= 0, (n, start)
        if end is None:
            return s[i:]
        j = s.find(end, i)
        assert j >= 0, (n, end)
        return s[i:j + len(end)]

    def find(self, quote, near=None):
        q = collapse(quote)
        hits = [i + 1 for i, l in enumerate(self.c) if q in l]
        assert hits, 'quote not found: ' + quote
        if len(hits) > 1:
            assert near is not None, ('ambiguous', quote, hits)
            hits.sort(key=lambda h: abs(h - near))
        return hits[0]

    def check(self, n, quote):
        assert collapse(quote) in self.c[n - 1], ('not on line', n, quote)


def verify_plan(plan, doc):
    """Every quoting field must occur on its cited line; ids referenced must exist."""
    errs = []
    def chk(where, n, q):
        if q is None:
            return
        if collapse(q) not in doc.c[n - 1]:
            errs.append(f'{where}: line {n}: {q[:70]}')
    for lb in plan['legalBases']:
        chk('legalBases/' + lb['id'], lb['line'], lb['text'])
    secids = set()
    for s in plan['sections']:
        assert s['id'] not in secids, s['id']
        secids.add(s['id'])
        chk('sections/' + s['id'], s['line'], s.get('title'))
        chk('sections/' + s['id'] + '/text', s['line'], s.get('text'))
        if s.get('label'):
            chk('sections/' + s['id'] + '/label', s['line'], s['label'])
        assert s['parent'] is None or s['parent'] in secids, s
    ag = {a['id'] for a in plan['agencies']}
    assert len(ag) == len(plan['agencies'])
    ind = {i['id'] for i in plan['indicators']}
    for arr in ('targets', 'assignments', 'reportingDuties', 'roadmaps'):
        seen = set()
        for it in plan.get(arr, []):
            assert it['id'] not in seen, (arr, it['id'])
            seen.add(it['id'])
            assert it['section'] in secids, (arr, it['id'], it['section'])
            if 'text' in it:
                chk(arr + '/' + it['id'], it['line'], it['text'])
            for k in ('due', 'recurrence', 'baseline', 'scope'):
                v = it.get(k)
                if isinstance(v, dict) and 'text' in v and k != 'scope':
                    chk(arr + '/' + it['id'] + '/' + k, it['line'], v['text'])
            if arr in ('targets', 'roadmaps'):
                assert it['indicator'] in ind, it
            if arr == 'assignments':
                assert it['agency'] in ag, it
                for w in it.get('with', []):
                    assert w in ag, (it['id'], w)
            if arr == 'reportingDuties':
                for f in it.get('from', []):
                    assert f in ag, (it['id'], f)
            if arr == 'roadmaps':
                for st in it['steps']:
                    chk('roadmaps/' + it['id'] + '/step', st['line'], st.get('text'))
                    if 'statedShare' in st:
                        chk('roadmaps/statedShare', st['line'], st['statedShare'])
            if arr == 'targets' and it.get('unit') == 'percent' and 'value' in it:
                assert it['value'] <= 100
    # deadlines inside the period
    lo, hi = plan['period']['from'], plan['period']['to']
    for it in plan['assignments']:
        d = (it.get('due') or {}).get('date')
        if d:
            assert lo <= int(d[:4]) <= hi, it['id']
    for it in plan['targets']:
        d = it.get('deadline')
        if d:
            assert lo <= d['year'] <= hi, it['id']
    for it in plan['reportingDuties']:
        if 'dueDate' in it:
            assert lo <= int(it['dueDate'][:4]) <= hi, it['id']
    return errs


class Assign:
    """Collects assignments; a duty (section + key) split over several bodies gets '/agency' suffixes."""
    def __init__(self):
        self.duties = []   # list of (section, line, text, [entries])
        self.counter = {}

    def duty(self, section, line, text, entries, due=None, rec=None, areas=None):
        """entries: list of (agency, role, with_list)"""
        n = self.counter.get(section, 0) + 1
        self.counter[section] = n
        self.duties.append((section, n, line, text, entries, due, rec, areas))

    def build(self):
        out = []
        for section, n, line, text, entries, due, rec, areas in self.duties:
            for agency, role, w in entries:
                it = {'id': f'{section}#{n}' + (f'/{agency}' if len(entries) > 1 else ''),
                      'section': section, 'line': line}
                if areas:
                    it['areas'] = areas
                it['agency'] = agency
                it['role'] = role
                if w:
                    it['with'] = w
                it['text'] = text
                if due:
                    it['due'] = due
                if rec:
                    it['recurrence'] = rec
                out.append(it)
        return out


def lead_with_partners(lead, partners, coord=None, extra_with=None):
    """lead chủ trì, phối hợp với partners: lead entry + one coordinate entry per partner in coord
    (named bodies); extra_with are vague collectives listed only in the lead's `with`."""
    coord = partners if coord is None else coord
    w = list(partners) + list(extra_with or [])
    ents = [(lead, 'lead', w)]
    for p in coord:
        ents.append((p, 'coordinate', [lead]))
    return ents
