"""Builds quang-tri-2026.plan.json (hand-made plan) and quang-tri-2026.docx from quang-tri-2026.txt.

Every line number is worked out from a quote (D.find) or checked against the quote (D.check);
verify_plan re-checks every quoted field on its line, the ids, the references and the period."""
import json, sys, re, zipfile
from xml.sax.saxutils import escape
sys.path.insert(0, '.')
from planlib import Doc, Assign, lead_with_partners, verify_plan

NAME = 'quang-tri-2026'
D = Doc(f'../{NAME}.txt')
F = D.find


def sec(id, label, title, parent, line, text=None, areas=None):
    s = {'id': id, 'label': label, 'title': title, 'parent': parent, 'line': line}
    if text is not None:
        s['text'] = text
    if areas:
        s['areas'] = areas
    assert D.line(line).startswith(label + ' '), (line, label)
    if title:
        D.check(line, title)
        assert D.line(line) == f'{label} {title}', (line, title)
    if text:
        D.check(line, text)
    return s


def first_sentence(line):
    b = D.body(line)
    m = re.search(r'[.;](\s|$)', b)
    return b[:m.start() + 1] if m else b


# ---------------------------------------------------------------- legal bases
legal = [
    {'id': 'luat-tccqdp-2025', 'line': 9,
     'text': D.span(9, 'Luật Tổ chức chính quyền địa phương', 'năm 2025'),
     'number': None, 'date': '2025-06-16', 'issuer': 'Quốc hội'},
    {'id': 'luat-73-2021-qh14', 'line': 10,
     'text': D.span(10, 'Luật Phòng, chống ma túy số 73/2021/QH14', 'năm 2021'),
     'number': '73/2021/QH14', 'date': '2021-03-30', 'issuer': 'Quốc hội'},
    {'id': 'nd-105-2021-nd-cp', 'line': 11,
     'text': D.span(11, 'Nghị định số 105/2021/NĐ-CP', 'Luật Phòng, chống ma túy'),
     'number': '105/2021/NĐ-CP', 'date': '2021-12-04', 'issuer': 'Chính phủ'},
    {'id': 'ct-36-ct-tw', 'line': 12,
     'text': D.span(12, 'Chỉ thị số 36-CT/TW ngày 16 tháng 8 năm 2019', 'kiểm soát ma túy'),
     'number': '36-CT/TW', 'date': '2019-08-16', 'issuer': 'Bộ Chính trị'},
    {'id': 'kl-132-kl-tw', 'line': 12,
     'text': D.span(12, 'Kết luận số 132-KL/TW', 'thực hiện Chỉ thị số 36-CT/TW'),
     'number': '132-KL/TW', 'date': '2025-03-18', 'issuer': 'Bộ Chính trị'},
    {'id': 'nq-93-nq-cp', 'line': 13,
     'text': D.span(13, 'Nghị quyết số 93/NQ-CP', 'Kế hoạch thực hiện Kết luận số 132-KL/TW'),
     'number': '93/NQ-CP', 'date': '2025-04-16', 'issuer': 'Chính phủ'},
    {'id': 'kh-15-kh-tu', 'line': 13,
     'text': D.span(13, 'Kế hoạch số 15-KH/TU', 'về thực hiện Kết luận số 132-KL/TW'),
     'number': '15-KH/TU', 'date': '2025-11-12', 'issuer': 'Ban Thường vụ Tỉnh ủy Quảng Trị'},
]
# line 14 ("Theo đề nghị của Giám đốc Công an tỉnh tại Tờ trình số 45/TTr-CAT-PC04 …") is a procedural
# proposal, not a legal basis: deliberately not listed.

# ---------------------------------------------------------------- agencies (name as first printed in a duty line)
agencies = [
    ('cong-an-tinh', 'Công an tỉnh', 'police', 'province', None),
    ('so-tu-phap', 'Sở Tư pháp', 'justice', 'province', None),
    ('so-noi-vu', 'Sở Nội vụ', 'home-affairs', 'province', None),
    ('bdbp-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'border-guard', 'province', None),
    ('ubnd-xa', 'Ủy ban nhân dân các xã, phường, đặc khu', 'commune-committee', 'commune', None),
    ('hai-quan', 'Chi cục Hải quan khu vực XI', 'customs', 'unit', None),
    ('so-y-te', 'Sở Y tế', 'health', 'province', None),
    ('cac-so-nganh', 'các sở, ban, ngành, đoàn thể tỉnh', 'group', 'province', None),
    ('phong-pc04', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'police', 'unit',
     'Phòng Cảnh sát điều tra tội phạm về ma túy - Công an tỉnh'),
    ('cong-an-xa', 'Công an các xã, phường, đặc khu', 'police', 'commune', None),
    ('don-bien-phong', 'các Đồn Biên phòng', 'border-guard', 'unit', None),
    ('bchqs-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'military', 'province', None),
    ('so-gddt', 'Sở Giáo dục và Đào tạo', 'education', 'province', None),
    ('doan-thanh-nien', 'Tỉnh đoàn', 'youth-union', 'province', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Quảng Trị'),
    ('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'culture', 'province', None),
    ('so-khcn', 'Sở Khoa học và Công nghệ', 'science-technology', 'province', None),
    ('so-nnmt', 'Sở Nông nghiệp và Môi trường', 'agriculture-environment', 'province', None),
    ('so-tai-chinh', 'Sở Tài chính', 'finance', 'province', None),
    ('so-ngoai-vu', 'Sở Ngoại vụ', 'foreign-affairs', 'province', None),
    ('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'ethnic-religion', 'province', None),
    ('mttq-tinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'fatherland-front', 'province', None),
    ('bao-ptth', 'Báo và Phát thanh, Truyền hình Quảng Trị', 'media', 'province', None),
    ('vks-tinh', 'Viện Kiểm sát nhân dân tỉnh', 'procuracy', 'province', None),
    ('toa-an-tinh', 'Tòa án nhân dân tỉnh', 'court', 'province', None),
    ('hoi-phu-nu', 'Hội Liên hiệp Phụ nữ tỉnh', 'women-union', 'province', None),
    ('hoi-nong-dan', 'Hội Nông dân tỉnh', 'farmers-union', 'province', None),
    ('hoi-cuu-chien-binh', 'Hội Cựu chiến binh tỉnh', 'veterans-union', 'province', None),
    ('lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', 'labour-union', 'province', None),
]
agencies_json = []
for i, n, k, lv, norm in agencies:
    F(n, near=60)
    a = {'id': i, 'name': n, 'kind': k, 'level': lv}
    if norm:
        a['normalized'] = norm
    agencies_json.append(a)

# ---------------------------------------------------------------- sections
S = []
L = lambda q: F(q)   # line of a unique quote
S.append(sec('I', 'I.', 'MỤC ĐÍCH, YÊU CẦU', None, L('I. MỤC ĐÍCH, YÊU CẦU'), areas=['cross-cutting']))
S.append(sec('I.1', '1.', 'Mục đích', 'I', L('1. Mục đích')))
S.append(sec('I.1.a', 'a)', None, 'I.1', 18, text=first_sentence(18)))
S.append(sec('I.1.b', 'b)', None, 'I.1', 19, text=first_sentence(19)))
S.append(sec('I.2', '2.', 'Yêu cầu', 'I', L('2. Yêu cầu')))
S.append(sec('II', 'II.', 'MỤC TIÊU VÀ CHỈ TIÊU', None, L('II. MỤC TIÊU VÀ CHỈ TIÊU')))
S.append(sec('II.1', '1.', 'Mục tiêu chung', 'II', L('1. Mục tiêu chung'), areas=['cross-cutting']))
S.append(sec('II.2', '2.', 'Chỉ tiêu cụ thể', 'II', L('2. Chỉ tiêu cụ thể')))
for q, sid, ar in [('a) Về xây dựng địa bàn không ma túy', 'a', ['demand']),
                   ('b) Về đấu tranh, giảm cung', 'b', ['supply']),
                   ('c) Về giảm cầu, giảm tác hại', 'c', ['demand', 'harm']),
                   ('d) Về tuyên truyền, phòng ngừa', 'd', ['propaganda'])]:
    S.append(sec(f'II.2.{sid}', q[:2], q[3:], 'II.2', L(q), areas=ar))
S.append(sec('II.3', '3.', 'Lộ trình thực hiện', 'II', L('3. Lộ trình thực hiện'), areas=['demand']))
III = L('III. NHIỆM VỤ, GIẢI PHÁP')
IV = L('IV. TỔ CHỨC THỰC HIỆN')
S.append(sec('III', 'III.', 'NHIỆM VỤ, GIẢI PHÁP', None, III))
iii_areas = {1: ['cross-cutting'], 2: ['supply', 'demand'], 3: ['propaganda'], 4: ['supply'],
             5: ['demand', 'harm'], 6: ['cross-cutting']}
for ln in range(III + 1, IV):
    m = re.match(r'^([0-9]+)\. (.*)$', D.line(ln))
    if m:
        k = int(m.group(1))
        S.append(sec(f'III.{k}', f'{k}.', m.group(2), 'III', ln, areas=iii_areas[k]))
S.append(sec('IV', 'IV.', 'TỔ CHỨC THỰC HIỆN', None, IV))
END = L('Chế độ báo cáo: Các sở, ban, ngành')
for ln in range(IV + 1, END):
    m = re.match(r'^([0-9]+)\. (.*)$', D.line(ln))
    if m:
        k = int(m.group(1))
        S.append(sec(f'IV.{k}', f'{k}.', m.group(2), 'IV', ln))
assert len([s for s in S if s['parent'] == 'IV']) == 18

# ---------------------------------------------------------------- indicators
indicators = [
    ('drug-free-commune-share', 'Tỷ lệ xã, phường, đặc khu được công nhận đạt tiêu chí “xã, phường, đặc khu không ma túy”', 'percent', 'higher'),
    ('drug-free-commune-count', 'Số xã, phường, đặc khu được công nhận không ma túy (lũy kế)', 'units', 'higher'),
    ('hotspot-commune-reduction', 'Mức giảm số xã, phường, đặc khu trọng điểm, phức tạp về ma túy so với cuối năm 2025', 'percent', 'higher'),
    ('new-hotspot-communes', 'Địa bàn trọng điểm, phức tạp về ma túy mới phát sinh', 'units', 'lower'),
    ('commune-reviewed-share', 'Tỷ lệ xã, phường, đặc khu được rà soát, phân loại theo mức độ phức tạp về ma túy', 'percent', 'higher'),
    ('drug-crime-cases-detected-growth', 'Mức tăng hằng năm số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ', 'percent-per-year', 'higher'),
    ('drug-case-clearance-share', 'Tỷ lệ điều tra, khám phá án về ma túy', 'percent', 'higher'),
    ('drug-venue-eradication-share', 'Tỷ lệ điểm, tụ điểm phức tạp về ma túy được phát hiện, triệt xóa', 'percent', 'higher'),
    ('illegal-cultivation-replanting', 'Tái trồng cây cần sa, cây có chứa chất ma túy', 'count', 'lower'),
    ('addict-count-reduction', 'Mức giảm bình quân hằng năm số người nghiện, người sử dụng trái phép chất ma túy có hồ sơ quản lý', 'percent-per-year', 'higher'),
    ('addict-rehab-measure-share', 'Tỷ lệ người nghiện ma túy có hồ sơ quản lý được áp dụng biện pháp cai nghiện hoặc điều trị thay thế', 'percent', 'higher'),
    ('post-rehab-support-share', 'Tỷ lệ người sau cai nghiện ma túy được hỗ trợ học nghề, tạo việc làm, vay vốn', 'percent', 'higher'),
    ('relapse-share', 'Tỷ lệ tái nghiện trong thời gian quản lý sau cai nghiện', 'percent', 'lower'),
    ('commune-health-station-share', 'Tỷ lệ trạm y tế xã, phường, đặc khu có người được cấp chứng chỉ xác định tình trạng nghiện ma túy', 'percent', 'higher'),
    ('school-session-share', 'Tỷ lệ cơ sở giáo dục phổ thông tổ chức tuyên truyền phòng, chống ma túy ít nhất 02 lần mỗi năm học', 'percent', 'higher'),
    ('border-household-pledge-share', 'Tỷ lệ hộ gia đình tại các xã biên giới ký cam kết không vi phạm pháp luật về ma túy', 'percent', 'higher'),
    ('methadone-dispensing-sites-new', 'Số điểm cấp phát thuốc Methadone mở thêm', 'count', 'higher'),
    ('mobile-trial-cases', 'Số vụ án ma túy đưa ra xét xử lưu động', 'cases', 'higher'),
]
indicators_json = [{'id': i, 'name': n, 'unit': u, 'direction': d} for i, n, u, d in indicators]

# ---------------------------------------------------------------- targets
T = []
COMMUNES = {'unitKind': 'commune', 'denominator': 78}


def tgt(section, text, indicator, comparator, unit, value=None, measure='level', scope=None,
        deadline=None, implied=False, recurrence=None, baseline=None, areas=None, line=None):
    line = line or F(text)
    D.check(line, text)
    n = sum(1 for t in T if t['section'] == section) + 1
    t = {'id': f'{section}#{n}', 'section': section, 'line': line}
    if areas:
        t['areas'] = areas
    t['indicator'] = indicator
    t['text'] = text
    t['comparator'] = comparator
    if value is not None:
        t['value'] = value
    t['unit'] = unit
    t['measure'] = measure
    if scope:
        t['scope'] = scope
    t['deadline'] = {'year': deadline, 'implied': implied} if deadline else None
    if recurrence:
        t['recurrence'] = recurrence
    if baseline:
        t['baseline'] = baseline
    T.append(t)


# II.2.a
tgt('II.2.a', 'Phấn đấu đến hết năm 2030 có trên 50% số xã, phường, đặc khu trên địa bàn tỉnh được công nhận đạt tiêu chí “xã, phường, đặc khu không ma túy”.',
    'drug-free-commune-share', 'more-than', 'percent', 50, deadline=2030, areas=['demand'],
    scope={'text': 'số xã, phường, đặc khu trên địa bàn tỉnh', **COMMUNES})
tgt('II.2.a', 'Số xã, phường, đặc khu trọng điểm, phức tạp về ma túy đến năm 2030 giảm ít nhất 30% so với cuối năm 2025 (17 đơn vị)',
    'hotspot-commune-reduction', 'at-least', 'percent', 30, measure='decrease', deadline=2030, areas=['supply', 'demand'],
    baseline={'stated': True, 'value': 17, 'year': 2025, 'text': 'so với cuối năm 2025 (17 đơn vị)'},
    scope={'text': 'xã, phường, đặc khu trọng điểm, phức tạp về ma túy', 'unitKind': 'commune'})
tgt('II.2.a', 'không để phát sinh thêm địa bàn trọng điểm, phức tạp mới',
    'new-hotspot-communes', 'none', 'count', areas=['supply', 'demand'],
    scope={'text': 'địa bàn trọng điểm, phức tạp mới', 'unitKind': 'commune'})
tgt('II.2.a', 'Trong năm 2026, hoàn thành việc rà soát, phân loại 100% xã, phường, đặc khu theo mức độ phức tạp về ma túy.',
    'commune-reviewed-share', 'equal', 'percent', 100, deadline=2026, areas=['supply'],
    scope={'text': 'xã, phường, đặc khu', **COMMUNES})
# II.2.b
tgt('II.2.b', 'Hằng năm, số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ tăng từ 5% đến 10% so với năm trước.',
    'drug-crime-cases-detected-growth', 'between', 'percent-per-year', 5, measure='increase', recurrence='yearly',
    baseline={'stated': False, 'text': 'so với năm trước'}, areas=['supply'],
    scope={'text': 'số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ'})
T[-1]['valueMax'] = 10
tgt('II.2.b', 'Tỷ lệ điều tra, khám phá án về ma túy đạt trên 95%',
    'drug-case-clearance-share', 'more-than', 'percent', 95, areas=['supply'],
    scope={'text': 'án về ma túy'})
tgt('II.2.b', '100% điểm, tụ điểm phức tạp về ma túy được phát hiện, triệt xóa.',
    'drug-venue-eradication-share', 'equal', 'percent', 100, areas=['supply'],
    scope={'text': 'điểm, tụ điểm phức tạp về ma túy'})
tgt('II.2.b', 'Không để tái trồng cây cần sa, cây có chứa chất ma túy tại các xã miền núi phía Tây của tỉnh.',
    'illegal-cultivation-replanting', 'none', 'count', areas=['supply'],
    scope={'text': 'các xã miền núi phía Tây của tỉnh', 'unitKind': 'commune'})
# II.2.c
tgt('II.2.c', 'Số người nghiện ma túy, người sử dụng trái phép chất ma túy có hồ sơ quản lý giảm bình quân ít nhất 5%/năm.',
    'addict-count-reduction', 'at-least', 'percent-per-year', 5, measure='decrease', recurrence='yearly', areas=['demand'],
    scope={'text': 'người nghiện ma túy, người sử dụng trái phép chất ma túy có hồ sơ quản lý', 'unitKind': 'person'})
tgt('II.2.c', 'Không dưới 90% người nghiện ma túy có hồ sơ quản lý được áp dụng các biện pháp cai nghiện ma túy hoặc điều trị nghiện bằng thuốc thay thế.',
    'addict-rehab-measure-share', 'at-least', 'percent', 90, areas=['demand', 'harm'],
    scope={'text': 'người nghiện ma túy có hồ sơ quản lý', 'unitKind': 'person'})
tgt('II.2.c', 'Tối thiểu 70% người sau cai nghiện ma túy được hỗ trợ học nghề, tạo việc làm, vay vốn',
    'post-rehab-support-share', 'at-least', 'percent', 70, areas=['demand'],
    scope={'text': 'người sau cai nghiện ma túy', 'unitKind': 'person'})
tgt('II.2.c', 'tỷ lệ tái nghiện trong thời gian quản lý sau cai nghiện không quá 20%.',
    'relapse-share', 'at-most', 'percent', 20, areas=['demand'],
    scope={'text': 'người trong thời gian quản lý sau cai nghiện', 'unitKind': 'person'})
tgt('II.2.c', 'Đến hết quý II/2027, 100% trạm y tế xã, phường, đặc khu có ít nhất 01 người được cấp chứng chỉ xác định tình trạng nghiện ma túy.',
    'commune-health-station-share', 'equal', 'percent', 100, deadline=2027, areas=['demand'],
    scope={'text': 'trạm y tế xã, phường, đặc khu', 'unitKind': 'health-facility'})
# II.2.d
tgt('II.2.d', '100% cơ sở giáo dục phổ thông trên địa bàn tỉnh tổ chức tuyên truyền phòng, chống ma túy ít nhất 02 lần trong mỗi năm học.',
    'school-session-share', 'equal', 'percent', 100, recurrence='per-school-year', areas=['propaganda'],
    scope={'text': 'cơ sở giáo dục phổ thông trên địa bàn tỉnh', 'unitKind': 'school'})
tgt('II.2.d', 'Trên 90% hộ gia đình tại các xã biên giới ký cam kết không vi phạm pháp luật về ma túy.',
    'border-household-pledge-share', 'more-than', 'percent', 90, areas=['propaganda'],
    scope={'text': 'hộ gia đình tại các xã biên giới', 'unitKind': 'household'})
# targets inside duty paragraphs (section IV)
tgt('IV.4', 'bảo đảm đến năm 2027 có thêm ít nhất 04 điểm cấp phát thuốc Methadone tại trạm y tế các xã miền núi, biên giới',
    'methadone-dispensing-sites-new', 'at-least', 'count', 4, deadline=2027, areas=['harm'],
    scope={'text': 'trạm y tế các xã miền núi, biên giới'})
tgt('IV.15', 'hằng năm tổ chức xét xử lưu động ít nhất 10 vụ án ma túy tại các xã, phường, đặc khu trọng điểm, phức tạp về ma túy',
    'mobile-trial-cases', 'at-least', 'count', 10, recurrence='yearly', areas=['supply', 'propaganda'],
    scope={'text': 'các xã, phường, đặc khu trọng điểm, phức tạp về ma túy'})

# ---------------------------------------------------------------- roadmap (table: TT, Năm, mới tối thiểu, lũy kế, tỷ lệ)
head = F('TT\tNăm\tSố đơn vị công nhận mới (tối thiểu)')
steps = []
prev = 0
for ln in range(head + 1, head + 6):
    tt, yr, new, cum, share = D.lines[ln - 1].split('\t')
    assert int(cum) == prev + int(new), ln
    prev = int(cum)
    steps.append({'year': int(yr), 'line': ln, 'text': D.line(ln), 'value': int(cum), 'minNew': int(new),
                  'statedShare': share})
    assert abs(int(cum) / 78 * 100 - float(share.rstrip('%').replace(',', '.'))) < 0.05, ln
roadmaps = [{'id': 'II.3#roadmap', 'section': 'II.3', 'line': head, 'indicator': 'drug-free-commune-count',
             'of': 78, 'areas': ['demand'], 'steps': steps}]

# ---------------------------------------------------------------- assignments
A = Assign()


def due(date, text, line):
    D.check(line, text)
    return {'date': date, 'text': text}


def rec(freq, text=None, line=None, day=None):
    r = {'frequency': freq}
    if text:
        D.check(line, text)
        r['text'] = text
    if day:
        r['day'] = day
    return r


def duty(section, quote, entries, due_=None, rec_=None, areas=None, whole_line=True):
    """quote: a unique piece of the line; the assignment quotes the line without its bullet/label,
    or (whole_line=False) the quote itself."""
    ln = F(quote)
    text = D.body(ln) if whole_line else quote
    d = due(due_[0], due_[1], ln) if due_ else None
    r = rec(rec_[0], rec_[1], ln, rec_[2] if len(rec_) > 2 else None) if rec_ else None
    A.duty(section, ln, text, entries, due=d, rec=r, areas=areas)
    return ln


# III: a task paragraph that names its bodies in a parenthesis "(X chủ trì, phối hợp với Y, Z; …)" or in
# "Giao X chủ trì, phối hợp với …". Paragraphs that name no body give no assignment (III.1 second
# paragraph, III.2 second sentence, III.3, III.4 first sentence, III.6).
duty('III.1', 'Ban hành Bộ tiêu chí, quy trình đánh giá',
     lead_with_partners('cong-an-tinh', ['so-tu-phap', 'so-noi-vu']),
     due_=('2026-06-30', 'hoàn thành trước ngày 30/6/2026'), areas=['cross-cutting'])
duty('III.2', D.span(F('Tổ chức rà soát, đánh giá, phân loại 78 xã'), 'Tổ chức rà soát', 'trong quý III/2026).'),
     lead_with_partners('cong-an-tinh', ['bdbp-tinh', 'ubnd-xa']),
     due_=('2026-09-30', 'trong quý III/2026'), areas=['supply', 'demand'], whole_line=False)
duty('III.4', D.span(F('Tổ chức đợt cao điểm tấn công'), 'Tổ chức đợt cao điểm tấn công', 'hoàn thành trong tháng 10/2026).'),
     lead_with_partners('bdbp-tinh', ['cong-an-tinh', 'hai-quan']),
     due_=('2026-10-31', 'hoàn thành trong tháng 10/2026'), areas=['supply'], whole_line=False)
duty('III.5', 'Giao Sở Y tế chủ trì, phối hợp với Công an tỉnh',
     lead_with_partners('so-y-te', ['cong-an-tinh', 'ubnd-xa']), areas=['demand', 'harm'])

# IV.1 Công an tỉnh
duty('IV.1', 'Là cơ quan thường trực, chủ trì, phối hợp với các sở',
     lead_with_partners('cong-an-tinh', ['cac-so-nganh', 'ubnd-xa']), areas=['cross-cutting'])
duty('IV.1', 'Hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu xây dựng hồ sơ',
     [('cong-an-tinh', 'lead', ['ubnd-xa'])], areas=['demand'])
duty('IV.1', 'Chỉ đạo Phòng Cảnh sát điều tra tội phạm về ma túy, Công an các xã',
     [('cong-an-tinh', 'lead', ['phong-pc04', 'cong-an-xa'])],
     due_=('2026-09-30', 'trước ngày 30/9/2026'), areas=['demand'])
duty('IV.1', 'Chủ trì, phối hợp với Sở Y tế tổ chức xét nghiệm',
     lead_with_partners('cong-an-tinh', ['so-y-te']), areas=['demand'])
# one duty, two deadlines -> two assignment entries sharing the text
duty('IV.1', 'tổ chức sơ kết 03 năm thực hiện Kế hoạch',
     [('cong-an-tinh', 'lead', [])], due_=('2028-12-31', 'sơ kết 03 năm thực hiện Kế hoạch trong tháng 12/2028'),
     areas=['cross-cutting'])
duty('IV.1', 'tổ chức sơ kết 03 năm thực hiện Kế hoạch',
     [('cong-an-tinh', 'lead', [])], due_=('2030-12-31', 'tổng kết vào quý IV/2030'), areas=['cross-cutting'])
duty('IV.1', 'Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Công an',
     [('cong-an-tinh', 'lead', [])], rec_=('yearly', 'trước ngày 20/12 hằng năm'), areas=['cross-cutting'])
# IV.2 BĐBP
duty('IV.2', 'Chủ trì, phối hợp chặt chẽ với Công an tỉnh, Chi cục Hải quan',
     lead_with_partners('bdbp-tinh', ['cong-an-tinh', 'hai-quan']), areas=['supply'])
duty('IV.2', 'Chỉ đạo các Đồn Biên phòng tham gia',
     [('bdbp-tinh', 'lead', ['don-bien-phong'])],
     due_=('2026-06-30', 'trong 6 tháng đầu năm 2026'), areas=['supply', 'demand'])
# IV.3 BCHQS ("phối hợp với" under its own heading: the partners are only in `with`, as in can-tho IV.4)
duty('IV.3', 'Quản lý chặt chẽ quân nhân',
     [('bchqs-tinh', 'lead', ['cong-an-tinh', 'so-y-te'])], areas=['supply', 'demand'])
# IV.4 Sở Y tế
duty('IV.4', 'Chủ trì, phối hợp với Công an tỉnh tổ chức tập huấn',
     lead_with_partners('so-y-te', ['cong-an-tinh']),
     due_=('2027-06-30', 'chậm nhất trong quý II/2027'), areas=['demand'])
duty('IV.4', 'Mở rộng mạng lưới điều trị nghiện',
     [('so-y-te', 'lead', [])], areas=['harm'])
duty('IV.4', 'Trước ngày 25 hằng tháng, tổng hợp danh sách',
     [('so-y-te', 'lead', ['cong-an-tinh'])], rec_=('monthly', 'Trước ngày 25 hằng tháng', 25), areas=['harm'])
# IV.5 Sở GDĐT
duty('IV.5', 'Chủ trì, phối hợp với Công an tỉnh, Tỉnh đoàn',
     lead_with_partners('so-gddt', ['cong-an-tinh', 'doan-thanh-nien']),
     due_=('2026-11-30', 'trong tháng 11/2026'), areas=['propaganda'])
# IV.6 Sở Nội vụ
duty('IV.6', 'Chủ trì, phối hợp với Công an tỉnh, Ủy ban nhân dân các xã, phường, đặc khu hướng dẫn',
     lead_with_partners('so-noi-vu', ['cong-an-tinh', 'ubnd-xa']), areas=['demand'])
duty('IV.6', 'vào tiêu chí đánh giá thi đua, khen thưởng', [('so-noi-vu', 'lead', [])], areas=['cross-cutting'])
# IV.7 Sở VHTTDL
duty('IV.7', 'Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở',
     [('so-vhttdl', 'lead', [])], rec_=('yearly', 'hằng năm'), areas=['propaganda', 'supply'])
# IV.8 Sở KHCN
duty('IV.8', 'Chủ trì, phối hợp với Công an tỉnh xây dựng phần mềm',
     lead_with_partners('so-khcn', ['cong-an-tinh']),
     due_=('2027-12-31', 'xong trước 31/12/2027'), areas=['cross-cutting'])
# IV.9 Sở NNMT: "Phối hợp với …" only
duty('IV.9', 'Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh khảo sát',
     [('so-nnmt', 'coordinate', ['bdbp-tinh', 'cong-an-tinh'])], areas=['supply'])
# IV.10 Sở Tài chính
duty('IV.10', 'Chủ trì tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí',
     [('so-tai-chinh', 'lead', [])], areas=['cross-cutting'])
# IV.11 Sở Ngoại vụ
duty('IV.11', 'Chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tham mưu',
     lead_with_partners('so-ngoai-vu', ['cong-an-tinh', 'bdbp-tinh']),
     due_=('2026-12-31', 'hoàn thành trong năm 2026'), areas=['cross-cutting', 'supply'])
# IV.12 Sở DT&TG: "Phối hợp với …" only
duty('IV.12', 'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phát huy',
     [('so-dan-toc-ton-giao', 'coordinate', ['mttq-tinh'])], areas=['propaganda'])
# IV.13 Báo và PTTH
duty('IV.13', 'Mở chuyên mục “Vì một Quảng Trị không ma túy”',
     [('bao-ptth', 'lead', [])], rec_=('monthly', 'định kỳ hằng tháng'), areas=['propaganda'])
# IV.14 Hải quan (đề nghị in the heading)
duty('IV.14', 'Phối hợp chặt chẽ với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh kiểm soát',
     [('hai-quan', 'requested', ['bdbp-tinh', 'cong-an-tinh'])], areas=['supply'])
# IV.15 VKS, TAND (đề nghị in the heading)
duty('IV.15', 'Phối hợp với Công an tỉnh đẩy nhanh tiến độ truy tố',
     [('vks-tinh', 'requested', ['cong-an-tinh']), ('toa-an-tinh', 'requested', ['cong-an-tinh'])],
     rec_=('yearly', 'hằng năm'), areas=['supply', 'propaganda'])
# IV.16 MTTQ and unions (đề nghị in the heading, bullets without "đề nghị")
duty('IV.16', 'Ủy ban MTTQ Việt Nam tỉnh chủ trì giám sát',
     [('mttq-tinh', 'requested', [])], areas=['cross-cutting', 'demand'])
duty('IV.16', 'Tỉnh đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo',
     [('doan-thanh-nien', 'requested', ['so-gddt']), ('so-gddt', 'coordinate', ['doan-thanh-nien'])],
     due_=('2027-03-31', 'trong quý I/2027'), areas=['propaganda'])
duty('IV.16', 'Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh',
     [(u, 'requested', []) for u in ['hoi-phu-nu', 'hoi-nong-dan', 'hoi-cuu-chien-binh', 'lien-doan-lao-dong']],
     areas=['propaganda', 'demand'])
# IV.17 sở, ngành
duty('IV.17', 'Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch thực hiện',
     [('cac-so-nganh', 'lead', ['cong-an-tinh', 'ubnd-xa'])],
     due_=('2026-04-15', 'trước ngày 15 tháng 4 năm 2026'), areas=['cross-cutting'])
# IV.18 UBND xã
duty('IV.18', 'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu chịu trách nhiệm',
     [('ubnd-xa', 'lead', [])], due_=('2026-04-30', 'chậm nhất ngày 30/4/2026'), areas=['cross-cutting'])
duty('IV.18', 'Đăng ký xây dựng xã, phường, đặc khu không ma túy theo lộ trình',
     [('ubnd-xa', 'lead', ['cong-an-tinh'])], rec_=('yearly', 'trước ngày 31/3 hằng năm'), areas=['demand'])
duty('IV.18', 'Chỉ đạo Công an xã, phường, đặc khu rà soát',
     [('ubnd-xa', 'lead', ['cong-an-xa'])], areas=['demand'])
duty('IV.18', 'Báo cáo tiến độ, kết quả xây dựng địa bàn không ma túy định kỳ hằng quý',
     [('ubnd-xa', 'lead', ['cong-an-tinh'])],
     rec_=('quarterly', 'định kỳ hằng quý (trước ngày 15 của tháng cuối quý)', 15), areas=['cross-cutting'])
# IV, closing unnumbered paragraph "Chế độ báo cáo: …" (two duties per body, as hung-yen V.2)
REP = 'Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả thực hiện Kế hoạch 6 tháng'
both = [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])]
rep_ln = F(REP)
rep_text = D.span(rep_ln, 'Các sở, ban, ngành', 'báo cáo Ủy ban nhân dân tỉnh;').rstrip(';')
duty('IV', rep_text, both, rec_=('half-yearly', '6 tháng (trước ngày 10/6)'), areas=['cross-cutting'], whole_line=False)
duty('IV', rep_text, both, rec_=('yearly', 'năm (trước ngày 10/12)'), areas=['cross-cutting'], whole_line=False)
# closing "Trên đây là …" paragraph
close = D.span(F('Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng'), 'Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng', 'xem xét, giải quyết./.')
duty('IV', close, [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])],
     areas=['cross-cutting'], whole_line=False)
assignments = A.build()

# ---------------------------------------------------------------- reporting duties
R = []
PC04 = 'Công an tỉnh (qua Phòng Cảnh sát điều tra tội phạm về ma túy)'


def rep(id, section, quote, frm, to, freq, whole_line=True, **kw):
    ln = F(quote)
    text = D.body(ln) if whole_line else quote
    D.check(ln, text)
    D.check(ln, to)
    r = {'id': id, 'section': section, 'line': ln, 'text': text, 'from': frm, 'to': to, 'frequency': freq}
    r.update(kw)
    R.append(r)


rep('IV.1#report-yearly', 'IV.1', 'Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Công an',
    ['cong-an-tinh'], 'Ủy ban nhân dân tỉnh và Bộ Công an (qua Cục Cảnh sát điều tra tội phạm về ma túy)',
    'yearly', dueMonthDay='12-20')
rep('IV.4#report-methadone', 'IV.4', 'Trước ngày 25 hằng tháng, tổng hợp danh sách',
    ['so-y-te'], PC04, 'monthly')
rep('IV.17#report-plan', 'IV.17', 'Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch thực hiện',
    ['cac-so-nganh'], PC04, 'once', dueDate='2026-04-15')
rep('IV.18#report-registration', 'IV.18', 'Đăng ký xây dựng xã, phường, đặc khu không ma túy theo lộ trình',
    ['ubnd-xa'], 'Công an tỉnh', 'yearly', dueMonthDay='03-31')
rep('IV.18#report-quarterly', 'IV.18', 'Báo cáo tiến độ, kết quả xây dựng địa bàn không ma túy định kỳ hằng quý',
    ['ubnd-xa'], PC04, 'quarterly')
rep('IV#report-half-yearly', 'IV', rep_text, ['cac-so-nganh', 'ubnd-xa'], PC04, 'half-yearly',
    whole_line=False, dueMonthDay='06-10')
rep('IV#report-yearly', 'IV', rep_text, ['cac-so-nganh', 'ubnd-xa'], PC04, 'yearly',
    whole_line=False, dueMonthDay='12-10')
# not a reporting duty: "báo cáo đột xuất khi có yêu cầu" (no schedule, no date)

# ---------------------------------------------------------------- plan
plan = {
    'format': 1, 'id': NAME, 'title': 'KẾ HOẠCH ' + D.line(8),
    'issuer': 'Ủy ban nhân dân tỉnh Quảng Trị',
    'locality': {'name': 'Quảng Trị', 'level': 'province'},
    'documentNumber': '96/KH-UBND', 'documentDate': '2026-03-20',
    'period': {'from': 2026, 'to': 2030},
    'source': {'text': f'{NAME}.txt'},
    'legalBases': legal, 'agencies': agencies_json, 'sections': S, 'indicators': indicators_json,
    'targets': T, 'roadmaps': roadmaps, 'assignments': assignments, 'reportingDuties': R,
}
D.check(5, 'Số: 96/KH-UBND')
D.check(6, 'Quảng Trị, ngày 20 tháng 3 năm 2026')
errs = verify_plan(plan, D)
print('\n'.join(errs) or 'quotes ok')
assert not errs
used = {a['agency'] for a in assignments} | {w for a in assignments for w in a.get('with', [])} | \
       {f for r in R for f in r['from']}
unused = [a['id'] for a in agencies_json if a['id'] not in used]
print('unused agencies:', unused)
assert not unused
json.dump(plan, open(f'../{NAME}.plan.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
open(f'../{NAME}.plan.json', 'a', encoding='utf-8').write('\n')

# ---------------------------------------------------------------- counts
from collections import Counter
roles = Counter(a['role'] for a in assignments)
duties = {(a['section'], a['id'].split('/')[0]) for a in assignments}
pairs = {(a['agency'], a['role']) for a in assignments}
dated = [a for a in assignments if a.get('due')]
print(len(T), 'targets;', sum(len(r['steps']) for r in roadmaps), 'roadmap steps;',
      len(assignments), 'assignment entries', dict(roles), ';', len(duties), 'duties;',
      len(pairs), '(body, role) pairs;', len(agencies_json), 'agencies;',
      len({a['due']['text'] for a in dated}), 'dated phrases on', len(dated), 'entries;',
      len(R), 'reporting duties;', len(legal), 'legal bases;', len(S), 'sections;',
      len(indicators_json), 'indicators')
for a in dated:
    print('  due', a['id'], a['due'])


# ---------------------------------------------------------------- .docx (no python-docx here: zip by hand)
def run(text, bold=False, italic=False, size=28):
    rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' + \
          ('<w:b/>' if bold else '') + ('<w:i/>' if italic else '') + \
          f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, bold=False, italic=False, align=None, size=28, indent=False):
    ppr = '<w:pPr><w:spacing w:before="60" w:after="60"/>' + \
          (f'<w:jc w:val="{align}"/>' if align else '') + \
          ('<w:ind w:firstLine="567"/>' if indent else '') + '</w:pPr>'
    return f'<w:p>{ppr}{run(text, bold, italic, size)}</w:p>'


def table(rows):
    border = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    out = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
           f'<w:tblBorders>{border}</w:tblBorders></w:tblPr><w:tblGrid>' +
           ''.join('<w:gridCol/>' for _ in rows[0]) + '</w:tblGrid>']
    for i, cells in enumerate(rows):
        out.append('<w:tr>' + ''.join(
            f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(c, bold=(i == 0), align="center", size=26)}</w:tc>'
            for c in cells) + '</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


SEC_RE = re.compile(r'^([IVX]+\.|[0-9]+\.|[a-z]\)) ')
body = []
lines = D.lines
i = 0
while i < len(lines):
    l = lines[i]
    n = i + 1
    if '\t' in l:                                  # the roadmap table: consecutive tab-separated lines
        rows = []
        while i < len(lines) and '\t' in lines[i]:
            rows.append(lines[i].split('\t'))
            i += 1
        body.append(table(rows))
        continue
    if n <= 2:
        body.append(para(l, bold=(n == 2), align='left', size=26))
    elif n <= 4:
        body.append(para(l, bold=True, align='right', size=26))
    elif n == 5:
        body.append(para(l, size=26))
    elif n == 6:
        body.append(para(l, italic=True, align='right'))
    elif n in (7, 8):
        body.append(para(l, bold=True, align='center'))
    elif re.match(r'^[IVX]+\. ', l) or (SEC_RE.match(l) and n > 15 and len(l) < 110 and not l.endswith('.')):
        body.append(para(l, bold=True, indent=True))
    elif l == 'Nơi nhận:':
        body.append(para(l, bold=True, italic=True, size=24))
    elif n > F('Nơi nhận:') and l.startswith('- '):
        body.append(para(l, size=22))
    elif n > F('Nơi nhận:'):
        body.append(para(l, bold=True, align='right'))
    else:
        body.append(para(l, align='both', indent=True))
    i += 1

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}"><w:body>' + ''.join(body) +
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>'
            '</w:sectPr></w:body></w:document>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')
out = f'../{NAME}.docx'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in (('[Content_Types].xml', content_types), ('_rels/.rels', rels), ('word/document.xml', document)):
        zi = zipfile.ZipInfo(name, date_time=(2026, 3, 20, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)

# read the .docx back (paragraphs; table rows as tab-joined cells) and compare with the text
import xml.etree.ElementTree as ET
ns = {'w': W}
root = ET.fromstring(zipfile.ZipFile(out).read('word/document.xml'))
back = []
for el in root.find('w:body', ns):
    if el.tag == f'{{{W}}}p':
        back.append(''.join(t.text or '' for t in el.iter(f'{{{W}}}t')))
    elif el.tag == f'{{{W}}}tbl':
        for tr in el.findall('w:tr', ns):
            back.append('\t'.join(''.join(t.text or '' for t in tc.iter(f'{{{W}}}t')) for tc in tr.findall('w:tc', ns)))
assert back == D.lines, [(k + 1, a, b) for k, (a, b) in enumerate(zip(back, D.lines)) if a != b][:3]
print('docx ok:', out, len(back), 'lines (1 table)')
