#!/usr/bin/env python3
"""Write a deterministic corpus of synthetic 政府信息公开工作年度报告 for the xxgk benchmark.

    bench/make_corpus.py --count 10000 --out bench/corpus --seed 1 \
        --mix text=50,html=40,docx=10 --error-share 0.2

Every report's numbers satisfy every identity of its template (tables 三 and 四), consecutive
years of one issuer agree (this year's 二、上年结转 = last year's 四、结转下年度继续办理;
现行有效件数 and 上一年项目数量 carried over), then a known share of files gets exactly one
table-三 or table-四 cell changed by ±1..5. MANIFEST.csv says which file and which cell.

Formats, as real files look (see /work/shared/domain/real-world-layouts.md):
  text  the seed's one-cell-per-line layout, ~10 KB; a tenth of them in GB18030
  html  Word-exported HTML, 100-300 KB: mso CSS bulk, <p><span> cells, split labels, <br>,
        <o:p>, rowspans and colspans of the template; part of them GBK / GB2312
  docx  minimal OOXML written with zipfile; vMerge and gridSpan as Word writes the template

Output: OUT/text/*.txt, OUT/html/*.html, OUT/docx/*.docx, OUT/MANIFEST.csv, OUT/PARAMS.
The same arguments give byte-identical files (each file is rendered from its own seeded RNG,
so --jobs does not change the output). Python 3 standard library only.
"""

import argparse
import csv
import io
import os
import random
import shutil
import sys
import zipfile
from multiprocessing import Pool

YEARS = list(range(2019, 2025))


def template_for(year):
    return "2019" if year <= 2020 else "2021"


# ---------------------------------------------------------------------------------------------
# Template structure (labels exactly as printed; keys as in DESIGN.md)

COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
        "legal_service_org", "other_org", "total"]
APPLICANTS = COLS[:6]

# Result groups of table 三: (group label, [(key, sub label)]); sub label None = the group's own row.
RESULTS_COMMON_HEAD = [
    ("（一）予以公开", [("granted", None)]),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", [("partially_granted", None)]),
    ("（三）不予公开", [
        ("denied.state_secret", "1.属于国家秘密"),
        ("denied.prohibited_by_law", "2.其他法律行政法规禁止公开"),
        ("denied.three_safeties_one_stability", "3.危及“三安全一稳定”"),
        ("denied.third_party_rights", "4.保护第三方合法权益"),
        ("denied.internal_affairs", "5.属于三类内部事务信息"),
        ("denied.process_information", "6.属于四类过程性信息"),
        ("denied.enforcement_case_file", "7.属于行政执法案卷"),
        ("denied.administrative_query", "8.属于行政查询事项")]),
    ("（四）无法提供", [
        ("unable.not_held", "1.本机关不掌握相关政府信息"),
        ("unable.needs_creation", "2.没有现成信息需要另行制作"),
        ("unable.still_unclear", "3.补正后申请内容仍不明确")]),
    ("（五）不予处理", [
        ("not_processed.petition_complaint", "1.信访举报投诉类申请"),
        ("not_processed.duplicate", "2.重复申请"),
        ("not_processed.publication", "3.要求提供公开出版物"),
        ("not_processed.excessive_repeated", "4.无正当理由大量反复申请"),
        ("not_processed.confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息")]),
]
RESULTS_OTHER = {
    "2019": ("（六）其他处理", [("other", None)]),
    "2021": ("（六）其他处理", [
        ("other.overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("other.unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other.other", "3.其他")]),
}


def result_groups(template):
    return RESULTS_COMMON_HEAD + [RESULTS_OTHER[template], ("（七）总计", [("results_total", None)])]


def result_keys(template):
    return [k for _, subs in result_groups(template)[:-1] for k, _ in subs]


# Relative weights of the results, for realistic shapes (most requests granted or not held).
RESULT_WEIGHTS = {
    "granted": 40, "partially_granted": 6,
    "denied.state_secret": 0.3, "denied.prohibited_by_law": 0.5,
    "denied.three_safeties_one_stability": 0.4, "denied.third_party_rights": 1.5,
    "denied.internal_affairs": 1.0, "denied.process_information": 1.2,
    "denied.enforcement_case_file": 0.6, "denied.administrative_query": 1.0,
    "unable.not_held": 22, "unable.needs_creation": 3, "unable.still_unclear": 2,
    "not_processed.petition_complaint": 3, "not_processed.duplicate": 2.5,
    "not_processed.publication": 0.3, "not_processed.excessive_repeated": 0.5,
    "not_processed.confirm_or_reissue": 0.8,
    "other": 4, "other.overdue_correction": 2, "other.unpaid_fee": 0.3, "other.other": 2,
}

T4_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
T4_CELLS = ["upheld", "corrected", "other", "pending", "total"]
T4_LABELS = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_APPLICANT_LABELS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

SECTION_HEADINGS = {
    1: ["一、总体情况"],
    2: ["二、主动公开政府信息情况", "二、主动公开政府信息情况", "二、行政机关主动公开政府信息情况"],
    3: ["三、收到和处理政府信息公开申请情况"],
    4: ["四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况",
        "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况"],
    5: ["五、存在的主要问题及改进情况", "五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"],
    6: ["六、其他需要报告的事项"],
}

# ---------------------------------------------------------------------------------------------
# Issuers: 某某县某某局 from word lists. Every character is in GB2312 (checked at start-up),
# because a share of the HTML declares charset=gb2312.

PLACE_FIRST = list("青白柳桃石金东西南北清云龙凤安平新永长丰嘉宁和兴华阳泉溪梅兰松竹鹤鹿洪临太定宜乐")
PLACE_SECOND = list("禾沙塘源川山水江湖城州阳平安宁丰乐河林泉原坪岭桥口溪门田")
LEVELS = ["县", "区", "市"]
DEPARTMENTS = [
    ("自然资源和规划局", "国土空间规划、耕地保护和不动产登记"),
    ("市场监督管理局", "食品安全、产品质量和市场主体登记"),
    ("教育局", "招生入学、学校收费和学生资助"),
    ("卫生健康局", "医疗服务、公共卫生和疾病预防控制"),
    ("人力资源和社会保障局", "就业创业、社会保险和劳动关系"),
    ("民政局", "社会救助、养老服务和婚姻登记"),
    ("住房和城乡建设局", "保障性住房、建筑市场和物业管理"),
    ("交通运输局", "道路建设、客运管理和交通执法"),
    ("生态环境分局", "环境质量、建设项目环评和环境执法"),
    ("财政局", "预决算公开、政府采购和专项资金管理"),
    ("农业农村局", "惠农补贴、农村宅基地和农产品质量安全"),
    ("水利局", "河湖管理、水利工程建设和防汛抗旱"),
    ("应急管理局", "安全生产、防灾减灾和应急救援"),
    ("司法局", "法治政府建设、公共法律服务和人民调解"),
    ("文化和旅游局", "文化市场管理、文物保护和旅游服务"),
    ("审计局", "审计结果公告和审计整改"),
    ("统计局", "统计数据发布和统计执法"),
    ("发展和改革局", "重大项目建设、价格管理和粮食储备"),
    ("商务局", "外资外贸、市场流通和电子商务"),
    ("退役军人事务局", "优抚安置、褒扬纪念和就业扶持"),
    ("医疗保障局", "医保待遇、医药价格和医保基金监管"),
    ("林业局", "林地保护、林木采伐和森林防火"),
    ("城市管理局", "市容环境、园林绿化和城市管理执法"),
    ("人民政府办公室", "重大决策、政策文件和政务服务"),
]
TOWN_SUFFIXES = [("镇人民政府", "乡村振兴、民生保障和基层治理"), ("街道办事处", "社区服务、民生保障和基层治理"),
                 ("乡人民政府", "乡村振兴、惠农政策和基层治理")]


# ---------------------------------------------------------------------------------------------
# Numbers

def alloc(total, weights, rng, zero_share=0.0):
    """Split the integer total into len(weights) non-negative integers that sum to it."""
    if total <= 0:
        return [0] * len(weights)
    w = [x * rng.uniform(0.3, 1.7) if rng.random() >= zero_share else 0.0 for x in weights]
    if sum(w) <= 0:
        w = list(weights)
    s = sum(w)
    raw = [total * x / s for x in w]
    out = [int(x) for x in raw]
    rest = total - sum(out)
    order = sorted(range(len(w)), key=lambda i: (raw[i] - out[i], rng.random()), reverse=True)
    for i in range(rest):
        out[order[i % len(order)]] += 1
    return out


SCALES = [("tiny", 0.30, (0, 8)), ("small", 0.36, (5, 60)), ("medium", 0.25, (40, 400)),
          ("large", 0.09, (300, 4000))]


def pick_scale(rng):
    x, acc = rng.random(), 0.0
    for name, share, rng_range in SCALES:
        acc += share
        if x < acc:
            return name, rng_range
    return SCALES[-1][0], SCALES[-1][2]


def make_table3(rng, template, scale_range, carried_over, prev_new):
    """Table 三 for one year: {row key: [7 ints]} with every identity holding."""
    lo, hi = scale_range
    if prev_new is None:
        new_total = rng.randint(lo, hi)
    else:
        new_total = max(0, int(prev_new * rng.uniform(0.7, 1.35)) + rng.randint(-2, 2))
    shares = [rng.uniform(70, 92), rng.uniform(2, 15), rng.uniform(0, 1.5), rng.uniform(0, 1.5),
              rng.uniform(0, 4), rng.uniform(0, 4)]
    new = alloc(new_total, shares, rng, zero_share=0.15 if new_total < 30 else 0.0)
    keys = result_keys(template)
    rows = {k: [0] * 6 for k in keys}
    carried_forward = [0] * 6
    for c in range(6):
        available = new[c] + carried_over[c]
        cf = int(available * rng.uniform(0.0, 0.12))
        if available and rng.random() < 0.15:
            cf += 1
        cf = min(cf, available)
        carried_forward[c] = cf
        handled = available - cf
        split = alloc(handled, [RESULT_WEIGHTS[k] for k in keys], rng,
                      zero_share=0.5 if handled < 40 else 0.1)
        for k, v in zip(keys, split):
            rows[k][c] = v
    t3 = {"new_received": new, "carried_over": list(carried_over)}
    t3.update(rows)
    t3["results_total"] = [sum(rows[k][c] for k in keys) for c in range(6)]
    t3["carried_forward"] = carried_forward
    for k in t3:
        t3[k] = t3[k] + [sum(t3[k])]
    for c in range(7):  # H1: 一 + 二 = （七） + 四 per column
        assert t3["new_received"][c] + t3["carried_over"][c] == t3["results_total"][c] + t3["carried_forward"][c]
    return t3, new_total


def make_table4(rng, scale):
    top = {"tiny": 1, "small": 3, "medium": 12, "large": 50}[scale]
    t4 = {}
    for g, factor in zip(T4_GROUPS, (1.0, 0.6, 0.4)):
        n = rng.randint(0, max(0, int(top * factor))) if rng.random() < 0.6 else 0
        parts = alloc(n, [6, 1, 1.5, 1.5], rng, zero_share=0.3)
        t4[g] = parts + [sum(parts)]
    return t4


def make_table2(rng, template, prev, scale):
    """Table 二 as {row label: [printed values]}; prev is last year's numeric state (or None)."""
    big = {"tiny": 30, "small": 300, "medium": 2000, "large": 12000}[scale]
    state = dict(prev or {})
    if template == "2019":
        def items(key, top):
            start = state.get(key, rng.randint(0, top))
            delta = rng.randint(-3, 3) if start > 3 else rng.randint(0, 2)
            state[key] = start + delta
            return start, delta
        made = rng.randint(0, 12)
        published = rng.randint(0, made)
        total_pub = state.get("docs_total", rng.randint(published, published + 60)) + published
        state["docs_total"] = total_pub
        state["docs_in_force"] = total_pub
        t2 = {"规章": [0, 0, 0], "规范性文件": [made, published, total_pub]}
        for key, top, label in (("permits", 120, "行政许可"), ("services", 40, "其他对外管理服务事项"),
                                ("penalties", 300, "行政处罚"), ("coercion", 40, "行政强制")):
            start, delta = items(key, top)
            decisions = rng.randint(0, big if label != "行政强制" else big // 8)
            t2[label] = [start, delta, decisions]
        start, delta = items("fees", 8)
        t2["行政事业性收费"] = [start, delta]
        t2["政府集中采购"] = [rng.randint(0, 60), round(rng.uniform(0, 2000), rng.choice([0, 1, 2]))]
    else:
        def docs(key, made_top):
            in_force = state.get(key, rng.randint(0, 60))
            made = rng.randint(0, made_top)
            repealed = rng.randint(0, min(in_force, 4))
            state[key] = in_force + made - repealed
            return [made, repealed, state[key]]
        t2 = {"规章": docs("rules_in_force", 0) if scale != "large" else docs("rules_in_force", 2),
              "行政规范性文件": docs("docs_in_force", 10)}
        t2["行政许可"] = [rng.randint(0, big)]
        t2["行政处罚"] = [rng.randint(0, big)]
        t2["行政强制"] = [rng.randint(0, big // 8)]
        t2["行政事业性收费"] = [round(rng.uniform(0, 500), rng.choice([0, 1, 2, 2, 4]))]
    return t2, state


# ---------------------------------------------------------------------------------------------
# Table model shared by the three renderers: rows of cells with rowspan/colspan. The text and
# DOCX renderers walk the grid (a cell covered by a rowspan from above becomes an empty cell
# there, as Word's copy-to-text and vMerge do); the HTML renderer omits covered cells.

class Cell:
    __slots__ = ("text", "rowspan", "colspan", "kind")

    def __init__(self, text, rowspan=1, colspan=1, kind="label"):
        self.text, self.rowspan, self.colspan, self.kind = text, rowspan, colspan, kind


def num(v):
    return Cell(v if isinstance(v, str) else fmt_number(v), kind="num")


def fmt_number(v):
    if isinstance(v, float):
        return ("%.4f" % v).rstrip("0").rstrip(".") if v != int(v) else str(int(v))
    return str(v)


def signed(v):
    return "+%d" % v if v > 0 else str(v)


def table2_model(template, t2, rng):
    rows, width = [], 4
    if template == "2019":
        blocks = [
            ("第二十条第（一）项", ["本年新\n制作数量", "本年新\n公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
            ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
            ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
            ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], ["行政事业性收费"]),
            ("第二十条第（九）项", ["采购项目数量", "采购总金额"], ["政府集中采购"]),
        ]
    else:
        blocks = [
            ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
            ("第二十条第（五）项", ["本年处理决定数量"], ["行政许可"]),
            ("第二十条第（六）项", ["本年处理决定数量"], ["行政处罚", "行政强制"]),
            ("第二十条第（八）项", ["本年收费金额\n（单位：万元）"], ["行政事业性收费"]),
        ]
    for caption, heads, labels in blocks:
        rows.append([Cell(caption, colspan=width)])
        spans = [1] * len(heads)
        spans[-1] = width - len(heads)
        rows.append([Cell("信息内容")] + [Cell(h, colspan=s) for h, s in zip(heads, spans)])
        for label in labels:
            values = t2[label]
            printed = []
            for i, v in enumerate(values):
                if template == "2019" and heads[i] == "本年增/减":
                    printed.append(signed(v))
                elif heads[i] in ("采购总金额",) and rng.random() < 0.5:
                    printed.append(fmt_number(v) + "万元")
                else:
                    printed.append(fmt_number(v))
            rows.append([Cell(label)] + [Cell(p, colspan=s, kind="num") for p, s in zip(printed, spans)])
    return rows, width


def table3_model(template, t3):
    rows = [
        [Cell(T3_NOTE, rowspan=3, colspan=3), Cell("申请人情况", colspan=7)],
        [Cell("自然人", rowspan=2), Cell("法人或其他组织", colspan=5), Cell("总计", rowspan=2)],
        [Cell(x) for x in T3_APPLICANT_LABELS],
        [Cell("一、本年新收政府信息公开申请数量", colspan=3)] + [num(v) for v in t3["new_received"]],
        [Cell("二、上年结转政府信息公开申请数量", colspan=3)] + [num(v) for v in t3["carried_over"]],
    ]
    groups = result_groups(template)
    span = sum(len(subs) for _, subs in groups)
    first = True
    for label, subs in groups:
        for i, (key, sub) in enumerate(subs):
            row = []
            if first:
                row.append(Cell("三、本年度办理结果", rowspan=span, kind="vertical"))
                first = False
            if sub is None:
                row.append(Cell(label, colspan=2))
            else:
                if i == 0:
                    row.append(Cell(label, rowspan=len(subs)))
                row.append(Cell(sub))
            rows.append(row + [num(v) for v in t3[key]])
    rows.append([Cell("四、结转下年度继续办理", colspan=3)] + [num(v) for v in t3["carried_forward"]])
    return rows, 10


def table4_model(t4):
    rows = [
        [Cell("行政复议", colspan=5), Cell("行政诉讼", colspan=10)],
        [Cell(x, rowspan=2) for x in T4_LABELS] + [Cell("未经复议直接起诉", colspan=5), Cell("复议后起诉", colspan=5)],
        [Cell(x) for x in T4_LABELS * 2],
        [num(v) for g in T4_GROUPS for v in t4[g]],
    ]
    return rows, 15


def grid_walk(rows):
    """Yield, per row, a list of (cell, continued): every visual cell of the row in grid order,
    continued=True where a rowspan from above covers the position."""
    covering = {}  # start column -> [cell, rows left]
    out = []
    for row in rows:
        cells, col = [], 0
        pending = list(row)
        while pending or any(c >= col for c in covering):
            if col in covering:
                cell, left = covering[col]
                cells.append((cell, True))
                covering[col][1] -= 1
                if covering[col][1] == 0:
                    del covering[col]
                col += cell.colspan
                continue
            if not pending:
                col += 1
                continue
            cell = pending.pop(0)
            cells.append((cell, False))
            if cell.rowspan > 1:
                covering[col] = [cell, cell.rowspan - 1]
            col += cell.colspan
        out.append(cells)
    return out


# ---------------------------------------------------------------------------------------------
# Prose

OVERVIEW_INTRO = [
    "{year}年，{issuer}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》和上级关于政务公开工作的部署要求，围绕{focus}等重点领域，持续深化政府信息公开，切实保障人民群众的知情权、参与权、表达权和监督权。",
    "{year}年，在上级政务公开主管部门的指导下，{issuer}严格执行《中华人民共和国政府信息公开条例》，坚持“以公开为常态、不公开为例外”的原则，聚焦{focus}等群众关注的事项，推进决策、执行、管理、服务、结果公开，政府信息公开工作取得新的进展。",
    "{year}年，{issuer}把政府信息公开作为建设法治政府、服务型政府的重要抓手，以{focus}为重点，健全工作机制，规范公开流程，拓宽公开渠道，公开的质量和实效进一步提升。现将本年度政府信息公开工作情况报告如下。",
]
OVERVIEW_PARTS = [
    ("（一）主动公开", [
        "依托门户网站政府信息公开专栏，及时发布机构职能、政策文件、规划计划、财政预决算等法定主动公开内容，做到应公开尽公开。",
        "对涉及{focus}的信息，严格按照公开目录和公开时限要求发布，确保信息发布及时、准确、完整。",
        "全年通过门户网站、政务新媒体等渠道主动公开各类政府信息，重点做好政策解读和热点回应，对群众普遍关注的问题及时作出回应。",
        "坚持政策文件与解读材料同步起草、同步审签、同步发布，采用图文解读、问答解读等多种形式，提高政策的知晓度和可及性。",
        "加强重点领域信息公开，对行政许可、行政处罚等事项实行“双公示”，在作出决定之日起七个工作日内上网公开。",
        "完善主动公开基本目录，逐项明确公开内容、公开主体、公开时限和公开方式，定期对目录进行动态调整。",
        "全年共主动公开政府信息{active}条，其中政策文件{docs}件，公开内容涵盖工作动态、通知公告、人事信息和财政资金等方面。",
        "及时公开本单位部门预算、部门决算和“三公”经费情况，细化到功能分类项级科目，接受社会监督。",
        "围绕优化营商环境，集中公开涉企政策、办事指南和收费清单，方便企业和群众查询办理。",
    ]),
    ("（二）依申请公开", [
        "严格执行政府信息公开申请的登记、审核、办理、答复、归档等环节的工作流程，每件申请均明确承办科室和答复时限。",
        "全年共收到政府信息公开申请{new_total}件，上年结转{co_total}件，均在法定期限内予以答复，结转下年度继续办理{cf_total}件。",
        "答复文书统一经法制机构审核后出具，对不予公开和无法提供的情形逐一说明理由并告知救济途径，依法保障申请人的合法权益。",
        "加强与申请人的沟通，对申请内容不明确的及时告知补正，对需要多个部门协同办理的申请建立会商机制，提高答复质量。",
        "及时总结依申请公开中反映出的群众关切，对多次被申请公开的信息，经审查可以公开的，及时转为主动公开。",
        "对涉及第三方合法权益的申请，依法书面征求第三方意见，在充分听取意见的基础上作出答复。",
        "建立依申请公开办理台账，实行一件一档，全程记录受理、承办、审核、答复等环节，确保办理过程可追溯。",
    ]),
    ("（三）政府信息管理", [
        "严格落实公文类信息公开属性源头认定制度，在公文拟制环节明确主动公开、依申请公开或不予公开属性，并说明理由。",
        "健全政府信息公开保密审查机制，坚持“先审查、后公开”和“一事一审”的原则，确保公开信息不涉及国家秘密和个人隐私。",
        "开展行政规范性文件清理工作，对已失效、废止的文件在网站上作出标注，方便公众准确了解现行有效的政策。",
        "规范政府信息发布流程，实行信息撰稿、科室审核、分管领导签发的三级审核制度，防止错误信息发布。",
        "做好政府信息的归档管理，对已公开的政府信息定期整理归档，确保档案完整、查阅方便。",
        "严格执行个人信息保护要求，对拟公开信息中的身份证号码、联系电话等个人信息进行去标识化处理。",
    ]),
    ("（四）平台建设", [
        "持续优化门户网站政府信息公开专栏，调整栏目设置，完善检索功能，提升网站的易用性和友好性。",
        "加强政务新媒体的规范管理，统一发布口径，做到与门户网站内容同源、信息同步。",
        "在政务服务大厅设置政府信息公开查阅点，配备查阅设备，为群众提供便捷的查阅服务。",
        "推进网站适老化和无障碍改造，方便老年人和残疾人等特殊群体获取政府信息。",
        "定期开展网站自查，对错别字、空白栏目、链接失效等问题及时整改，保障网站安全平稳运行。",
        "加强政府公报的编辑和发布，做到政府公报电子版与纸质版同步发行，方便群众免费获取。",
    ]),
    ("（五）监督保障", [
        "成立由主要负责同志任组长的政务公开工作领导小组，明确办公室为政府信息公开工作机构，配备专兼职工作人员。",
        "将政府信息公开工作纳入年度绩效考核，定期通报各科室信息发布情况，对发现的问题督促整改到位。",
        "组织政府信息公开业务培训，重点学习《中华人民共和国政府信息公开条例》和依申请公开办理规范，提升工作人员业务能力。",
        "畅通社会评议渠道，公布监督电话和电子邮箱，主动接受社会公众对政府信息公开工作的监督和评议。",
        "对照政府信息公开工作要点，逐项制定任务清单，明确责任科室和完成时限，确保各项工作落到实处。",
        "配合上级主管部门开展政务公开第三方评估，对评估中发现的问题逐条整改，整改情况及时报送。",
    ]),
]
PROBLEMS = [
    "本年度政府信息公开工作虽取得一定成效，但仍存在一些不足：一是部分栏目信息更新不够及时；二是政策解读的形式较为单一，解读的深度和针对性有待加强；三是工作人员的业务水平还需进一步提高。",
    "下一步，本单位将从以下方面加以改进：一是加强栏目巡查，建立信息发布提醒机制，确保信息及时更新；二是丰富政策解读形式，更多采用图解、视频等群众喜闻乐见的方式；三是加强业务培训，提升依申请公开办理的规范化水平。",
    "同时，进一步健全政府信息公开工作考核机制，把公开工作落实情况与年度考核挂钩，推动各项工作要求落到实处。",
    "针对依申请公开答复文书格式不统一的问题，将制定答复文书范本，统一答复口径，提高答复的规范性和准确性。",
]
OTHER_2019 = ["本年度无其他需要报告的事项。",
              "本年度未收取政府信息公开处理费用。无其他需要报告的事项。"]
OTHER_2021 = [
    "（一）收取信息处理费的情况。本年度本单位未收取信息处理费。",
    "（二）落实上级年度政务公开工作要点情况。按照上级部署，重点做好{focus}等领域的信息公开，各项任务均已完成。",
    "（三）人大代表建议和政协提案办理结果公开情况。本年度承办的人大代表建议和政协提案均已按期办结，办理复文按规定在门户网站公开。",
    "（四）年度政务公开工作创新情况。结合本单位实际，推行政务公开标准化、规范化建设，编制重点领域公开事项标准目录。",
]


def prose(rng, rep):
    t3 = rep["t3"]
    fields = dict(issuer=rep["issuer"], year=rep["year"], focus=rep["focus"],
                  new_total=t3["new_received"][6], co_total=t3["carried_over"][6],
                  cf_total=t3["carried_forward"][6], active=rng.randint(40, 2400),
                  docs=rep["docs_made"])
    overview = [rng.choice(OVERVIEW_INTRO).format(**fields)]
    for heading, pool in OVERVIEW_PARTS:
        picked = rng.sample(pool, k=min(len(pool), rng.randint(5, 7)))
        overview.append(heading + "方面。" + "".join(s.format(**fields) for s in picked))
    problems = rng.sample(PROBLEMS, k=rng.randint(3, 4))
    other = [s.format(**fields) for s in (OTHER_2021 if rep["template"] == "2021" else [rng.choice(OTHER_2019)])]
    headings = {n: rng.choice(v) for n, v in SECTION_HEADINGS.items()}
    title = "%s%d年%s政府信息公开工作年度报告" % (rep["issuer"], rep["year"], rng.choice(["", "", "度"]))
    return title, headings, overview, problems, other


# ---------------------------------------------------------------------------------------------
# Renderer: plain text, one cell per line (the seed's layout)

def text_report(rep, rng, utf8):
    title, heads, overview, problems, other = prose(rng, rep)
    pads = ["", "", "", "", " ", "\u3000"] + (["\u00a0"] if utf8 else [])

    def table(rows):
        blocks = []
        for cells in grid_walk(rows):
            lines = []
            for cell, continued in cells:
                if continued:
                    lines.append("\t")
                elif cell.kind == "num":
                    lines.append("\t" + rng.choice(pads) + cell.text + rng.choice(pads))
                else:
                    lines.append("\t" + cell.text)
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks) + "\n\n\n\n"

    out = [title, "", heads[1]] + overview
    out.append(heads[2] + "\n" + table(table2_model(rep["template"], rep["t2"], rng)[0]).rstrip("\n") + "\n\n\n")
    out.append(heads[3] + "\n" + table(table3_model(rep["template"], rep["t3"])[0]).rstrip("\n") + "\n\n\n")
    out.append(heads[4] + "\n\n" + table(table4_model(rep["t4"])[0]).rstrip("\n") + "\n\n\n")
    out += [heads[5]] + problems + [heads[6]] + other
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Renderer: Word-exported HTML

FONTS = [
    ("宋体", "SimSun", "2 1 6 0 3 1 1 1 1 1", "3 680460288 22 0 262145 0"),
    ("黑体", "SimHei", "2 1 6 9 6 1 1 1 1 1", "-2147482945 953122042 22 0 262145 0"),
    ("Cambria Math", None, "2 4 5 3 5 4 6 3 2 4", "-536870145 1107305727 0 0 415 0"),
    ("等线", "DengXian", "2 1 6 0 3 1 1 1 1 1", "-1610612033 953122042 22 0 262159 0"),
    ("仿宋_GB2312", None, "2 1 6 9 3 1 1 1 1 1", "1 135135232 16 0 262144 0"),
    ("方正小标宋简体", None, "2 0 0 0 0 0 0 0 0 0", "1 135135232 16 0 262144 0"),
    ("楷体_GB2312", None, "2 1 6 9 3 1 1 1 1 1", "1 135135232 16 0 262144 0"),
    ("仿宋", "FangSong", "2 1 6 9 6 1 1 1 1 1", "-2147482945 953122042 22 0 262145 0"),
    ("微软雅黑", "Microsoft YaHei", "2 11 5 3 2 2 4 2 2 4", "-2147483001 718224464 22 0 262175 0"),
    ("Calibri", None, "2 15 5 2 2 2 4 3 2 4", "-469750017 -1073732485 9 0 511 0"),
    ("Times New Roman", None, "2 2 6 3 5 4 5 2 3 4", "-536859905 -1073711037 9 0 511 0"),
]

PARA_STYLES = ["p.MsoNormal, li.MsoNormal, div.MsoNormal", "h1", "h2", "h3", "p.MsoToc1, li.MsoToc1, div.MsoToc1",
               "p.MsoToc2, li.MsoToc2, div.MsoToc2", "p.MsoCommentText, li.MsoCommentText, div.MsoCommentText",
               "p.MsoHeader, li.MsoHeader, div.MsoHeader", "p.MsoFooter, li.MsoFooter, div.MsoFooter",
               "p.MsoTitle, li.MsoTitle, div.MsoTitle", "p.MsoBodyText, li.MsoBodyText, div.MsoBodyText",
               "p.MsoBodyTextIndent, li.MsoBodyTextIndent, div.MsoBodyTextIndent",
               "p.MsoDate, li.MsoDate, div.MsoDate", "p.MsoPlainText, li.MsoPlainText, div.MsoPlainText",
               "p.MsoNormalWeb, li.MsoNormalWeb, div.MsoNormalWeb", "p.MsoAcetate, li.MsoAcetate, div.MsoAcetate",
               "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph",
               "span.MsoPageNumber", "a:link, span.MsoHyperlink", "a:visited, span.MsoHyperlinkFollowed",
               "span.1Char", "span.Char", "span.Char0", "span.Char1", "span.Char2", "p.msonormal0, li.msonormal0, div.msonormal0",
               "p.Default, li.Default, div.Default", "span.NormalCharacter", "p.TableParagraph, li.TableParagraph, div.TableParagraph",
               "span.GramE", "span.SpellE", ".MsoChpDefault", ".MsoPapDefault"]

LATENT_BASE = (["Normal"] + ["heading %d" % i for i in range(1, 10)] + ["index %d" % i for i in range(1, 10)]
               + ["toc %d" % i for i in range(1, 10)]
               + ["Normal Indent", "footnote text", "annotation text", "header", "footer", "index heading",
                  "caption", "table of figures", "envelope address", "envelope return", "footnote reference",
                  "annotation reference", "line number", "page number", "endnote reference", "endnote text",
                  "table of authorities", "macro", "toa heading", "List", "List Bullet", "List Number",
                  "List 2", "List 3", "List 4", "List 5", "List Bullet 2", "List Bullet 3", "List Bullet 4",
                  "List Bullet 5", "List Number 2", "List Number 3", "List Number 4", "List Number 5", "Title",
                  "Closing", "Signature", "Default Paragraph Font", "Body Text", "Body Text Indent",
                  "List Continue", "List Continue 2", "List Continue 3", "List Continue 4", "List Continue 5",
                  "Message Header", "Subtitle", "Salutation", "Date", "Body Text First Indent",
                  "Body Text First Indent 2", "Note Heading", "Body Text 2", "Body Text 3", "Body Text Indent 2",
                  "Body Text Indent 3", "Block Text", "Hyperlink", "FollowedHyperlink", "Strong", "Emphasis",
                  "Document Map", "Plain Text", "E-mail Signature", "HTML Top of Form", "HTML Bottom of Form",
                  "Normal (Web)", "HTML Acronym", "HTML Address", "HTML Cite", "HTML Code", "HTML Definition",
                  "HTML Keyboard", "HTML Preformatted", "HTML Sample", "HTML Typewriter", "HTML Variable",
                  "Normal Table", "annotation subject", "No List", "Outline List 1", "Outline List 2",
                  "Outline List 3", "Table Simple 1", "Table Simple 2", "Table Simple 3", "Table Classic 1",
                  "Table Classic 2", "Table Classic 3", "Table Classic 4", "Table Colorful 1", "Table Colorful 2",
                  "Table Colorful 3", "Table Columns 1", "Table Columns 2", "Table Columns 3", "Table Columns 4",
                  "Table Columns 5", "Table Grid 1", "Table Grid 2", "Table Grid 3", "Table Grid 4",
                  "Table Grid 5", "Table Grid 6", "Table Grid 7", "Table Grid 8", "Table List 1", "Table List 2",
                  "Table List 3", "Table List 4", "Table List 5", "Table List 6", "Table List 7", "Table List 8",
                  "Table 3D effects 1", "Table 3D effects 2", "Table 3D effects 3", "Table Contemporary",
                  "Table Elegant", "Table Professional", "Table Subtle 1", "Table Subtle 2", "Table Web 1",
                  "Table Web 2", "Table Web 3", "Balloon Text", "Table Grid", "Table Theme", "Placeholder Text",
                  "No Spacing", "Revision", "List Paragraph", "Quote", "Intense Quote", "Subtle Emphasis",
                  "Intense Emphasis", "Subtle Reference", "Intense Reference", "Book Title", "Bibliography",
                  "TOC Heading", "Plain Table 1", "Plain Table 2", "Plain Table 3", "Plain Table 4",
                  "Plain Table 5", "Grid Table Light"])
LATENT_TABLES = ["Light Shading", "Light List", "Light Grid", "Medium Shading 1", "Medium Shading 2",
                 "Medium List 1", "Medium List 2", "Medium Grid 1", "Medium Grid 2", "Medium Grid 3",
                 "Dark List", "Colorful Shading", "Colorful List", "Colorful Grid"]
LATENT_NEW = ["Grid Table 1 Light", "Grid Table 2", "Grid Table 3", "Grid Table 4", "Grid Table 5 Dark",
              "Grid Table 6 Colorful", "Grid Table 7 Colorful", "List Table 1 Light", "List Table 2",
              "List Table 3", "List Table 4", "List Table 5 Dark", "List Table 6 Colorful", "List Table 7 Colorful"]
LATENT_STYLES = (LATENT_BASE + [t + a for t in LATENT_TABLES for a in [""] + [" Accent %d" % i for i in range(1, 7)]]
                 + [t + a for t in LATENT_NEW for a in [""] + [" Accent %d" % i for i in range(1, 7)]]
                 + ["Mention", "Smart Hyperlink", "Hashtag", "Unresolved Mention", "Smart Link"])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_head(rng, title, charset, full, lists):
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
         'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
         'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
         'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
         '<meta http-equiv=Content-Type content="text/html; charset=%s">\n'
         '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
         '<meta name=Originator content="Microsoft Word 15">\n' % charset]
    h.append("<title>%s</title>\n" % esc(title))
    if full:
        h.append('<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>%s</o:Author>\n'
                 '  <o:LastAuthor>%s</o:LastAuthor>\n  <o:Revision>%d</o:Revision>\n'
                 '  <o:TotalTime>%d</o:TotalTime>\n  <o:Created>%d-01-%02dT0%d:%02d:00Z</o:Created>\n'
                 '  <o:Pages>%d</o:Pages>\n  <o:Words>%d</o:Words>\n  <o:Characters>%d</o:Characters>\n'
                 '  <o:Company>Microsoft</o:Company>\n  <o:Lines>%d</o:Lines>\n  <o:Paragraphs>%d</o:Paragraphs>\n'
                 '  <o:CharactersWithSpaces>%d</o:CharactersWithSpaces>\n  <o:Version>16.00</o:Version>\n'
                 ' </o:DocumentProperties>\n</xml><![endif]-->\n'
                 % (rng.choice(["Administrator", "lenovo", "dell", "user", "PC"]), rng.choice(["Administrator", "admin"]),
                    rng.randint(2, 40), rng.randint(10, 400), rng.randint(2020, 2025), rng.randint(1, 28),
                    rng.randint(0, 9), rng.randint(0, 59), rng.randint(5, 12), rng.randint(900, 3000),
                    rng.randint(5000, 9000), rng.randint(40, 120), rng.randint(10, 40), rng.randint(5000, 9000)))
        h.append('<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:SpellingState>Clean</w:SpellingState>\n'
                 '  <w:GrammarState>Clean</w:GrammarState>\n  <w:TrackMoves>false</w:TrackMoves>\n'
                 '  <w:TrackFormatting/>\n  <w:PunctuationKerning/>\n  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>\n'
                 '  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>\n'
                 '  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>\n'
                 '  <w:ValidateAgainstSchemas/>\n  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\n'
                 '  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>\n'
                 '  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>\n'
                 '  <w:DoNotPromoteQF/>\n  <w:LidThemeOther>EN-US</w:LidThemeOther>\n'
                 '  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>\n  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>\n'
                 '  <w:Compatibility>\n   <w:SpaceForUL/>\n   <w:BalanceSingleByteDoubleByteWidth/>\n'
                 '   <w:DoNotLeaveBackslashAlone/>\n   <w:ULTrailSpace/>\n   <w:DoNotExpandShiftReturn/>\n'
                 '   <w:AdjustLineHeightInTable/>\n   <w:BreakWrappedTables/>\n   <w:SnapToGridInCell/>\n'
                 '   <w:WrapTextWithPunct/>\n   <w:UseAsianBreakRules/>\n   <w:DontGrowAutofit/>\n'
                 '   <w:SplitPgBreakAndParaMark/>\n   <w:UseFELayout/>\n  </w:Compatibility>\n'
                 '  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>\n  <m:mathPr>\n'
                 '   <m:mathFont m:val="Cambria Math"/>\n   <m:brkBin m:val="before"/>\n'
                 '   <m:brkBinSub m:val="&#45;-"/>\n   <m:smallFrac m:val="off"/>\n   <m:dispDef/>\n'
                 '   <m:lMargin m:val="0"/>\n   <m:rMargin m:val="0"/>\n   <m:defJc m:val="centerGroup"/>\n'
                 '   <m:wrapIndent m:val="1440"/>\n   <m:intLim m:val="subSup"/>\n   <m:naryLim m:val="undOvr"/>\n'
                 '  </m:mathPr></w:WordDocument>\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
                 ' <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"\n'
                 '  DefSemiHidden="false" DefQFormat="false" DefPriority="99"\n  LatentStyleCount="%d">\n'
                 % len(LATENT_STYLES))
        for i, name in enumerate(LATENT_STYLES):
            extra = ' SemiHidden="true" UnhideWhenUsed="true"' if 9 < i < 60 else ""
            qf = ' QFormat="true"' if i < 10 or name in ("Title", "Subtitle", "Strong", "Emphasis") else ""
            h.append('  <w:LsdException Locked="false" Priority="%d"%s%s\n   Name="%s"/>\n'
                     % (min(99, i // 3 + 9), extra, qf, name))
        h.append(" </w:LatentStyles>\n</xml><![endif]-->\n")
    h.append("<style>\n<!--\n /* Font Definitions */\n")
    for name, alt, panose, sig in FONTS:
        h.append(" @font-face\n\t{font-family:%s;\n\tpanose-1:%s;\n%s\tmso-font-charset:134;\n"
                 "\tmso-generic-font-family:auto;\n\tmso-font-pitch:variable;\n\tmso-font-signature:%s;}\n"
                 % (name if " " not in name else '"%s"' % name, panose,
                    "\tmso-font-alt:%s;\n" % alt if alt else "", sig))
    h.append(" /* Style Definitions */\n")
    for sel in PARA_STYLES:
        h.append(" %s\n\t{mso-style-priority:%d;\n\tmso-style-unhide:no;\n\tmso-style-qformat:yes;\n"
                 "\tmso-style-parent:\"\";\n\tmargin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
                 "\tmso-pagination:none;\n\tfont-size:%s.0pt;\n\tmso-bidi-font-size:11.0pt;\n"
                 "\tfont-family:等线;\n\tmso-ascii-font-family:等线;\n\tmso-ascii-theme-font:minor-latin;\n"
                 "\tmso-fareast-font-family:等线;\n\tmso-fareast-theme-font:minor-fareast;\n"
                 "\tmso-hansi-font-family:等线;\n\tmso-hansi-theme-font:minor-latin;\n"
                 "\tmso-bidi-font-family:\"Times New Roman\";\n\tmso-bidi-theme-font:minor-bidi;\n"
                 "\tmso-font-kerning:1.0pt;}\n" % (sel, rng.randint(1, 99), rng.choice(["10", "10.5", "12", "16"])))
    h.append(" @page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;\n"
             "\tmso-header-margin:42.55pt;\n\tmso-footer-margin:49.6pt;\n\tmso-page-numbers:1;\n"
             "\tmso-paper-source:0;\n\tlayout-grid:15.6pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n")
    if lists:
        h.append(" /* List Definitions */\n")
        for n in range(lists):
            h.append(" @list l%d\n\t{mso-list-id:%d;\n\tmso-list-type:hybrid;\n\tmso-list-template-ids:%d %d %d;}\n"
                     % (n, rng.randint(10**8, 2 * 10**9), rng.randint(10**8, 2 * 10**9),
                        rng.randint(10**8, 2 * 10**9), rng.randint(10**8, 2 * 10**9)))
            for lvl in range(1, 10):
                h.append(" @list l%d:level%d\n\t{mso-level-number-format:%s;\n\tmso-level-text:\"%%%d、\";\n"
                         "\tmso-level-tab-stop:none;\n\tmso-level-number-position:left;\n"
                         "\tmargin-left:%.1fpt;\n\ttext-indent:-%.1fpt;}\n"
                         % (n, lvl, rng.choice(["chinese-counting", "decimal", "alpha-lower", "roman-lower"]), lvl,
                            21.0 * lvl + 11.0, 21.0 + (lvl % 2) * 11.0))
        h.append("ol\n\t{margin-bottom:0cm;}\nul\n\t{margin-bottom:0cm;}\n")
    h.append("-->\n</style>\n<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n"
             "\t{mso-style-name:普通表格;\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n"
             "\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:\"\";\n"
             "\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tmso-para-margin:0cm;\n\ttext-align:justify;\n"
             "\ttext-justify:inter-ideograph;\n\tmso-pagination:none;\n\tfont-size:10.5pt;\n"
             "\tmso-bidi-font-size:11.0pt;\n\tfont-family:等线;\n\tmso-ascii-font-family:等线;\n"
             "\tmso-fareast-font-family:等线;\n\tmso-hansi-font-family:等线;\n\tmso-font-kerning:1.0pt;}\n"
             "</style>\n<![endif]--><!--[if gte mso 9]><xml>\n <o:shapedefaults v:ext=\"edit\" spidmax=\"%d\"/>\n"
             "</xml><![endif]--><!--[if gte mso 9]><xml>\n <o:shapelayout v:ext=\"edit\">\n"
             "  <o:idmap v:ext=\"edit\" data=\"1\"/>\n </o:shapelayout></xml><![endif]-->\n</head>\n\n"
             % rng.randint(1026, 4098))
    return "".join(h)


# Three export flavours, from the most to the least verbose, so sizes spread over 100-300 KB
# the way real files do: "word" (Word's own HTML, every border and font spelled out),
# "lean" (Word's HTML of a plainly formatted table), "filtered" (Word's "filtered HTML": no
# <o:p>, no XML islands, short styles).
FLAVOURS = ("word", "lean", "filtered")

BODY_SPAN = {
    "word": ("<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;"
             "mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>",
             "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;"
             "mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>"),
    "lean": ("<span style='font-size:16.0pt;font-family:仿宋_GB2312'>",
             "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>"),
    "filtered": ("<span style='font-size:16.0pt;font-family:仿宋_GB2312'>",
                 "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>"),
}
CELL_SPAN = {
    "word": ("<span style='font-size:10.0pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\";"
             "mso-hansi-font-family:\"Times New Roman\";mso-bidi-font-family:宋体;color:black;mso-font-kerning:0pt'>",
             "<span lang=EN-US style='font-size:10.0pt;font-family:\"Times New Roman\",serif;"
             "mso-fareast-font-family:宋体;color:black;mso-font-kerning:0pt'>"),
    "lean": ("<span style='font-size:10.0pt;font-family:宋体'>",
             "<span lang=EN-US style='font-size:10.0pt'>"),
    "filtered": ("<span style='font-size:10.0pt;font-family:宋体'>", "<span lang=EN-US>"),
}
TD_BORDER = {
    "word": ("border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;\n"
             "  mso-border-alt:solid windowtext .5pt;background:white;",
             "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;\n"
             "  mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;\n"
             "  mso-border-alt:solid windowtext .5pt;background:white;"),
    "lean": ("border:solid windowtext 1.0pt;border-top:none;",
             "border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;"),
    "filtered": ("border:solid windowtext 1.0pt;", "border:solid windowtext 1.0pt;"),
}
OP = "<o:p></o:p>"


def html_runs(text, spans):
    """Word starts a new run where the script changes (lang=EN-US around digits and Latin)."""
    out, i = [], 0
    while i < len(text):
        ascii_run = text[i].isascii()
        j = i
        while j < len(text) and text[j].isascii() == ascii_run:
            j += 1
        out.append(spans[1 if ascii_run else 0] + esc(text[i:j]) + "</span>")
        i = j
    return "".join(out)


def html_end(flavour, size=""):
    if flavour == "filtered":
        return ""
    return "<span lang=EN-US%s>%s</span>" % (" style='font-size:%s'" % size if size else "", OP)


def html_para(text, flavour):
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
            "mso-line-height-rule:exactly'>%s%s</p>\n\n" % (html_runs(text, BODY_SPAN[flavour]), html_end(flavour, "16.0pt")))


def html_empty_para(flavour):
    return "<p class=MsoNormal><span lang=EN-US>%s</span></p>\n\n" % (
        "&nbsp;" if flavour == "filtered" else "<o:p>&nbsp;</o:p>")


def html_cell_content(cell, flavour, rng):
    spans = CELL_SPAN[flavour]
    if cell.kind == "num":
        return spans[1] + esc(cell.text) + ("" if flavour == "filtered" else OP) + "</span>"
    if cell.kind == "vertical":  # one character per span, as Word exports vertical text
        return "".join(spans[0] + esc(ch) + "</span>" for ch in cell.text) + html_end(flavour)
    parts = []
    for k, line in enumerate(cell.text.split("\n")):
        if k:
            parts.append("<br>\n")
        # A label split after its item number: 一 + 、本年新收… / （一） + 予以公开 / 1. + 属于….
        cut = 0
        if len(line) > 2 and line[1] == "、":
            cut = 1
        elif line.startswith("（") and "）" in line[:5]:
            cut = line.index("）") + 1
        elif len(line) > 2 and line[1] == "." and line[0].isdigit():
            cut = 2
        if cut and rng.random() < 0.7:
            parts.append(html_runs(line[:cut], spans) + html_runs(line[cut:], spans))
        else:
            parts.append(html_runs(line, spans))
    return "".join(parts) + html_end(flavour)


def html_table(rows, flavour, rng, col_pt):
    out = ["<div align=center>\n\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=%d\n"
           " style='width:%.1fpt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
           " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n" % (int(sum(col_pt) * 4 / 3), sum(col_pt))]
    walked = grid_walk(rows)
    for r, cells in enumerate(walked):
        height = rng.choice(["15.75", "18.0", "20.25", "24.0", "28.5"])
        out.append(" <tr style='mso-yfti-irow:%d;%sheight:%spt'>\n"
                   % (r, "mso-yfti-firstrow:yes;" if r == 0 else "mso-yfti-lastrow:yes;" if r == len(walked) - 1 else "",
                      height))
        col = 0
        for cell, continued in cells:
            if continued:
                col += cell.colspan
                continue
            w = sum(col_pt[col:col + cell.colspan])
            attrs = "width=%d" % int(w * 4 / 3)
            if cell.rowspan > 1:
                attrs += " rowspan=%d" % cell.rowspan
            if cell.colspan > 1:
                attrs += " colspan=%d" % cell.colspan
            border = TD_BORDER[flavour][0 if col == 0 else 1]
            if r == 0:
                border = border.replace("border-top:none;", "")
            align = "center" if cell.kind != "label" or cell.rowspan > 1 or r < 3 else "left"
            out.append("  <td %s valign=center style='width:%.1fpt;%s\n  padding:0cm 5.4pt 0cm 5.4pt;height:%spt'>\n"
                       "  <p class=MsoNormal align=%s style='text-align:%s;%s'>%s</p>\n  </td>\n"
                       % (attrs, w, border, height, align, align,
                          "line-height:15.0pt" if flavour == "filtered" else "mso-pagination:widow-orphan;layout-grid-mode:char",
                          html_cell_content(cell, flavour, rng)))
            col += cell.colspan
        out.append(" </tr>\n")
    out.append("</table>\n\n</div>\n\n")
    return "".join(out)


def html_body(rep, rng, flavour, title, heads, overview, problems, other):
    template = rep["template"]
    body = ["<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n"
            "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n"]
    body.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
                "<span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体;color:black'>%s</span>"
                "%s</p>\n\n" % (esc(title), html_end(flavour, "22.0pt")))
    body.append(html_empty_para(flavour))

    def heading(text):
        return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                "mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:黑体;"
                "mso-hansi-font-family:宋体;color:black'>%s</span>%s</p>\n\n" % (esc(text), html_end(flavour, "16.0pt")))

    body.append(heading(heads[1]))
    body += [html_para(p, flavour) for p in overview]
    body.append(heading(heads[2]))
    body.append(html_table(table2_model(template, rep["t2"], rng)[0], flavour, rng, [110.0, 100.0, 100.0, 110.0]))
    body.append(html_empty_para(flavour))
    body.append(heading(heads[3]))
    body.append(html_table(table3_model(template, rep["t3"])[0], flavour, rng, [22.0, 48.0, 130.0] + [38.0] * 7))
    body.append(html_empty_para(flavour))
    body.append(heading(heads[4]))
    body.append(html_table(table4_model(rep["t4"])[0], flavour, rng, [27.0] * 15))
    body.append(html_empty_para(flavour))
    body.append(heading(heads[5]))
    body += [html_para(p, flavour) for p in problems]
    body.append(heading(heads[6]))
    body += [html_para(p, flavour) for p in other]
    body.append("</div>\n\n</body>\n\n</html>\n")
    return "".join(body)


def html_report(rep, rng, charset, target_size):
    """The most verbose flavour that fits the target size, then @list definitions in the head
    (Word keeps every list ever used in the document, ~2.2 KB each) up to the target."""
    title, heads, overview, problems, other = prose(rng, rep)
    for flavour in FLAVOURS:
        state = rng.getstate()
        body = html_body(rep, rng, flavour, title, heads, overview, problems, other).encode(charset)
        head = html_head(rng, title, charset, flavour != "filtered", 0)
        base = len(head.encode(charset)) + len(body)
        if base <= target_size or flavour == FLAVOURS[-1]:
            break
        rng.setstate(state)
    lists = max(0, (target_size - base) // 2200)
    if lists:
        head = html_head(rng, title, charset, flavour != "filtered", lists)
    return head.encode(charset) + body


# ---------------------------------------------------------------------------------------------
# Renderer: DOCX (minimal OOXML written with zipfile)

W_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"')


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rsid(rng):
    return "00%06X" % rng.randint(0, 0xFFFFFF)


def docx_run(text, size, font):
    rpr = '<w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s" w:hint="eastAsia"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (
        font, font, font, size, size)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return "<w:r>%s<w:t%s>%s</w:t></w:r>" % (rpr, space, xesc(text))


def docx_para(text, rng, size=32, font="仿宋_GB2312", center=False, indent=True):
    ppr = "<w:pPr>%s<w:spacing w:line=\"560\" w:lineRule=\"exact\"/>%s<w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:sz w:val=\"%d\"/></w:rPr></w:pPr>" % (
        '<w:jc w:val="center"/>' if center else "",
        '<w:ind w:firstLineChars="200" w:firstLine="640"/>' if indent and not center else "", size)
    # Word splits runs where the revision session (rsid) changes: cut the text in a few places.
    runs, start = [], 0
    cuts = sorted(rng.sample(range(1, len(text)), k=min(len(text) - 1, rng.randint(0, 3)))) if len(text) > 1 else []
    for cut in cuts + [len(text)]:
        runs.append(docx_run(text[start:cut], size, font))
        start = cut
    r = rsid(rng)
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s" w:rsidP="%s">%s%s</w:p>' % (r, r, rsid(rng), ppr, "".join(runs))


def docx_table(rows, rng, col_tw):
    grid = "".join('<w:gridCol w:w="%d"/>' % w for w in col_tw)
    out = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>'
           '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
           '</w:tblPr><w:tblGrid>%s</w:tblGrid>' % (sum(col_tw), grid)]
    for cells in grid_walk(rows):
        out.append('<w:tr w:rsidR="%s" w:rsidTr="%s"><w:trPr><w:trHeight w:val="%d"/><w:jc w:val="center"/></w:trPr>'
                   % (rsid(rng), rsid(rng), rng.choice([360, 405, 480, 567])))
        col = 0
        for cell, continued in cells:
            w = sum(col_tw[col:col + cell.colspan])
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
            if cell.colspan > 1:
                tcpr += '<w:gridSpan w:val="%d"/>' % cell.colspan
            if cell.rowspan > 1:
                tcpr += '<w:vMerge w:val="restart"/>' if not continued else "<w:vMerge/>"
            tcpr += '<w:vAlign w:val="center"/>'
            if continued:
                out.append('<w:tc><w:tcPr>%s</w:tcPr><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:jc w:val="center"/>'
                           '<w:rPr><w:sz w:val="20"/></w:rPr></w:pPr></w:p></w:tc>' % (tcpr, rsid(rng), rsid(rng)))
            else:
                runs = []
                for k, line in enumerate(cell.text.split("\n")):
                    if k:
                        runs.append('<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:br/></w:r>')
                    if cell.kind == "label" and len(line) > 2 and line[1] == "、" and rng.random() < 0.5:
                        runs.append(docx_run(line[:1], 20, "宋体") + docx_run(line[1:], 20, "宋体"))
                    else:
                        runs.append(docx_run(line, 20, "宋体" if cell.kind != "num" else "Times New Roman"))
                out.append('<w:tc><w:tcPr>%s</w:tcPr><w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr><w:jc w:val="center"/>'
                           '<w:rPr><w:sz w:val="20"/></w:rPr></w:pPr>%s</w:p></w:tc>' % (tcpr, rsid(rng), rsid(rng), "".join(runs)))
            col += cell.colspan
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                 '</Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')


def docx_styles():
    latent = "".join('<w:lsdException w:name="%s" w:uiPriority="%d"%s/>'
                     % (n, min(99, i // 3 + 9), ' w:semiHidden="1" w:unhideWhenUsed="1"' if 9 < i < 60 else "")
                     for i, n in enumerate(LATENT_STYLES))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
            '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
            '</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" '
            'w:defQFormat="0" w:count="%d">%s</w:latentStyles>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>'
            '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
            '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
            '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
            '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
            '<w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/>'
            '<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
            '</w:styles>' % (W_NS, len(LATENT_STYLES), latent))


def docx_report(rep, rng):
    title, heads, overview, problems, other = prose(rng, rep)
    template = rep["template"]
    body = [docx_para(title, rng, size=44, font="方正小标宋简体", center=True)]
    body.append(docx_para(heads[1], rng, font="黑体"))
    body += [docx_para(p, rng) for p in overview]
    body.append(docx_para(heads[2], rng, font="黑体"))
    body.append(docx_table(table2_model(template, rep["t2"], rng)[0], rng, [2200, 2000, 2000, 2200]))
    body.append(docx_para(heads[3], rng, font="黑体"))
    body.append(docx_table(table3_model(template, rep["t3"])[0], rng, [440, 960, 2600] + [760] * 7))
    body.append(docx_para(heads[4], rng, font="黑体"))
    body.append(docx_table(table4_model(rep["t4"])[0], rng, [540] * 15))
    body.append(docx_para(heads[5], rng, font="黑体"))
    body += [docx_para(p, rng) for p in problems]
    body.append(docx_para(heads[6], rng, font="黑体"))
    body += [docx_para(p, rng) for p in other]
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document %s><w:body>%s'
                '<w:sectPr w:rsidR="%s"><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" '
                'w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
                '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>'
                % (W_NS, "".join(body), rsid(rng)))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:settings %s><w:zoom w:percent="100"/>'
                '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="420"/>'
                '<w:drawingGridVerticalSpacing w:val="156"/><w:displayHorizontalDrawingGridEvery w:val="0"/>'
                '<w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
                '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>' % W_NS)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Administrator</dc:creator>'
            '<cp:lastModifiedBy>Administrator</cp:lastModifiedBy><cp:revision>%d</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%d-01-15T02:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%d-01-20T08:30:00Z</dcterms:modified></cp:coreProperties>'
            % (rng.randint(2, 30), rep["year"] + 1, rep["year"] + 1))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Properties '
           'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>%d</TotalTime><Pages>%d</Pages><Application>Microsoft Office Word</Application>'
           '<DocSecurity>0</DocSecurity><Company></Company><AppVersion>16.0000</AppVersion></Properties>'
           % (rng.randint(5, 300), rng.randint(5, 12)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", DOC_RELS),
                           ("word/styles.xml", docx_styles()), ("word/settings.xml", settings),
                           ("docProps/core.xml", core), ("docProps/app.xml", app)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # fixed: byte-identical reruns
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# The corpus: issuers, their consecutive years, formats, injected errors

def parse_mix(text):
    mix = {}
    for part in text.split(","):
        name, _, share = part.partition("=")
        name = name.strip()
        if name not in ("text", "html", "docx") or not share.strip():
            raise SystemExit("make_corpus.py: --mix wants text=N,html=N,docx=N, got %r" % text)
        mix[name] = float(share)
    if sum(mix.values()) <= 0:
        raise SystemExit("make_corpus.py: --mix shares sum to zero")
    return mix


def exact_counts(count, mix):
    """Largest-remainder split of count by the shares, so 10000 at 50/40/10 is exactly 5000/4000/1000."""
    total = sum(mix.values())
    raw = {k: count * v / total for k, v in mix.items()}
    out = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[:count - sum(out.values())]:
        out[k] += 1
    return out


def make_issuers(rng, needed):
    names, seen = [], set()
    while len(names) < needed:
        place = rng.choice(PLACE_FIRST) + rng.choice(PLACE_SECOND)
        if rng.random() < 0.12:
            suffix, focus = rng.choice(TOWN_SUFFIXES)
            name = place + suffix
        else:
            dept, focus = rng.choice(DEPARTMENTS)
            level = rng.choice(LEVELS)
            name = place + level + ("人民政府办公室" if dept == "人民政府办公室" else dept)
        if name not in seen:
            seen.add(name)
            names.append((name, focus))
    return names


def plan(count, seed, mix, error_share):
    """Every report's true numbers, then its format, file name and injected error (if any)."""
    rng = random.Random("xxgk-corpus:%d" % seed)
    reports = []
    # Issuers publish 1-6 consecutive years; the generator stops at count reports.
    issuers = make_issuers(rng, count)  # more than enough
    fingerprints = set()
    for issuer_id, (issuer, focus) in enumerate(issuers):
        if len(reports) >= count:
            break
        length = rng.randint(1, len(YEARS))
        first = rng.randint(YEARS[0], YEARS[-1] - length + 1)
        last = first + length - 1
        scale, scale_range = pick_scale(rng)
        carried, prev_new, t2_state = None, None, None
        for year in range(first, last + 1):
            if len(reports) >= count:
                break
            template = template_for(year)
            if carried is None:  # first report of the series: last year's carry-forward unknown, made up
                carried = alloc(rng.randint(0, max(1, scale_range[1] // 10)), [85, 8, 1, 1, 2, 3], rng, 0.2)
            while True:
                t3, new_total = make_table3(rng, template, scale_range, carried, prev_new)
                t4 = make_table4(rng, scale)
                t2, state = make_table2(rng, template, t2_state, scale)
                fp = repr((sorted(t2.items()), sorted(t3.items()), sorted(t4.items())))
                if fp not in fingerprints:  # two identical reports would be a duplicate-report finding
                    fingerprints.add(fp)
                    break
            t2_state, prev_new = state, new_total
            carried = t3["carried_forward"][:6]
            docs_made = t2["规范性文件"][0] if template == "2019" else t2["行政规范性文件"][0]
            reports.append(dict(issuer=issuer, issuer_id=issuer_id, focus=focus, year=year, template=template,
                                t2=t2, t3=t3, t4=t4, docs_made=docs_made))
    counts = exact_counts(len(reports), mix)
    formats = [f for f in ("text", "html", "docx") for _ in range(counts.get(f, 0))]
    rng.shuffle(formats)
    injected = set(rng.sample(range(len(reports)), k=int(round(len(reports) * error_share))))
    ext = {"text": "txt", "html": "html", "docx": "docx"}
    for i, rep in enumerate(reports):
        rep["index"] = i
        rep["format"] = formats[i]
        rep["file"] = "%s/r%05d-i%04d-%d.%s" % (formats[i], i, rep["issuer_id"], rep["year"], ext[formats[i]])
        if rep["format"] == "text":
            rep["encoding"] = "gb18030" if rng.random() < 0.1 else "utf-8"
        elif rep["format"] == "html":
            rep["encoding"] = rng.choices(["utf-8", "gb2312", "gbk"], [70, 15, 15])[0]
        else:
            rep["encoding"] = "utf-8"
        rep["html_size"] = rng.randint(100 * 1024, 300 * 1024)
        rep["cell"], rep["old"], rep["new"] = "", "", ""
        if i in injected:
            inject(rep, rng)
    return reports


def inject(rep, rng):
    """Change one cell of table 三 or 四 by ±1..5 (kept non-negative) in the printed copy only."""
    delta = rng.randint(1, 5) * rng.choice([-1, 1])
    if rng.random() < 0.8:
        rows = ["new_received", "carried_over"] + result_keys(rep["template"]) + ["results_total", "carried_forward"]
        row, c = rng.choice(rows), rng.randrange(7)
        t3 = {k: list(v) for k, v in rep["t3"].items()}
        old = t3[row][c]
        new = old + delta if old + delta >= 0 else old - delta
        t3[row][c] = new
        rep["t3"] = t3
        rep["cell"] = "三/%s/%s" % (row, COLS[c])
    else:
        group, c = rng.choice(T4_GROUPS), rng.randrange(5)
        t4 = {k: list(v) for k, v in rep["t4"].items()}
        old = t4[group][c]
        new = old + delta if old + delta >= 0 else old - delta
        t4[group][c] = new
        rep["t4"] = t4
        rep["cell"] = "四/%s/%s" % (group, T4_CELLS[c])
    rep["old"], rep["new"] = old, new


def render(job):
    rep, out_dir, seed = job
    rng = random.Random("xxgk-file:%d:%d" % (seed, rep["index"]))
    if rep["format"] == "text":
        data = text_report(rep, rng, rep["encoding"] == "utf-8").encode(rep["encoding"])
    elif rep["format"] == "html":
        data = html_report(rep, rng, rep["encoding"], rep["html_size"])
    else:
        data = docx_report(rep, rng)
    path = os.path.join(out_dir, rep["file"])
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(data)


def check_gb2312():
    words = PLACE_FIRST + PLACE_SECOND + LEVELS + [d for d, _ in DEPARTMENTS] + [f for _, f in DEPARTMENTS]
    words += [s for s, _ in TOWN_SUFFIXES] + [T3_NOTE, "“三安全一稳定”"]
    words += [s for _, pool in OVERVIEW_PARTS for s in pool] + OVERVIEW_INTRO + PROBLEMS + OTHER_2019 + OTHER_2021
    for w in words:
        w.encode("gb2312")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10000, help="number of reports (default 10000)")
    ap.add_argument("--out", default="bench/corpus", help="output directory (default bench/corpus)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--mix", default="text=50,html=40,docx=10", help="format shares (default text=50,html=40,docx=10)")
    ap.add_argument("--error-share", type=float, default=0.2, help="share of files with one injected error (default 0.2)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes (output does not depend on it)")
    ap.add_argument("--force", action="store_true", help="replace an existing corpus in OUT")
    args = ap.parse_args(argv)
    if args.count < 1:
        ap.error("--count must be at least 1")
    if not 0.0 <= args.error_share <= 1.0:
        ap.error("--error-share must be between 0 and 1")
    mix = parse_mix(args.mix)
    check_gb2312()

    manifest = os.path.join(args.out, "MANIFEST.csv")
    if os.path.exists(manifest) and not args.force:
        raise SystemExit("make_corpus.py: %s exists; use --force to replace the corpus" % manifest)
    for sub in ("text", "html", "docx"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    for sub in mix:
        os.makedirs(os.path.join(args.out, sub), exist_ok=True)

    reports = plan(args.count, args.seed, mix, args.error_share)
    jobs = [(rep, args.out, args.seed) for rep in reports]
    if args.jobs > 1:
        with Pool(args.jobs) as pool:
            sizes = list(pool.imap(render, jobs, chunksize=32))
    else:
        sizes = [render(j) for j in jobs]

    with open(manifest + ".tmp", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "format", "template", "year", "issuer", "injected", "cell", "encoding", "old", "new", "bytes"])
        for rep, size in zip(reports, sizes):
            w.writerow([rep["file"], rep["format"], rep["template"], rep["year"], rep["issuer"],
                        "yes" if rep["cell"] else "no", rep["cell"], rep["encoding"], rep["old"], rep["new"], size])
    os.replace(manifest + ".tmp", manifest)
    with open(os.path.join(args.out, "PARAMS"), "w", encoding="utf-8") as f:
        f.write("count=%d seed=%d mix=%s error_share=%g\n" % (args.count, args.seed, args.mix, args.error_share))

    by_format = {}
    for rep, size in zip(reports, sizes):
        n, b = by_format.get(rep["format"], (0, 0))
        by_format[rep["format"]] = (n + 1, b + size)
    summary = ", ".join("%s %d files %.1f MB" % (k, n, b / 1e6) for k, (n, b) in sorted(by_format.items()))
    print("make_corpus.py: %d reports of %d issuers in %s (%s); %d with an injected error"
          % (len(reports), len({r["issuer"] for r in reports}), args.out, summary,
             sum(1 for r in reports if r["cell"])))


if __name__ == "__main__":
    main()
