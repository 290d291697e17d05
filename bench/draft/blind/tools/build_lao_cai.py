import json, sys
sys.path.insert(0, '.')
from planlib import Doc, Assign, lead_with_partners, verify_plan

D = Doc('../lao-cai-2026.txt')
F = D.find

def sec(id, label, title, parent, line, text=None, areas=None):
    s = {'id': id, 'label': label, 'title': title, 'parent': parent, 'line': line}
    if text is not None:
        s['text'] = text
    if areas:
        s['areas'] = areas
    D.check(line, label)
    if title:
        D.check(line, title)
    return s

# ---------------------------------------------------------------- legal bases
L13 = F('Thực hiện Kết luận số 132-KL/TW')
legal = [
    {'id': 'luat-pccmt-2021', 'line': 9, 'text': 'Luật Phòng, chống ma túy ngày 30 tháng 3 năm 2021',
     'number': None, 'date': '2021-03-30', 'issuer': 'Quốc hội'},
    {'id': 'nd-105-2021-nd-cp', 'line': 10,
     'text': D.span(10, 'Nghị định số 105/2021/NĐ-CP', 'một số điều của Luật Phòng, chống ma túy'),
     'number': '105/2021/NĐ-CP', 'date': '2021-12-04', 'issuer': 'Chính phủ'},
    {'id': 'nd-116-2021-nd-cp', 'line': 11,
     'text': D.span(11, 'Nghị định số 116/2021/NĐ-CP', 'quản lý sau cai nghiện ma túy'),
     'number': '116/2021/NĐ-CP', 'date': '2021-12-21', 'issuer': 'Chính phủ'},
    {'id': 'nq-163-2024-qh15', 'line': 12,
     'text': D.span(12, 'Nghị quyết số 163/2024/QH15', 'đến năm 2030'),
     'number': '163/2024/QH15', 'date': '2024-11-27', 'issuer': 'Quốc hội'},
    {'id': 'kl-132-kl-tw', 'line': L13,
     'text': D.span(L13, 'Kết luận số 132-KL/TW ngày 18/3/2025', 'phòng, chống và kiểm soát ma túy'),
     'number': '132-KL/TW', 'date': '2025-03-18', 'issuer': 'Bộ Chính trị'},
    {'id': 'ct-36-ct-tw', 'line': L13,
     'text': D.span(L13, 'Chỉ thị số 36-CT/TW', 'phòng, chống và kiểm soát ma túy'),
     'number': '36-CT/TW', 'date': '2019-08-16', 'issuer': 'Bộ Chính trị'},
    {'id': 'nq-93-nq-cp', 'line': L13,
     'text': D.span(L13, 'Nghị quyết số 93/NQ-CP', 'Kế hoạch thực hiện Kết luận số 132-KL/TW'),
     'number': '93/NQ-CP', 'date': '2025-04-16', 'issuer': 'Chính phủ'},
    {'id': 'kh-41-kh-tu', 'line': L13,
     'text': D.span(L13, 'Kế hoạch số 41-KH/TU', 'của Bộ Chính trị;').rstrip(';'),
     'number': '41-KH/TU', 'date': '2025-10-10', 'issuer': 'Ban Thường vụ Tỉnh ủy Lào Cai'},
]
D.check(9, legal[0]['text'])

# ---------------------------------------------------------------- agencies
agencies = [
    ('cong-an-tinh', 'Công an tỉnh', 'police', 'province', None),
    ('cac-so-nganh', 'các sở, ban, ngành', 'group', 'province', 'Các sở, ban, ngành, đoàn thể tỉnh'),
    ('ubnd-xa', 'Ủy ban nhân dân các xã, phường', 'commune-committee', 'commune', None),
    ('bdbp-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'border-guard', 'province', None),
    ('cong-an-xa', 'Công an xã, phường', 'police', 'commune', None),
    ('co-so-cai-nghien-tinh', 'Cơ sở cai nghiện ma túy tỉnh', 'other', 'province', None),
    ('so-gddt', 'Sở Giáo dục và Đào tạo', 'education', 'province', None),
    ('doan-thanh-nien', 'Tỉnh đoàn', 'youth-union', 'province', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'),
    ('hai-quan', 'Chi cục Hải quan khu vực VIII', 'customs', 'unit', None),
    ('don-bien-phong', 'các Đồn Biên phòng', 'border-guard', 'unit', None),
    ('bchqs-tinh', 'Bộ Chỉ huy Quân sự tỉnh', 'military', 'province', None),
    ('so-y-te', 'Sở Y tế', 'health', 'province', None),
    ('co-so-dieu-tri-methadone', 'các cơ sở điều trị Methadone', 'health', 'unit', None),
    ('so-noi-vu', 'Sở Nội vụ', 'home-affairs', 'province', None),
    ('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'culture', 'province', None),
    ('bao-ptth', 'Báo và Phát thanh, Truyền hình Lào Cai', 'media', 'province', None),
    ('so-nnmt', 'Sở Nông nghiệp và Môi trường', 'agriculture-environment', 'province', None),
    ('so-cong-thuong', 'Sở Công Thương', 'industry-trade', 'province', None),
    ('so-khcn', 'Sở Khoa học và Công nghệ', 'science-technology', 'province', None),
    ('so-tai-chinh', 'Sở Tài chính', 'finance', 'province', None),
    ('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'ethnic-religion', 'province', None),
    ('so-tu-phap', 'Sở Tư pháp', 'justice', 'province', None),
    ('vks-tinh', 'Viện Kiểm sát nhân dân tỉnh', 'procuracy', 'province', None),
    ('toa-an-tinh', 'Tòa án nhân dân tỉnh', 'court', 'province', None),
    ('mttq-tinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'fatherland-front', 'province', None),
    ('hoi-phu-nu', 'Hội Liên hiệp Phụ nữ tỉnh', 'women-union', 'province', None),
    ('hoi-nong-dan', 'Hội Nông dân tỉnh', 'farmers-union', 'province', None),
    ('hoi-cuu-chien-binh', 'Hội Cựu chiến binh tỉnh', 'veterans-union', 'province', None),
    ('lien-doan-lao-dong', 'Liên đoàn Lao động tỉnh', 'labour-union', 'province', None),
]
agencies_json = []
for i, n, k, lv, norm in agencies:
    F(n, near=60)  # name printed somewhere
    a = {'id': i, 'name': n, 'kind': k, 'level': lv}
    if norm:
        a['normalized'] = norm
    agencies_json.append(a)

# ---------------------------------------------------------------- sections
S = []
S.append(sec('I', 'I.', 'MỤC ĐÍCH, YÊU CẦU', None, 15, areas=['cross-cutting']))
S.append(sec('I.1', '1.', 'Mục đích', 'I', 16))
S.append(sec('I.2', '2.', 'Yêu cầu', 'I', 19))
S.append(sec('II', 'II.', 'MỤC TIÊU, CHỈ TIÊU', None, 23))
S.append(sec('II.1', '1.', 'Mục tiêu chung', 'II', 24, areas=['cross-cutting']))
S.append(sec('II.2', '2.', 'Chỉ tiêu cụ thể', 'II', 26))
S.append(sec('II.2.1', '2.1.', 'Về đấu tranh, giảm cung ma túy', 'II.2', 27, areas=['supply']))
S.append(sec('II.2.2', '2.2.', 'Về giảm cầu, giảm tác hại', 'II.2', 31, areas=['demand', 'harm']))
S.append(sec('II.2.3', '2.3.', 'Về thông tin, tuyên truyền, phòng ngừa', 'II.2', 38, areas=['propaganda']))
S.append(sec('II.2.4', '2.4.', 'Về xây dựng xã, phường không ma túy', 'II.2', 41, areas=['demand']))
S.append(sec('III', 'III.', 'NHIỆM VỤ, GIẢI PHÁP', None, 45))
iii = [(46, 'Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp', ['cross-cutting']),
       (48, 'Đổi mới nội dung, hình thức thông tin, tuyên truyền', ['propaganda']),
       (50, 'Đấu tranh, trấn áp tội phạm ma túy, kiểm soát chặt chẽ tuyến biên giới', ['supply']),
       (52, 'Nâng cao hiệu quả công tác cai nghiện ma túy, quản lý sau cai nghiện', ['demand']),
       (54, 'Phòng, chống trồng trái phép cây có chứa chất ma túy', ['supply']),
       (56, 'Xây dựng xã, phường không ma túy', ['demand']),
       (58, 'Bảo đảm nguồn lực', ['cross-cutting'])]
for k, (ln, t, ar) in enumerate(iii, 1):
    S.append(sec(f'III.{k}', f'{k}.', t, 'III', ln, areas=ar))
S.append(sec('IV', 'IV.', 'TỔ CHỨC THỰC HIỆN', None, 60))
iv_titles = {}
for ln in range(61, 111):
    import re
    m = re.match(r'^([0-9]+)\. (.*)$', D.line(ln))
    if m:
        k = int(m.group(1)); iv_titles[k] = ln
        S.append(sec(f'IV.{k}', f'{k}.', m.group(2), 'IV', ln))
assert sorted(iv_titles) == list(range(1, 19)), iv_titles

# ---------------------------------------------------------------- indicators
indicators = [
    ('drug-crime-cases-detected-growth', 'Mức tăng số vụ phạm tội về ma túy bị phát hiện, bắt giữ so với năm trước', 'percent-per-year', 'higher'),
    ('transnational-cases-growth', 'Mức tăng số vụ mua bán, vận chuyển trái phép chất ma túy qua biên giới bị phát hiện, bắt giữ', 'percent-per-year', 'higher'),
    ('drug-venue-eradication-share', 'Tỷ lệ điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy đã xác định được triệt xóa', 'percent', 'higher'),
    ('illegal-cultivation-destroyed-share', 'Tỷ lệ diện tích trồng cây có chứa chất ma túy được phát hiện và triệt phá ngay trong vụ gieo trồng', 'percent', 'higher'),
    ('illegal-cultivation-replanting', 'Diện tích tái trồng cây có chứa chất ma túy phát sinh tại các xã vùng cao, biên giới', 'count', 'lower'),
    ('user-management-file-share', 'Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy được lập hồ sơ quản lý', 'percent', 'higher'),
    ('addict-count-reduction', 'Mức giảm số người nghiện ma túy có hồ sơ quản lý', 'percent', 'higher'),
    ('rehab-counselling-share', 'Tỷ lệ người nghiện, người sử dụng trái phép chất ma túy được tư vấn, hỗ trợ về y tế, tâm lý, xã hội', 'percent', 'higher'),
    ('methadone-patients', 'Số bệnh nhân điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế Methadone', 'people', 'higher'),
    ('compliant-rehab-facility-share', 'Tỷ lệ cơ sở cai nghiện ma túy công lập đáp ứng điều kiện, tiêu chuẩn theo Nghị định số 116/2021/NĐ-CP', 'percent', 'higher'),
    ('new-addicts', 'Người nghiện mới phát sinh tại các xã, phường đã được công nhận không ma túy', 'people', 'lower'),
    ('school-session-share', 'Tỷ lệ cơ sở giáo dục phổ thông, giáo dục nghề nghiệp tổ chức ít nhất 01 buổi sinh hoạt chuyên đề phòng, chống ma túy mỗi năm học', 'percent', 'higher'),
    ('commune-model-share', 'Tỷ lệ xã, phường duy trì ít nhất 01 mô hình phòng, chống ma túy tại cộng đồng hoạt động hiệu quả', 'percent', 'higher'),
    ('commune-reviewed-share', 'Tỷ lệ xã, phường được rà soát, đánh giá, phân loại theo tiêu chí địa bàn trọng điểm, phức tạp về ma túy', 'percent', 'higher'),
    ('drug-free-commune-share', 'Tỷ lệ xã, phường được công nhận "xã, phường không ma túy"', 'percent', 'higher'),
    ('drug-free-commune-count', 'Số xã, phường được công nhận "xã, phường không ma túy" (lũy kế)', 'units', 'higher'),
]
indicators_json = [{'id': i, 'name': n, 'unit': u, 'direction': d} for i, n, u, d in indicators]

# ---------------------------------------------------------------- targets
T = []
def tgt(section, line, indicator, text, comparator, unit, value=None, measure='level', scope=None,
        deadline=None, implied=False, recurrence=None, baseline=None, areas=None, of=None):
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
    if of:
        t['of'] = of
    if scope:
        t['scope'] = scope
    t['deadline'] = {'year': deadline, 'implied': implied} if deadline else None
    if recurrence:
        t['recurrence'] = recurrence
    if baseline:
        t['baseline'] = baseline
    T.append(t)

tgt('II.2.1', 28, 'drug-crime-cases-detected-growth',
    'Hằng năm, số vụ phạm tội về ma túy bị phát hiện, bắt giữ tăng trên 5% so với năm trước',
    'more-than', 'percent-per-year', 5, measure='increase', recurrence='yearly',
    baseline={'stated': False, 'text': 'so với năm trước'}, areas=['supply'],
    scope={'text': 'số vụ phạm tội về ma túy bị phát hiện, bắt giữ'})
tgt('II.2.1', 28, 'transnational-cases-growth',
    'số vụ mua bán, vận chuyển trái phép chất ma túy qua biên giới bị phát hiện, bắt giữ tăng ít nhất 10%/năm',
    'at-least', 'percent-per-year', 10, measure='increase', recurrence='yearly', areas=['supply'],
    scope={'text': 'số vụ mua bán, vận chuyển trái phép chất ma túy qua biên giới'})
tgt('II.2.1', 29, 'drug-venue-eradication-share',
    'Phát hiện, triệt xóa không dưới 90% số điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy đã được xác định trên địa bàn.',
    'at-least', 'percent', 90, areas=['supply'],
    scope={'text': 'điểm, tụ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy đã được xác định trên địa bàn'})
tgt('II.2.1', 30, 'illegal-cultivation-destroyed-share',
    '100% diện tích trồng cây có chứa chất ma túy (cây thuốc phiện, cây cần sa) được phát hiện và triệt phá ngay trong vụ gieo trồng',
    'equal', 'percent', 100, areas=['supply'],
    scope={'text': 'diện tích trồng cây có chứa chất ma túy (cây thuốc phiện, cây cần sa)'})
tgt('II.2.1', 30, 'illegal-cultivation-replanting',
    'không để phát sinh diện tích tái trồng tại các xã vùng cao, biên giới',
    'none', 'count', areas=['supply'], scope={'text': 'các xã vùng cao, biên giới', 'unitKind': 'commune'})
tgt('II.2.2', 32, 'user-management-file-share',
    'Hết năm 2027, đạt 100% người nghiện ma túy, người sử dụng trái phép chất ma túy trên địa bàn tỉnh được lập hồ sơ quản lý theo quy định.',
    'equal', 'percent', 100, deadline=2027, areas=['demand'],
    scope={'text': 'người nghiện ma túy, người sử dụng trái phép chất ma túy trên địa bàn tỉnh', 'unitKind': 'person'})
tgt('II.2.2', 33, 'addict-count-reduction',
    'Đến năm 2030, số người nghiện ma túy có hồ sơ quản lý giảm ít nhất 10% so với năm 2025.',
    'at-least', 'percent', 10, measure='decrease', deadline=2030, areas=['demand'],
    baseline={'stated': False, 'year': 2025, 'text': 'so với năm 2025'},
    scope={'text': 'số người nghiện ma túy có hồ sơ quản lý', 'unitKind': 'person'})
tgt('II.2.2', 34, 'rehab-counselling-share',
    'Ít nhất 80% người nghiện ma túy, người sử dụng trái phép chất ma túy được tư vấn, hỗ trợ về y tế, tâm lý, xã hội.',
    'at-least', 'percent', 80, areas=['demand', 'harm'],
    scope={'text': 'người nghiện ma túy, người sử dụng trái phép chất ma túy', 'unitKind': 'person'})
tgt('II.2.2', 35, 'methadone-patients',
    'Duy trì điều trị nghiện các chất dạng thuốc phiện bằng thuốc thay thế Methadone cho không dưới 2.500 bệnh nhân mỗi năm.',
    'at-least', 'count', 2500, recurrence='yearly', areas=['harm'],
    scope={'text': 'bệnh nhân', 'unitKind': 'person'})
tgt('II.2.2', 36, 'compliant-rehab-facility-share',
    'Trong năm 2026, 100% cơ sở cai nghiện ma túy công lập trên địa bàn tỉnh đáp ứng đầy đủ điều kiện, tiêu chuẩn theo quy định của Nghị định số 116/2021/NĐ-CP.',
    'equal', 'percent', 100, deadline=2026, areas=['demand'],
    scope={'text': 'cơ sở cai nghiện ma túy công lập trên địa bàn tỉnh', 'unitKind': 'facility'})
tgt('II.2.2', 37, 'new-addicts',
    'Không để phát sinh người nghiện mới tại các xã, phường đã được công nhận không ma túy.',
    'none', 'count', areas=['demand'],
    scope={'text': 'các xã, phường đã được công nhận không ma túy', 'unitKind': 'person'})
tgt('II.2.3', 39, 'school-session-share',
    '100% cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về phòng, chống ma túy trong mỗi năm học.',
    'equal', 'percent', 100, recurrence='per-school-year', areas=['propaganda'],
    scope={'text': 'cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh', 'unitKind': 'school'})
tgt('II.2.3', 40, 'commune-model-share',
    '100% xã, phường xây dựng, duy trì ít nhất 01 mô hình phòng, chống ma túy tại cộng đồng hoạt động hiệu quả.',
    'equal', 'percent', 100, areas=['propaganda', 'demand'],
    scope={'text': 'xã, phường', 'unitKind': 'commune', 'denominator': 99})
tgt('II.2.4', 42, 'commune-reviewed-share',
    'Hết năm 2027, 100% xã, phường được rà soát, đánh giá, phân loại theo tiêu chí địa bàn trọng điểm, phức tạp về ma túy.',
    'equal', 'percent', 100, deadline=2027, areas=['supply'],
    scope={'text': 'xã, phường', 'unitKind': 'commune', 'denominator': 99})
tgt('II.2.4', 43, 'drug-free-commune-share',
    'Phấn đấu đến năm 2030 có ít nhất 50% số xã, phường trên địa bàn tỉnh được công nhận "xã, phường không ma túy".',
    'at-least', 'percent', 50, deadline=2030, areas=['demand'],
    scope={'text': 'số xã, phường trên địa bàn tỉnh', 'unitKind': 'commune', 'denominator': 99})

# ---------------------------------------------------------------- roadmap (one line)
RL = 44
steps = []
for yr, txt, val, share in [(2026, 'năm 2026: 20 xã, phường', 20, None),
                            (2027, 'năm 2027: 32 xã, phường', 32, None),
                            (2028, 'năm 2028: 40 xã, phường', 40, None),
                            (2029, 'năm 2029: 46 xã, phường', 46, None),
                            (2030, 'năm 2030: 50/99 xã, phường (đạt 50,5%)', 50, '50,5%')]:
    D.check(RL, txt)
    st = {'year': yr, 'line': RL, 'text': txt, 'value': val}
    if share:
        st['statedShare'] = share
    steps.append(st)
roadmaps = [{'id': 'II.2.4#roadmap', 'section': 'II.2.4', 'line': RL, 'indicator': 'drug-free-commune-count',
             'of': 99, 'areas': ['demand'], 'steps': steps}]

# ---------------------------------------------------------------- assignments
A = Assign()
def due(date, text, line):
    D.check(line, text)
    return {'date': date, 'text': text}
def rec(freq, text, line, day=None):
    D.check(line, text)
    r = {'frequency': freq, 'text': text}
    if day:
        r['day'] = day
    return r

# IV.1 Công an tỉnh
A.duty('IV.1', 62, D.body(62),
       [('cong-an-tinh', 'lead', ['cac-so-nganh', 'ubnd-xa']),
        ('cac-so-nganh', 'coordinate', ['cong-an-tinh']),
        ('ubnd-xa', 'coordinate', ['cong-an-tinh'])],
       rec=rec('periodic', 'định kỳ báo cáo Ủy ban nhân dân tỉnh, Bộ Công an theo quy định', 62),
       areas=['cross-cutting'])
A.duty('IV.1', 63, D.body(63), [('cong-an-tinh', 'lead', [])],
       due=due('2026-06-30', 'hoàn thành trước ngày 30/6/2026', 63), areas=['cross-cutting'])
A.duty('IV.1', 64, D.body(64), lead_with_partners('cong-an-tinh', ['bdbp-tinh', 'ubnd-xa']),
       due=due('2026-09-30', 'hoàn thành đợt rà soát đầu tiên trong quý III/2026', 64), areas=['supply'])
A.duty('IV.1', 65, D.body(65), [('cong-an-tinh', 'lead', ['cong-an-xa'])], areas=['supply', 'demand'])
A.duty('IV.1', 66, D.body(66), [('cong-an-tinh', 'lead', ['co-so-cai-nghien-tinh'])], areas=['demand'])
A.duty('IV.1', 67, D.body(67), [('cong-an-tinh', 'coordinate', ['so-gddt', 'doan-thanh-nien'])], areas=['propaganda'])
A.duty('IV.1', 68, D.body(68), [('cong-an-tinh', 'lead', [])],
       due=due('2028-12-31', 'sơ kết giữa kỳ thực hiện Kế hoạch vào quý IV/2028', 68), areas=['cross-cutting'])
A.duty('IV.1', 68, D.body(68), [('cong-an-tinh', 'lead', [])],
       due=due('2030-12-31', 'tổng kết vào quý IV/2030', 68), areas=['cross-cutting'])
# IV.2 BĐBP
A.duty('IV.2', 70, D.body(70), lead_with_partners('bdbp-tinh', ['cong-an-tinh', 'hai-quan']), areas=['supply'])
A.duty('IV.2', 71, D.body(71), [('bdbp-tinh', 'lead', ['don-bien-phong'])], areas=['supply', 'propaganda'])
A.duty('IV.2', 72, D.body(72), [('bdbp-tinh', 'coordinate', ['cong-an-tinh'])], areas=['supply', 'cross-cutting'])
# IV.3 BCHQS
A.duty('IV.3', 74, D.body(74), [('bchqs-tinh', 'lead', ['cong-an-tinh', 'bdbp-tinh'])],
       rec=rec('yearly', 'hằng năm', 74), areas=['supply', 'demand'])
# IV.4 Sở Y tế
A.duty('IV.4', 76, D.body(76), lead_with_partners('so-y-te', ['cong-an-tinh']),
       due=due('2026-10-31', 'trong tháng 10/2026 hoàn thành tập huấn', 76), areas=['demand'])
A.duty('IV.4', 77, D.body(77), [('so-y-te', 'lead', [])], areas=['harm', 'supply'])
A.duty('IV.4', 78, D.body(78), [('so-y-te', 'lead', ['co-so-dieu-tri-methadone'])],
       rec=rec('monthly', 'trước ngày 20 hằng tháng', 78, day=20), areas=['harm'])
# IV.5 Sở GDĐT
A.duty('IV.5', 80, D.line(80), lead_with_partners('so-gddt', ['cong-an-tinh', 'doan-thanh-nien']),
       due=due('2026-11-30', 'hoàn thành trước ngày 30/11/2026', 80), areas=['propaganda'])
# IV.6 Sở Nội vụ
A.duty('IV.6', 82, D.body(82), lead_with_partners('so-noi-vu', ['cong-an-tinh', 'ubnd-xa']), areas=['demand'])
A.duty('IV.6', 83, D.body(83), [('so-noi-vu', 'lead', [])], rec=rec('yearly', 'hằng năm', 83), areas=['cross-cutting'])
# IV.7 Sở VHTTDL; Báo và PTTH (two bodies, two sentences on one line)
A.duty('IV.7', 85, D.span(85, 'Sở Văn hóa, Thể thao và Du lịch chủ trì', 'hoạt động văn hóa, thể thao.'),
       lead_with_partners('so-vhttdl', ['cong-an-tinh']), areas=['supply', 'propaganda'])
A.duty('IV.7', 85, D.span(85, 'Báo và Phát thanh, Truyền hình Lào Cai duy trì'),
       [('bao-ptth', 'lead', [])], rec=rec('periodic', 'định kỳ hằng tuần', 85), areas=['propaganda'])
# IV.8 Sở NN&MT
A.duty('IV.8', 87, D.line(87), lead_with_partners('so-nnmt', ['bdbp-tinh', 'cong-an-tinh', 'ubnd-xa']),
       due=due('2026-06-30', 'hoàn thành trong quý II năm 2026', 87), areas=['supply'])
# IV.9 Sở Công Thương; Sở KH&CN
A.duty('IV.9', 89, D.span(89, 'Sở Công Thương quản lý', 'xử lý vi phạm.'), [('so-cong-thuong', 'lead', [])], areas=['supply'])
A.duty('IV.9', 89, D.span(89, 'Sở Khoa học và Công nghệ phối hợp'),
       [('so-khcn', 'coordinate', ['cong-an-tinh', 'bao-ptth'])], areas=['propaganda', 'supply'])
# IV.10 Sở Tài chính
A.duty('IV.10', 91, D.line(91), [('so-tai-chinh', 'lead', [])], rec=rec('yearly', 'hằng năm', 91), areas=['cross-cutting'])
# IV.11 Sở DT&TG
A.duty('IV.11', 93, D.line(93), [('so-dan-toc-ton-giao', 'coordinate', ['cong-an-tinh', 'bdbp-tinh'])], areas=['propaganda'])
# IV.12 Sở Tư pháp
A.duty('IV.12', 95, D.line(95), lead_with_partners('so-tu-phap', ['cong-an-tinh']), areas=['propaganda'])
# IV.13 Hải quan (đề nghị in heading)
A.duty('IV.13', 97, D.line(97), [('hai-quan', 'requested', ['cong-an-tinh', 'bdbp-tinh'])], areas=['supply'])
# IV.14 VKS, TAND (đề nghị in heading)
A.duty('IV.14', 99, D.span(99, 'Phối hợp chặt chẽ với Công an tỉnh', 'răn đe, phòng ngừa'),
       [('vks-tinh', 'requested', ['cong-an-tinh']), ('toa-an-tinh', 'requested', ['cong-an-tinh'])], areas=['supply'])
A.duty('IV.14', 99, D.span(99, 'Tòa án nhân dân tỉnh xem xét'), [('toa-an-tinh', 'requested', [])], areas=['demand'])
# IV.15 MTTQ and unions
unions = ['hoi-phu-nu', 'doan-thanh-nien', 'hoi-nong-dan', 'hoi-cuu-chien-binh', 'lien-doan-lao-dong']
A.duty('IV.15', 101, D.span(101, 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì', 'tại cơ sở.'),
       [('mttq-tinh', 'requested', unions)] + [(u, 'coordinate', ['mttq-tinh']) for u in unions], areas=['propaganda'])
A.duty('IV.15', 101, D.span(101, 'Đề nghị Tỉnh đoàn chủ trì'), [('doan-thanh-nien', 'requested', [])],
       rec=rec('yearly', 'hằng năm', 101), areas=['propaganda'])
# IV.16 các sở, ban, ngành
A.duty('IV.16', 103, D.line(103), [('cac-so-nganh', 'lead', ['cong-an-tinh'])],
       due=due('2026-04-15', 'chậm nhất ngày 15/4/2026', 103), areas=['cross-cutting'])
# IV.17 UBND xã
A.duty('IV.17', 105, D.body(105), [('ubnd-xa', 'lead', [])],
       due=due('2026-04-15', 'trước ngày 15/4/2026', 105), areas=['cross-cutting'])
A.duty('IV.17', 106, D.body(106), [('ubnd-xa', 'lead', ['cong-an-xa'])], areas=['demand'])
A.duty('IV.17', 107, D.body(107), [('ubnd-xa', 'lead', [])], rec=rec('yearly', 'hằng năm', 107), areas=['supply'])
A.duty('IV.17', 108, D.body(108), [('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('quarterly', 'hằng quý, trước ngày 15 của tháng cuối quý', 108, day=15), areas=['cross-cutting'])
# IV.18 reporting (two duties per body, as in hung-yen V.2)
A.duty('IV.18', 110, D.line(110), [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('half-yearly', 'định kỳ 6 tháng', 110), areas=['cross-cutting'])
A.duty('IV.18', 110, D.line(110), [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('yearly', 'hằng năm', 110), areas=['cross-cutting'])
# closing paragraph (section IV, as hung-yen V#1)
A.duty('IV', 111, D.span(111, 'nếu có khó khăn, vướng mắc', 'xem xét, chỉ đạo'),
       [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh']),
        ('cong-an-tinh', 'lead', ['cac-so-nganh', 'ubnd-xa'])], areas=['cross-cutting'])
assignments = A.build()

# ---------------------------------------------------------------- reporting duties
R = []
def rep(id, section, line, text, frm, to, freq, **kw):
    D.check(line, text); D.check(line, to)
    r = {'id': id, 'section': section, 'line': line, 'text': text, 'from': frm, 'to': to, 'frequency': freq}
    r.update(kw)
    R.append(r)
rep('IV.1#report-periodic', 'IV.1', 62, D.body(62), ['cong-an-tinh'], 'Ủy ban nhân dân tỉnh, Bộ Công an', 'periodic')
rep('IV.4#report-methadone', 'IV.4', 78, D.body(78), ['co-so-dieu-tri-methadone'],
    'Công an tỉnh (qua Phòng Cảnh sát điều tra tội phạm về ma túy)', 'monthly')
rep('IV.16#report-plan', 'IV.16', 103, D.line(103), ['cac-so-nganh'], 'Công an tỉnh', 'once', dueDate='2026-04-15')
rep('IV.17#report-registration', 'IV.17', 105, D.body(105), ['ubnd-xa'], 'Ủy ban nhân dân tỉnh (qua Công an tỉnh)',
    'once', dueDate='2026-04-15')
rep('IV.17#report-quarterly', 'IV.17', 108, D.body(108), ['ubnd-xa'], 'Công an tỉnh', 'quarterly')
rep('IV.18#report-half-yearly', 'IV.18', 110, D.line(110), ['cac-so-nganh', 'ubnd-xa'],
    'Công an tỉnh (cơ quan thường trực)', 'half-yearly', dueMonthDay='06-15')
rep('IV.18#report-yearly', 'IV.18', 110, D.line(110), ['cac-so-nganh', 'ubnd-xa'],
    'Công an tỉnh (cơ quan thường trực)', 'yearly', dueMonthDay='12-15')

title = 'KẾ HOẠCH ' + D.line(8)
plan = {
    'format': 1, 'id': 'lao-cai-2026', 'title': title,
    'issuer': 'Ủy ban nhân dân tỉnh Lào Cai',
    'locality': {'name': 'Lào Cai', 'level': 'province'},
    'documentNumber': '145/KH-UBND', 'documentDate': '2026-03-12',
    'period': {'from': 2026, 'to': 2030},
    'source': {'text': 'lao-cai-2026.txt'},
    'legalBases': legal, 'agencies': agencies_json, 'sections': S, 'indicators': indicators_json,
    'targets': T, 'roadmaps': roadmaps, 'assignments': assignments, 'reportingDuties': R,
}
errs = verify_plan(plan, D)
print('\n'.join(errs) or 'quotes ok')
used = {a['agency'] for a in assignments} | {w for a in assignments for w in a.get('with', [])} | {f for r in R for f in r['from']}
print('unused agencies:', [a['id'] for a in agencies_json if a['id'] not in used])
json.dump(plan, open('../lao-cai-2026.plan.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(T), 'targets;', len(assignments), 'assignment entries;', len(A.duties), 'duties;', len(R), 'reporting duties')
