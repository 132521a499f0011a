"""A report as numbers and sentences, and the plain-text "one cell per line" layout of it.

Shared by make_layouts.py (this folder), ../prose/make_prose.py and ../city/make_city.py.
Every table 三 is built so that its identities hold: per column 一 + 二 = （七） + 四, （七） = the
sum of the result rows; per row 总计 = the six applicant columns; table 四: each 总计 = its four
results. No randomness that changes between runs: every report takes a seeded random.Random.
"""
import random

COLS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
COL_KEYS = ["natural_person", "commercial_enterprise", "research_institution",
            "social_welfare_org", "legal_service_org", "other_org", "total"]

# (key, group label, item label)
RESULTS_COMMON = [
    ("granted", "（一）予以公开", None),
    ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None),
    ("denied.state_secret", "（三）不予公开", "1.属于国家秘密"),
    ("denied.prohibited_by_law", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied.three_safeties_one_stability", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied.third_party_rights", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied.internal_affairs", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied.process_information", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied.enforcement_case_file", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied.administrative_query", "（三）不予公开", "8.属于行政查询事项"),
    ("unable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable.needs_creation", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unable.still_unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "（五）不予处理", "1.信访举报投诉类申请"),
    ("not_processed.duplicate", "（五）不予处理", "2.重复申请"),
    ("not_processed.publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("not_processed.excessive_repeated", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("not_processed.confirm_or_reissue", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
]
OTHER_2019 = [("other", "（六）其他处理", None)]
OTHER_2021 = [
    ("other.overdue_correction", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.unpaid_fee", "（六）其他处理",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "（六）其他处理", "3.其他"),
]
TOP = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "results": "三、本年度办理结果",
    "carried_forward": "四、结转下年度继续办理",
}
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
GROUP_KEYS = ["review", "litigation_direct", "litigation_after_review"]
CELL_KEYS = ["upheld", "corrected", "other", "pending", "total"]
T4_CELLS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

# Weights of each result row in the natural-person column, and of each column.
WEIGHTS = {
    "granted": .32, "partially_granted": .09, "denied.state_secret": .004,
    "denied.prohibited_by_law": .006, "denied.three_safeties_one_stability": .01,
    "denied.third_party_rights": .02, "denied.internal_affairs": .02,
    "denied.process_information": .02, "denied.enforcement_case_file": .01,
    "denied.administrative_query": .03, "unable.not_held": .22, "unable.needs_creation": .05,
    "unable.still_unclear": .03, "not_processed.petition_complaint": .04,
    "not_processed.duplicate": .03, "not_processed.publication": .005,
    "not_processed.excessive_repeated": .01, "not_processed.confirm_or_reissue": .01,
    "other": .03, "other.overdue_correction": .02, "other.unpaid_fee": .004, "other.other": .01,
}
COL_WEIGHTS = [1.0, .16, .01, .015, .04, .02]


def result_rows(template):
    return RESULTS_COMMON + (OTHER_2021 if template == "2021" else OTHER_2019)


def all_rows(template):
    """(key, top, group, item) for every data row of table 三, in printed order."""
    rows = [("new_received", TOP["new_received"], None, None),
            ("carried_over", TOP["carried_over"], None, None)]
    for key, group, item in result_rows(template):
        rows.append((key, TOP["results"], group, item))
    rows.append(("results_total", TOP["results"], "（七）总计", None))
    rows.append(("carried_forward", TOP["carried_forward"], None, None))
    return rows


def gen_t3(rng, template, size, carried_over=None, carried_forward=None):
    """Table 三 as {row key: [7 ints]} whose identities hold. size ~ the natural persons' 新收."""
    t3 = {}
    for key, _, _ in result_rows(template):
        vals = []
        for c in range(6):
            mean = size * WEIGHTS[key] * COL_WEIGHTS[c]
            v = round(mean * rng.uniform(0.4, 1.6)) if mean >= 0.5 else (1 if rng.random() < mean else 0)
            vals.append(v)
        t3[key] = vals
    def small(c):
        mean = size * 0.05 * COL_WEIGHTS[c]
        return round(mean * rng.uniform(0.5, 1.5)) if mean >= 0.5 else (1 if rng.random() < mean else 0)
    co = list(carried_over[:6]) if carried_over else [small(c) for c in range(6)]
    cf = list(carried_forward[:6]) if carried_forward else [small(c) for c in range(6)]
    res_total = [sum(t3[k][c] for k, _, _ in result_rows(template)) for c in range(6)]
    new = [res_total[c] + cf[c] - co[c] for c in range(6)]
    for c in range(6):
        if new[c] < 0:  # more carried over than handled: the rest is handled this year
            t3["granted"][c] += -new[c]
            res_total[c] += -new[c]
            new[c] = 0
    t3["new_received"], t3["carried_over"] = new, co
    t3["results_total"], t3["carried_forward"] = res_total, cf
    for k in t3:
        t3[k] = t3[k][:6] + [sum(t3[k][:6])]
    return t3


def rebalance(t3, template):
    """After result rows were set by hand: recompute 总计 cells, （七） and 一 (二 and 四 kept)."""
    for k in t3:
        t3[k] = t3[k][:6] + [sum(t3[k][:6])]
    keys = [k for k, _, _ in result_rows(template)]
    t3["results_total"] = [sum(t3[k][c] for k in keys) for c in range(7)]
    t3["new_received"] = [t3["results_total"][c] + t3["carried_forward"][c] - t3["carried_over"][c]
                          for c in range(7)]
    assert min(t3["new_received"]) >= 0
    return t3


def sum_t3(tables):
    keys = tables[0].keys()
    return {k: [sum(t[k][c] for t in tables) for c in range(7)] for k in keys}


def gen_t4(rng, size):
    """15 ints: review, litigation_direct, litigation_after_review; each 4 results + total."""
    out = []
    for g, scale in ((0, .04), (1, .02), (2, .01)):
        cells = []
        for w in (.5, .15, .1, .25):
            mean = size * scale * w
            cells.append(round(mean * rng.uniform(0.5, 1.5)) if mean >= 0.5 else (1 if rng.random() < mean * 2 else 0))
        out += cells + [sum(cells)]
    return out


def sum_t4(lists):
    return [sum(l[i] for l in lists) for i in range(15)]


def gen_t2(rng, template, size):
    """Table 二 as [(caption, [column labels], [(row label, [printed values])])]."""
    if template == "2019":
        made = rng.randint(1, 6)
        return [
            ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
             [("规章", ["0", "0", "0"]),
              ("规范性文件", [str(made), str(made), str(made + rng.randint(8, 40))])]),
            ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政许可", [str(rng.randint(20, 90)), "+%d" % rng.randint(1, 6), str(size * 11 + rng.randint(0, 99))]),
              ("其他对外管理服务事项", [str(rng.randint(3, 20)), "-%d" % rng.randint(1, 2), str(rng.randint(10, 300))])]),
            ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政处罚", [str(rng.randint(100, 400)), "-%d" % rng.randint(1, 9), str(rng.randint(50, 700))]),
              ("行政强制", [str(rng.randint(5, 30)), "0", str(rng.randint(0, 40))])]),
            ("第二十条第（八）项", ["上一年项目数量", "本年增/减"],
             [("行政事业性收费", [str(rng.randint(1, 9)), "0"])]),
            ("第二十条第（九）项", ["采购项目数量", "采购总金额"],
             [("政府集中采购", [str(rng.randint(3, 80)), "%.2f万元" % (rng.randint(1000, 90000) / 100)])]),
        ]
    issued, repealed = rng.randint(1, 6), rng.randint(0, 3)
    return [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", ["0", "0", "0"]),
          ("行政规范性文件", [str(issued), str(repealed), str(issued + rng.randint(10, 40))])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", [str(size * 13 + rng.randint(0, 99))])]),
        ("第二十条第（六）项", ["本年处理决定数量"],
         [("行政处罚", [str(rng.randint(20, 600))]), ("行政强制", [str(rng.randint(0, 40))])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"],
         [("行政事业性收费", ["%.2f" % (rng.randint(0, 9000) / 100)])]),
    ]


HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项"]


class Report:
    def __init__(self, issuer, year, template, seed, size=40, t3=None, t4=None, t2=None,
                 carried_over=None, carried_forward=None):
        self.issuer, self.year, self.template = issuer, year, template
        rng = random.Random(seed)
        self.rng = rng
        self.t3 = t3 or gen_t3(rng, template, size, carried_over, carried_forward)
        self.t4 = t4 or gen_t4(rng, size)
        self.t2 = t2 or gen_t2(rng, template, size)
        self.title = f"{issuer}{year}年政府信息公开工作年度报告"
        self.headings = list(HEADINGS)
        self.prose = default_prose(self)
        self.signature = []      # lines after section 六
        self.before = []         # lines before the title (chrome, crawler fields)
        self.after = []          # lines after the report (chrome)

    def truth(self):
        """The values every reader must find: for verify_identities.py."""
        return {
            "template": self.template, "year": self.year, "issuer": self.issuer,
            "applications": {k: v for k, v in self.t3.items()},
            "review_litigation": {g: dict(zip(CELL_KEYS, self.t4[i * 5:i * 5 + 5]))
                                  for i, g in enumerate(GROUP_KEYS)},
        }


def group_sum(t3, prefix, col=6):
    return sum(v[col] for k, v in t3.items() if k == prefix or k.startswith(prefix + "."))


def default_prose(r):
    """Sections 一, 五 and 六 (and short lead-ins of 二, 三, 四); numbers agree with the tables."""
    t3 = r.t3
    new = t3["new_received"][6]
    granted = t3["granted"][6] + t3["partially_granted"][6]
    one = [
        f"{r.year}年，{r.issuer}坚持以公开为常态、不公开为例外，围绕中心工作推进政府信息公开，"
        f"持续提升政务公开质量。",
        "一是主动公开更加及时。通过门户网站、政务新媒体和公开栏等渠道发布政策文件、"
        "财政预决算和重点领域信息，做到应公开尽公开。",
        f"二是依申请公开依法规范。全年共受理政府信息公开申请{new}件，"
        f"予以公开及部分公开{granted}件，均在法定期限内答复。",
        "三是平台建设持续加强。完善政府信息公开专栏，规范栏目设置，方便群众查阅。",
    ]
    five = ["工作中仍存在一些不足：公开内容的解读还不够通俗，基层信息更新不够及时。"
            "下一步，将加强业务培训，健全信息发布审核机制，提升公开质量。"]
    if r.template == "2021":
        six = ["（一）收取信息处理费的情况。本年度未收取信息处理费。",
               "（二）落实上级年度政务公开工作要点情况。按照上级部署，逐项落实年度政务公开工作要点。",
               "（三）人大代表建议和政协提案办理结果公开情况。承办的建议和提案均已办结并按规定公开。",
               "（四）年度政务公开工作创新情况。在政务服务中心设立政务公开专区。"]
    else:
        six = ["无其他需要报告的事项。"]
    return {1: one, 2: [], 3: [], 4: [], 5: five, 6: six}


# ---------------------------------------------------------------------------------------------
# Plain text, one cell per line (the seed's layout).

STRAY = ["", "", "", "", " ", "\u3000", "\u00a0"]


def stray(rng, s, on=True):
    if not on:
        return s
    a, b = rng.choice(STRAY), rng.choice(STRAY)
    return (a + s if rng.random() < .5 else s + b) if rng.random() < .35 else s


def t3_blocks(r, label=lambda s: s, value=None, wrap=None):
    """Table 三 as rows of cells (each cell a list of lines), merged cells as empty cells."""
    rng = r.rng
    value = value or (lambda key, c, v: stray(rng, str(v)))
    wrap = wrap or {}
    W = lambda s: wrap.get(s, [label(s)])
    rows = [[[label(CORNER)], [label("申请人情况")]],
            [[""], [label("自然人")], [label("法人或其他组织")], [label("总计")]],
            [[""], [""]] + [[label(c)] for c in COLS[1:6]] + [[""]]]
    last_group = None
    for key, top, group, item in all_rows(r.template):
        vals = [[value(key, c, r.t3[key][c])] for c in range(7)]
        if key in ("new_received", "carried_over", "carried_forward"):
            rows.append([W(top)] + vals)
            continue
        first_cell = W(top) if key == "granted" else [""]
        if item is None:
            rows.append([first_cell, W(group)] + vals)
        elif group != last_group:
            rows.append([first_cell, W(group), W(item)] + vals)
        else:
            rows.append([first_cell, [""], W(item)] + vals)
        last_group = group
    return rows


def t4_blocks(r, label=lambda s: s, value=None):
    rng = r.rng
    value = value or (lambda i, v: stray(rng, str(v)))
    return [[[label("行政复议")], [label("行政诉讼")]],
            [[label(c)] for c in T4_CELLS] + [[label("未经复议直接起诉")], [label("复议后起诉")]],
            [[""]] * 5 + [[label(c)] for c in T4_CELLS] * 2,
            [[value(i, v)] for i, v in enumerate(r.t4)]]


def t2_blocks(r, label=lambda s: s, value=None, wrap=None):
    rng = r.rng
    value = value or (lambda cap, row, c, v: stray(rng, v))
    wrap = wrap or {}
    rows = []
    for cap, cols, data in r.t2:
        rows.append([[label(cap)]])
        rows.append([[label("信息内容")]] + [wrap.get(c, [label(c)]) for c in cols])
        for name, vals in data:
            rows.append([[label(name)]] + [[value(cap, name, i, v)] for i, v in enumerate(vals)])
    return rows


def text_table(rows):
    out = []
    for row in rows:
        for cell in row:
            out.append("\t" + cell[0])
            out.extend(cell[1:])
        out.append("")
    return out


def render_text(r, label=lambda s: s, t3_value=None, t4_value=None, t2_value=None, wrap=None,
                headings=None, tables=("2", "3", "4"), between=None):
    """The whole report as one-cell-per-line text. between[n]: lines printed right after heading n."""
    wrap = wrap or {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）":
                    ["（二）部分公开（区分处理的，只计这一情", "形，不计其他情形）"],
                    "本年新制作数量": ["本年新", "制作数量"], "本年新公开数量": ["本年新", "公开数量"],
                    "本年收费金额（单位：万元）": ["本年收费金额", "（单位：万元）"]}
    headings = headings or r.headings
    between = between or {}
    out = list(r.before) + [label(r.title), ""]
    for n in range(1, 7):
        if headings[n - 1] is not None:
            out.append(headings[n - 1])
        out.extend(between.get(n, []))
        out.extend(r.prose[n])
        if n == 2 and "2" in tables:
            out += text_table(t2_blocks(r, label, t2_value, wrap)) + ["", ""]
        if n == 3 and "3" in tables:
            out += text_table(t3_blocks(r, label, t3_value, wrap)) + ["", ""]
        if n == 4 and "4" in tables:
            out += [""] + text_table(t4_blocks(r, label, t4_value)) + ["", ""]
    out += r.signature + r.after
    return "\n".join(out) + "\n"
