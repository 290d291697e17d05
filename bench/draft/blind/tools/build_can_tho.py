import json, sys, re
sys.path.insert(0, '.')
from planlib import Doc, Assign, lead_with_partners, verify_plan

D = Doc('../can-tho-2026.txt')
F = D.find

def sec(id, label, title, parent, line, text=None, areas=None):
    s = {'id': id, 'label': label, 'title': title, 'parent': parent, 'line': line}
    if text is not None:
        s['text'] = text
    if areas:
        s['areas'] = areas
    assert D.line(line).startswith(label), (line, label)
    if title:
        D.check(line, title)
    if text:
        D.check(line, text)
    return s

def first_sentence(line):
    b = D.body(line)
    m = re.search(r'[.;](\s|$)', b)
    return b[:m.start() + 1] if m else b

# ---------------------------------------------------------------- legal bases
legal = [
    {'id': 'qd-1286-qd-ubnd', 'line': 9,
     'text': D.span(9, 'Quyết định số 1286/QĐ-UBND', 'an ninh Tổ quốc thành phố Cần Thơ'),
     'number': '1286/QĐ-UBND', 'date': '2025-08-22', 'issuer': 'Ủy ban nhân dân thành phố Cần Thơ'},
    {'id': 'kl-132-kl-tw', 'line': 10,
     'text': D.span(10, 'Kết luận số 132-KL/TW ngày 18/3/2025', 'phòng, chống và kiểm soát ma túy'),
     'number': '132-KL/TW', 'date': '2025-03-18', 'issuer': 'Bộ Chính trị'},
    {'id': 'ct-36-ct-tw', 'line': 10,
     'text': D.span(10, 'Chỉ thị số 36-CT/TW', 'phòng, chống và kiểm soát ma túy'),
     'number': '36-CT/TW', 'date': '2019-08-16', 'issuer': 'Bộ Chính trị'},
    {'id': 'nq-93-nq-cp', 'line': 10,
     'text': D.span(10, 'Nghị quyết số 93/NQ-CP', 'Kế hoạch thực hiện Kết luận số 132-KL/TW'),
     'number': '93/NQ-CP', 'date': '2025-04-16', 'issuer': 'Chính phủ'},
    {'id': 'nq-50-nq-cp', 'line': 10,
     'text': D.span(10, 'Nghị quyết số 50/NQ-CP', 'phòng, chống ma túy đến năm 2030'),
     'number': '50/NQ-CP', 'date': '2025-03-13', 'issuer': 'Chính phủ'},
    {'id': 'nq-163-2024-qh15', 'line': 10,
     'text': D.span(10, 'Nghị quyết số 163/2024/QH15', 'phòng, chống ma túy đến năm 2030'),
     'number': '163/2024/QH15', 'date': '2024-11-27', 'issuer': 'Quốc hội'},
    {'id': 'ct-08-ct-ubnd', 'line': 10,
     'text': D.span(10, 'Chỉ thị số 08/CT-UBND', 'năm 2026'),
     'number': '08/CT-UBND', 'date': '2026-01-15', 'issuer': 'Chủ tịch Ủy ban nhân dân thành phố Cần Thơ'},
]

# ---------------------------------------------------------------- agencies
agencies = [
    ('cong-an-tinh', 'Công an thành phố', 'police', 'province', None),
    ('so-tu-phap', 'Sở Tư pháp', 'justice', 'province', None),
    ('so-noi-vu', 'Sở Nội vụ', 'home-affairs', 'province', None),
    ('van-phong-ubnd', 'Văn phòng Ủy ban nhân dân thành phố', 'office', 'province', None),
    ('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch', 'culture', 'province', None),
    ('bao-ptth', 'Báo và Phát thanh, Truyền hình Cần Thơ', 'media', 'province', None),
    ('doan-thanh-nien', 'Thành đoàn', 'youth-union', 'province', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ'),
    ('bdbp-tinh', 'Bộ Chỉ huy Bộ đội Biên phòng thành phố', 'border-guard', 'province', None),
    ('hai-quan', 'Chi cục Hải quan khu vực XIX', 'customs', 'unit', None),
    ('so-y-te', 'Sở Y tế', 'health', 'province', None),
    ('ubnd-xa', 'Ủy ban nhân dân các xã, phường', 'commune-committee', 'commune', None),
    ('so-tai-chinh', 'Sở Tài chính', 'finance', 'province', None),
    ('so-gddt', 'Sở Giáo dục và Đào tạo', 'education', 'province', None),
    ('mttq-tinh', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'fatherland-front', 'province', None),
    ('cac-so-nganh', 'các sở, ban, ngành thành viên Ban Chỉ đạo thành phố', 'group', 'province', None),
    ('phong-pc04', 'Phòng Cảnh sát điều tra tội phạm về ma túy', 'police', 'unit', 'Phòng Cảnh sát điều tra tội phạm về ma túy - Công an thành phố'),
    ('buu-dien-can-tho', 'Bưu điện thành phố Cần Thơ', 'enterprise', 'unit', None),
    ('doanh-nghiep-buu-chinh', 'các doanh nghiệp cung cấp dịch vụ bưu chính, chuyển phát', 'enterprise', 'unit', None),
    ('co-so-cai-nghien-tinh', 'Cơ sở cai nghiện ma túy thành phố', 'other', 'province', None),
    ('canh-sat-bien-vung-4', 'Bộ Tư lệnh Vùng Cảnh sát biển 4', 'coast-guard', 'unit', None),
    ('bchqs-tinh', 'Bộ Chỉ huy Quân sự thành phố', 'military', 'province', None),
    ('hoi-doan-ket-su-sai', 'Hội Đoàn kết Sư sãi yêu nước thành phố', 'other', 'province', None),
    ('so-dan-toc-ton-giao', 'Sở Dân tộc và Tôn giáo', 'ethnic-religion', 'province', None),
    ('ban-quan-ly-kcn', 'Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ', 'other', 'province', None),
    ('lien-doan-lao-dong', 'Liên đoàn Lao động thành phố', 'labour-union', 'province', None),
    ('so-cong-thuong', 'Sở Công Thương', 'industry-trade', 'province', None),
    ('so-nnmt', 'Sở Nông nghiệp và Môi trường', 'agriculture-environment', 'province', None),
    ('so-khcn', 'Sở Khoa học và Công nghệ', 'science-technology', 'province', None),
    ('vks-tinh', 'Viện Kiểm sát nhân dân thành phố', 'procuracy', 'province', None),
    ('toa-an-tinh', 'Tòa án nhân dân thành phố', 'court', 'province', None),
    ('hoi-phu-nu', 'Hội Liên hiệp Phụ nữ thành phố', 'women-union', 'province', None),
    ('hoi-nong-dan', 'Hội Nông dân thành phố', 'farmers-union', 'province', None),
    ('hoi-cuu-chien-binh', 'Hội Cựu chiến binh thành phố', 'veterans-union', 'province', None),
    ('cong-an-xa', 'Công an các xã, phường', 'police', 'commune', None),
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
S.append(sec('I', 'I.', 'MỤC ĐÍCH, YÊU CẦU', None, 12, areas=['cross-cutting']))
S.append(sec('II', 'II.', 'MỤC TIÊU, CHỈ TIÊU', None, 17))
S.append(sec('II.1', '1.', 'Mục tiêu tổng quát', 'II', 18, areas=['cross-cutting']))
S.append(sec('II.2', '2.', 'Chỉ tiêu năm 2026', 'II', 20))
for ln, lab, sid, ar in [(21, 'a)', 'a', ['supply']), (22, 'b)', 'b', ['supply']), (23, 'c)', 'c', ['demand']),
                         (24, 'd)', 'd', ['demand']), (25, 'đ)', 'dd', ['propaganda']), (26, 'e)', 'e', ['propaganda'])]:
    S.append(sec(f'II.2.{sid}', lab, None, 'II.2', ln, text=first_sentence(ln), areas=ar))
S.append(sec('II.3', '3.', 'Chỉ tiêu đến năm 2030', 'II', 27))
S.append(sec('II.4', '4.', 'Lộ trình xây dựng xã, phường không ma túy', 'II', 33, areas=['demand']))
S.append(sec('III', 'III.', 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', None, 41))
iii_areas = {1: ['cross-cutting'], 2: ['propaganda'], 3: ['supply'], 4: ['demand'], 5: ['harm'], 6: ['propaganda'], 7: ['demand']}
for ln in range(42, 63):
    m = re.match(r'^([0-9]+)\. (.*)$', D.line(ln))
    if m:
        k = int(m.group(1))
        S.append(sec(f'III.{k}', f'{k}.', m.group(2), 'III', ln, areas=iii_areas[k]))
S.append(sec('IV', 'IV.', 'TỔ CHỨC THỰC HIỆN', None, 63))
parent = None
for ln in range(64, 93):
    l = D.line(ln)
    m = re.match(r'^([0-9]+)\. (.*)$', l)
    if m:
        k = int(m.group(1)); parent = f'IV.{k}'
        rest = m.group(2)
        # a heading is short and names the body only; otherwise the item is a paragraph
        if len(rest) < 90 and not rest.endswith('.'):
            S.append(sec(parent, f'{k}.', rest, 'IV', ln))
        else:
            S.append(sec(parent, f'{k}.', None, 'IV', ln, text=first_sentence(ln)))
        continue
    m = re.match(r'^([a-zđ])\) ', l)
    if m:
        lab = m.group(1); sid = 'dd' if lab == 'đ' else lab
        S.append(sec(f'{parent}.{sid}', f'{lab})', None, parent, ln, text=first_sentence(ln)))
S.append(sec('V', 'V.', 'CHẾ ĐỘ THÔNG TIN, BÁO CÁO', None, 93, areas=['cross-cutting']))
S.append(sec('V.1', '1.', None, 'V', 94, text=first_sentence(94)))
S.append(sec('V.2', '2.', None, 'V', 95, text=first_sentence(95)))

# ---------------------------------------------------------------- indicators
indicators = [
    ('drug-crime-cases-detected-growth', 'Mức tăng số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ so với năm 2025', 'percent', 'higher'),
    ('express-delivery-cases-growth', 'Mức tăng số vụ mua bán, vận chuyển trái phép chất ma túy qua dịch vụ bưu chính, chuyển phát bị phát hiện', 'percent', 'higher'),
    ('drug-venue-eradication-share', 'Tỷ lệ điểm, tụ điểm phức tạp về ma túy được phát hiện, triệt xóa', 'percent', 'higher'),
    ('new-drug-venues', 'Điểm, tụ điểm phức tạp về ma túy mới hình thành', 'count', 'lower'),
    ('user-management-file-share', 'Tỷ lệ người sử dụng trái phép chất ma túy được lập hồ sơ quản lý', 'percent', 'higher'),
    ('addict-rehab-measure-share', 'Tỷ lệ người nghiện ma túy có hồ sơ quản lý được áp dụng biện pháp cai nghiện phù hợp', 'percent', 'higher'),
    ('drug-free-commune-share', 'Tỷ lệ xã, phường được công nhận "xã, phường không ma túy"', 'percent', 'higher'),
    ('drug-free-commune-count', 'Số xã, phường được công nhận "xã, phường không ma túy" (lũy kế)', 'units', 'higher'),
    ('media-column-share', 'Tỷ lệ cơ quan báo chí của thành phố có chuyên trang, chuyên mục về phòng, chống ma túy', 'percent', 'higher'),
    ('worker-reached-share', 'Tỷ lệ công nhân, người lao động tại các khu công nghiệp được tuyên truyền về tác hại của ma túy', 'percent', 'higher'),
    ('addict-count-reduction', 'Mức giảm số người nghiện ma túy có hồ sơ quản lý so với ngày 31/12/2025', 'percent', 'higher'),
    ('commune-health-station-share', 'Tỷ lệ trạm y tế xã, phường có nhân lực đủ điều kiện xác định tình trạng nghiện ma túy', 'percent', 'higher'),
    ('worker-drug-test-share', 'Tỷ lệ lao động tuyển dụng mới tại doanh nghiệp trong khu công nghiệp được xét nghiệm chất ma túy', 'percent', 'higher'),
    ('new-addicts', 'Người nghiện mới phát sinh là học sinh, sinh viên', 'people', 'lower'),
    ('methadone-dispensing-sites-new', 'Số cơ sở cấp phát thuốc Methadone mở thêm', 'count', 'higher'),
    ('school-session-share', 'Tỷ lệ trường THCS, THPT tổ chức ít nhất 01 buổi ngoại khóa về phòng, chống ma túy mỗi học kỳ', 'percent', 'higher'),
    ('mobile-trial-cases', 'Số vụ án ma túy điểm đưa ra xét xử lưu động', 'cases', 'higher'),
]
indicators_json = [{'id': i, 'name': n, 'unit': u, 'direction': d} for i, n, u, d in indicators]

# ---------------------------------------------------------------- targets
T = []
def tgt(section, line, indicator, text, comparator, unit, value=None, measure='level', scope=None,
        deadline=None, implied=False, recurrence=None, baseline=None, areas=None):
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

# II.2: "Chỉ tiêu năm 2026" -> year implied by the heading
tgt('II.2.a', 21, 'drug-crime-cases-detected-growth',
    'Số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ cao hơn năm 2025 ít nhất 5%',
    'at-least', 'percent', 5, measure='increase', deadline=2026, implied=True,
    baseline={'stated': False, 'year': 2025, 'text': 'cao hơn năm 2025'}, areas=['supply'],
    scope={'text': 'số vụ, số đối tượng phạm tội về ma túy bị phát hiện, bắt giữ'})
tgt('II.2.a', 21, 'express-delivery-cases-growth',
    'số vụ mua bán, vận chuyển trái phép chất ma túy qua dịch vụ bưu chính, chuyển phát bị phát hiện tăng trên 10%',
    'more-than', 'percent', 10, measure='increase', deadline=2026, implied=True,
    baseline={'stated': False, 'year': 2025}, areas=['supply'],
    scope={'text': 'số vụ mua bán, vận chuyển trái phép chất ma túy qua dịch vụ bưu chính, chuyển phát'})
tgt('II.2.b', 22, 'drug-venue-eradication-share',
    '100% điểm, tụ điểm phức tạp về ma túy được phát hiện, triệt xóa',
    'equal', 'percent', 100, deadline=2026, implied=True, areas=['supply'],
    scope={'text': 'điểm, tụ điểm phức tạp về ma túy'})
tgt('II.2.b', 22, 'new-drug-venues',
    'không để hình thành điểm, tụ điểm mới, nhất là tại các cơ sở kinh doanh karaoke, quán bar, vũ trường',
    'none', 'count', deadline=2026, implied=True, areas=['supply'],
    scope={'text': 'các cơ sở kinh doanh karaoke, quán bar, vũ trường'})
tgt('II.2.c', 23, 'user-management-file-share',
    'Tỷ lệ người sử dụng trái phép chất ma túy được lập hồ sơ quản lý đạt 100%',
    'equal', 'percent', 100, deadline=2026, implied=True, areas=['demand'],
    scope={'text': 'người sử dụng trái phép chất ma túy', 'unitKind': 'person'})
tgt('II.2.c', 23, 'addict-rehab-measure-share',
    'không dưới 85% người nghiện ma túy có hồ sơ quản lý được áp dụng biện pháp cai nghiện phù hợp',
    'at-least', 'percent', 85, deadline=2026, implied=True, areas=['demand'],
    scope={'text': 'người nghiện ma túy có hồ sơ quản lý', 'unitKind': 'person'})
tgt('II.2.d', 24, 'drug-free-commune-share',
    'Phấn đấu có ít nhất 20% số xã, phường được công nhận "xã, phường không ma túy".',
    'at-least', 'percent', 20, deadline=2026, implied=True, areas=['demand'],
    scope={'text': 'số xã, phường', 'unitKind': 'commune', 'denominator': 103})
tgt('II.2.dd', 25, 'media-column-share',
    '100% cơ quan báo chí của thành phố mở và duy trì chuyên trang, chuyên mục về phòng, chống ma túy.',
    'equal', 'percent', 100, deadline=2026, implied=True, areas=['propaganda'],
    scope={'text': 'cơ quan báo chí của thành phố'})
tgt('II.2.e', 26, 'worker-reached-share',
    'Trên 80% công nhân, người lao động tại các khu công nghiệp Trà Nóc, Hưng Phú, Sông Hậu, Tân Phú Thạnh và An Nghiệp được tuyên truyền về tác hại của ma túy.',
    'more-than', 'percent', 80, deadline=2026, implied=True, areas=['propaganda'],
    scope={'text': 'công nhân, người lao động tại các khu công nghiệp Trà Nóc, Hưng Phú, Sông Hậu, Tân Phú Thạnh và An Nghiệp', 'unitKind': 'person'})
# II.3: "Chỉ tiêu đến năm 2030" -> 2030 implied unless the bullet gives its own year
tgt('II.3', 28, 'drug-free-commune-share',
    'Trên 50% số xã, phường trên địa bàn thành phố được công nhận "xã, phường không ma túy".',
    'more-than', 'percent', 50, deadline=2030, implied=True, areas=['demand'],
    scope={'text': 'số xã, phường trên địa bàn thành phố', 'unitKind': 'commune', 'denominator': 103})
tgt('II.3', 29, 'addict-count-reduction',
    'Số người nghiện ma túy có hồ sơ quản lý giảm ít nhất 15% so với thời điểm ngày 31/12/2025.',
    'at-least', 'percent', 15, measure='decrease', deadline=2030, implied=True, areas=['demand'],
    baseline={'stated': False, 'year': 2025, 'text': 'so với thời điểm ngày 31/12/2025'},
    scope={'text': 'Số người nghiện ma túy có hồ sơ quản lý', 'unitKind': 'person'})
tgt('II.3', 30, 'commune-health-station-share',
    'Hết năm 2027, 100% trạm y tế xã, phường có nhân lực đủ điều kiện xác định tình trạng nghiện ma túy.',
    'equal', 'percent', 100, deadline=2027, implied=False, areas=['demand'],
    scope={'text': 'trạm y tế xã, phường', 'unitKind': 'health-facility'})
tgt('II.3', 31, 'worker-drug-test-share',
    '100% lao động được tuyển dụng mới tại các doanh nghiệp trong khu công nghiệp được xét nghiệm chất ma túy trước khi ký hợp đồng lao động.',
    'equal', 'percent', 100, deadline=2030, implied=True, areas=['demand'],
    scope={'text': 'lao động được tuyển dụng mới tại các doanh nghiệp trong khu công nghiệp', 'unitKind': 'person'})
tgt('II.3', 32, 'new-addicts',
    'Không để phát sinh người nghiện mới là học sinh, sinh viên.',
    'none', 'count', deadline=2030, implied=True, areas=['demand'],
    scope={'text': 'học sinh, sinh viên', 'unitKind': 'person'})
# targets inside task / duty paragraphs
tgt('III.5', 55, 'methadone-dispensing-sites-new',
    'Mở rộng thêm ít nhất 03 cơ sở cấp phát thuốc Methadone',
    'at-least', 'count', 3, deadline=2026, implied=True, areas=['harm'],
    scope={'text': 'trạm y tế xã, phường có nhiều người nghiện các chất dạng thuốc phiện'})
tgt('IV.6', 76, 'school-session-share',
    'bảo đảm 100% trường trung học cơ sở, trung học phổ thông tổ chức ít nhất 01 buổi ngoại khóa về phòng, chống ma túy trong mỗi học kỳ',
    'equal', 'percent', 100, recurrence='per-semester', areas=['propaganda'],
    scope={'text': 'trường trung học cơ sở, trung học phổ thông', 'unitKind': 'school'})
tgt('IV.14', 85, 'mobile-trial-cases',
    'lựa chọn ít nhất 04 vụ án điểm để đưa ra xét xử lưu động trong năm 2026',
    'at-least', 'count', 4, deadline=2026, implied=False, areas=['supply', 'propaganda'],
    scope={'text': 'các xã, phường trọng điểm'})

# ---------------------------------------------------------------- roadmap (table rows)
steps = []
for ln in range(36, 41):
    yr, frac, share = D.lines[ln - 1].split('\t')
    val, of = frac.split('/')
    steps.append({'year': int(yr), 'line': ln, 'text': D.line(ln), 'value': int(val), 'statedShare': share})
    assert of == '103'
roadmaps = [{'id': 'II.4#roadmap', 'section': 'II.4', 'line': 35, 'indicator': 'drug-free-commune-count',
             'of': 103, 'areas': ['demand'], 'steps': steps}]

# ---------------------------------------------------------------- assignments
A = Assign()
def due(date, text=None, line=None):
    d = {'date': date}
    if text:
        D.check(line, text); d['text'] = text
    return d
def rec(freq, text=None, line=None, day=None):
    r = {'frequency': freq}
    if text:
        D.check(line, text); r['text'] = text
    if day:
        r['day'] = day
    return r

# III: task paragraph on line N, "Cơ quan chủ trì ...; cơ quan phối hợp ...; thời gian ..." on line N+1.
# The assignment quotes the task (line N); body, role and deadline come from line N+1, so due/recurrence
# carry no quoted text (it is on the next line).
def task(section, line, lead, partners, due_=None, rec_=None, areas=None):
    nxt = D.line(line + 1)
    assert nxt.startswith('Cơ quan chủ trì:'), nxt
    A.duty(section, line, D.line(line), lead_with_partners(lead, partners), due=due_, rec=rec_, areas=areas)
task('III.1', 43, 'cong-an-tinh', ['so-tu-phap', 'so-noi-vu', 'van-phong-ubnd'], due_=due('2026-03-31'), areas=['cross-cutting'])
task('III.2', 46, 'so-vhttdl', ['cong-an-tinh', 'bao-ptth', 'doan-thanh-nien'], rec_=rec('yearly'), areas=['propaganda'])
task('III.3', 49, 'cong-an-tinh', ['bdbp-tinh', 'hai-quan'], due_=due('2026-06-30'), areas=['supply'])
task('III.4', 52, 'cong-an-tinh', ['so-y-te', 'ubnd-xa'], due_=due('2026-09-30'), areas=['demand'])
task('III.5', 55, 'so-y-te', ['cong-an-tinh', 'so-tai-chinh'], due_=due('2026-09-30'), areas=['harm'])
task('III.6', 58, 'so-gddt', ['cong-an-tinh', 'doan-thanh-nien'], due_=due('2026-10-31'), areas=['propaganda'])
task('III.7', 61, 'so-noi-vu', ['cong-an-tinh', 'mttq-tinh', 'ubnd-xa'], due_=due('2026-06-30'), areas=['demand'])

# IV.1 Công an thành phố
A.duty('IV.1.a', 65, D.body(65), [('cong-an-tinh', 'lead', ['cac-so-nganh', 'ubnd-xa'])], areas=['cross-cutting'])
A.duty('IV.1.b', 66, D.body(66),
       [('cong-an-tinh', 'lead', ['phong-pc04', 'buu-dien-can-tho', 'doanh-nghiep-buu-chinh']),
        ('buu-dien-can-tho', 'coordinate', ['phong-pc04'])], areas=['supply'])
A.duty('IV.1.c', 67, D.body(67), [('cong-an-tinh', 'lead', ['co-so-cai-nghien-tinh'])], areas=['demand'])
A.duty('IV.1.d', 68, D.body(68), lead_with_partners('cong-an-tinh', ['so-vhttdl']), areas=['supply'])
# IV.2 BĐBP
A.duty('IV.2', 69, D.body(69), lead_with_partners('bdbp-tinh', ['cong-an-tinh', 'hai-quan']), areas=['supply'])
# IV.3 Cảnh sát biển (đề nghị)
A.duty('IV.3', 70, D.body(70), [('canh-sat-bien-vung-4', 'requested', ['bdbp-tinh'])], areas=['supply'])
# IV.4 BCHQS
A.duty('IV.4', 71, D.body(71), [('bchqs-tinh', 'lead', ['cong-an-tinh'])], areas=['supply', 'demand'])
# IV.5 Sở Y tế
A.duty('IV.5.a', 73, D.body(73), [('so-y-te', 'lead', [])], areas=['demand', 'harm'])
A.duty('IV.5.b', 74, D.body(74), [('so-y-te', 'lead', ['cong-an-tinh', 'cong-an-xa'])],
       rec=rec('quarterly', 'Định kỳ hằng quý', 74, day=20), areas=['harm'])
# IV.6 Sở GDĐT
A.duty('IV.6', 76, D.line(76), [('so-gddt', 'lead', ['cong-an-tinh'])],
       rec=rec('per-semester', 'trong mỗi học kỳ', 76), areas=['propaganda'])
# IV.7 Sở Nội vụ
A.duty('IV.7', 77, D.body(77), [('so-noi-vu', 'lead', [])], areas=['cross-cutting', 'demand'])
# IV.8 Sở VHTTDL
A.duty('IV.8', 79, D.line(79), [('so-vhttdl', 'lead', ['cong-an-tinh'])], areas=['propaganda', 'supply'])
# IV.9 Báo và PTTH
A.duty('IV.9', 80, D.body(80), [('bao-ptth', 'lead', [])],
       rec=rec('periodic', 'định kỳ 02 kỳ/tháng', 80), areas=['propaganda'])
# IV.10 Sở DT&TG (phối hợp only)
A.duty('IV.10', 81, D.body(81), [('so-dan-toc-ton-giao', 'coordinate', ['hoi-doan-ket-su-sai'])], areas=['propaganda'])
# IV.11 Ban Quản lý KCN (Giao ... chủ trì)
A.duty('IV.11', 82, D.body(82), lead_with_partners('ban-quan-ly-kcn', ['lien-doan-lao-dong']), areas=['propaganda', 'demand'])
# IV.12 four departments in one sentence
four = ['so-tu-phap', 'so-cong-thuong', 'so-nnmt', 'so-khcn']
A.duty('IV.12', 83, D.body(83), [(a, 'lead', ['cong-an-tinh']) for a in four], areas=['propaganda', 'supply'])
# IV.13 Sở Tài chính
A.duty('IV.13', 84, D.body(84), [('so-tai-chinh', 'lead', [])], areas=['cross-cutting'])
# IV.14 VKS, TAND (đề nghị)
A.duty('IV.14', 85, D.body(85), [('vks-tinh', 'requested', ['cong-an-tinh']), ('toa-an-tinh', 'requested', ['cong-an-tinh'])],
       areas=['supply'])
# IV.15 MTTQ (đề nghị) + unions (second sentence, same đề nghị item)
A.duty('IV.15', 86, D.span(86, 'Đề nghị Ủy ban Mặt trận', 'tại khu dân cư.'), [('mttq-tinh', 'requested', [])], areas=['propaganda'])
un = ['doan-thanh-nien', 'hoi-phu-nu', 'hoi-nong-dan', 'hoi-cuu-chien-binh']
A.duty('IV.15', 86, D.span(86, 'Thành đoàn, Hội Liên hiệp Phụ nữ thành phố'), [(u, 'requested', []) for u in un], areas=['propaganda', 'demand'])
# IV.16 sở, ngành thành viên
A.duty('IV.16', 87, D.body(87), [('cac-so-nganh', 'lead', ['cong-an-tinh'])],
       due=due('2026-02-28', 'chậm nhất ngày 28/02/2026', 87), areas=['cross-cutting'])
# IV.17 UBND xã / Công an xã
A.duty('IV.17.a', 89, D.body(89), [('ubnd-xa', 'lead', [])],
       due=due('2026-02-28', 'chậm nhất ngày 28/02/2026', 89), areas=['cross-cutting'])
A.duty('IV.17.b', 90, D.body(90), [('ubnd-xa', 'lead', ['cong-an-tinh'])],
       due=due('2026-03-15', 'trước ngày 15/3/2026', 90), areas=['demand'])
A.duty('IV.17.c', 91, D.body(91), [('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('monthly', 'trước ngày 20 hằng tháng', 91, day=20), areas=['demand'])
A.duty('IV.17.d', 92, D.body(92), [('cong-an-xa', 'lead', ['ubnd-xa'])], areas=['demand'])
# V.1 reporting (two duties per body, as hung-yen V.2)
A.duty('V.1', 94, D.body(94), [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('half-yearly', 'định kỳ 6 tháng (trước ngày 15/6)', 94), areas=['cross-cutting'])
A.duty('V.1', 94, D.body(94), [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])],
       rec=rec('yearly', 'năm (trước ngày 15/12)', 94), areas=['cross-cutting'])
# V.2 Công an thành phố: three dated reports
A.duty('V.2', 95, D.body(95), [('cong-an-tinh', 'lead', [])],
       due=due('2026-06-20', 'kết quả 6 tháng trước ngày 20/6/2026', 95), areas=['cross-cutting'])
A.duty('V.2', 95, D.body(95), [('cong-an-tinh', 'lead', [])],
       due=due('2026-12-20', 'kết quả năm trước ngày 20/12/2026', 95), areas=['cross-cutting'])
A.duty('V.2', 95, D.body(95), [('cong-an-tinh', 'lead', [])],
       due=due('2027-01-31', 'báo cáo Ủy ban nhân dân thành phố trước ngày 31/01/2027', 95), areas=['cross-cutting'])
# closing paragraph
A.duty('V', 96, D.span(96, 'Yêu cầu các thành viên Ban Chỉ đạo thành phố', 'hướng dẫn, giải quyết'),
       [('cac-so-nganh', 'lead', ['cong-an-tinh']), ('ubnd-xa', 'lead', ['cong-an-tinh'])], areas=['cross-cutting'])
assignments = A.build()

# ---------------------------------------------------------------- reporting duties
R = []
def rep(id, section, line, text, frm, to, freq, **kw):
    D.check(line, text); D.check(line, to)
    r = {'id': id, 'section': section, 'line': line, 'text': text, 'from': frm, 'to': to, 'frequency': freq}
    r.update(kw)
    R.append(r)
rep('IV.5.b#report-methadone', 'IV.5.b', 74, D.body(74), ['so-y-te'], 'Công an thành phố', 'quarterly')
rep('IV.16#report-plan', 'IV.16', 87, D.body(87), ['cac-so-nganh'],
    'Cơ quan Thường trực Ban Chỉ đạo thành phố (Công an thành phố)', 'once', dueDate='2026-02-28')
rep('IV.17.b#report-registration', 'IV.17.b', 90, D.body(90), ['ubnd-xa'],
    'Cơ quan Thường trực Ban Chỉ đạo thành phố', 'once', dueDate='2026-03-15')
rep('IV.17.c#report-monthly', 'IV.17.c', 91, D.body(91), ['ubnd-xa'], 'Công an thành phố', 'monthly')
rep('V.1#report-half-yearly', 'V.1', 94, D.body(94), ['cac-so-nganh', 'ubnd-xa'],
    'Ban Chỉ đạo thành phố (qua Công an thành phố - Cơ quan Thường trực)', 'half-yearly', dueMonthDay='06-15')
rep('V.1#report-yearly', 'V.1', 94, D.body(94), ['cac-so-nganh', 'ubnd-xa'],
    'Ban Chỉ đạo thành phố (qua Công an thành phố - Cơ quan Thường trực)', 'yearly', dueMonthDay='12-15')
to_up = 'Ban Chỉ đạo thành phố, Ủy ban nhân dân thành phố và Bộ Công an (qua Cục Cảnh sát điều tra tội phạm về ma túy)'
rep('V.2#report-half-yearly', 'V.2', 95, D.body(95), ['cong-an-tinh'], to_up, 'half-yearly',
    dueMonthDay='06-20', dueDate='2026-06-20')
rep('V.2#report-yearly', 'V.2', 95, D.body(95), ['cong-an-tinh'], to_up, 'yearly',
    dueMonthDay='12-20', dueDate='2026-12-20')
rep('V.2#report-review', 'V.2', 95, D.body(95), ['cong-an-tinh'], 'Ủy ban nhân dân thành phố', 'once',
    dueDate='2027-01-31')

title = 'KẾ HOẠCH ' + D.line(8)
plan = {
    'format': 1, 'id': 'can-tho-2026', 'title': title,
    'issuer': 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc thành phố Cần Thơ',
    'locality': {'name': 'Cần Thơ', 'level': 'city'},
    'documentNumber': '27/KH-BCĐ', 'documentDate': '2026-02-05',
    'period': {'from': 2026, 'to': 2030},
    'source': {'text': 'can-tho-2026.txt'},
    'legalBases': legal, 'agencies': agencies_json, 'sections': S, 'indicators': indicators_json,
    'targets': T, 'roadmaps': roadmaps, 'assignments': assignments, 'reportingDuties': R,
}
errs = verify_plan(plan, D)
print('\n'.join(errs) or 'quotes ok')
used = {a['agency'] for a in assignments} | {w for a in assignments for w in a.get('with', [])} | {f for r in R for f in r['from']}
print('unused agencies:', [a['id'] for a in agencies_json if a['id'] not in used])
json.dump(plan, open('../can-tho-2026.plan.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(T), 'targets;', len(assignments), 'assignment entries;', len(A.duties), 'duties;', len(R), 'reporting duties')
for s in S: print(s['id'], s['label'], (s['title'] or s.get('text') or '')[:70])
