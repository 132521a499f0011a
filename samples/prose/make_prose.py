#!/usr/bin/env python3
"""Writes samples/prose/: reports whose prose restates tables 二, 三 and 四 (issue 16), and EXPECTED.md.

Every statement is a clause built from the tables' values, so the script knows, for each one,
the clause as printed, the cells it binds to (issue 16's rules) and both values. The files whose
name says a shape change exactly one stated number (or claim) of that shape; EXPECTED.md lists
what `narrative-mismatch` (and the notes/warnings of issue 16) should say on each file.
Deterministic: python3 samples/prose/make_prose.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from sample_model import Report, rebalance, render_text  # noqa: E402

OUT, TRUTH, EXPECTED = {}, {}, []

GROUPS = {
    "denied": "（三）不予公开", "unable": "（四）无法提供", "not_processed": "（五）不予处理", "other": "（六）其他处理",
}


def total(r, *keys):
    return sum(r.t3[k][6] for k in keys)


def group(r, prefix):
    return sum(v[6] for k, v in r.t3.items() if k == prefix or k.startswith(prefix + "."))


def legal(r, key):
    return sum(r.t3[key][1:6])


def t4(r, g, c):
    return r.t4[["review", "litigation_direct", "litigation_after_review"].index(g) * 5 +
                ["upheld", "corrected", "other", "pending", "total"].index(c)]


class S:
    """A statement: printed with {n}; binds to cells; the table's value."""
    def __init__(self, shape, text, cells, value, stated=None):
        self.shape, self.text, self.cells, self.value = shape, text, cells, value
        self.stated = value if stated is None else stated

    def clause(self):
        return self.text.format(n=self.stated)


def statements(r, kind):
    """The statements of sections 一, 三 and 四, by shape. kind: '2019' or '2021' wording."""
    gp = total(r, "granted", "partially_granted")
    st = {
        "received": S("受理…申请 N 件", "共受理政府信息公开申请{n}件", ["applications.new_received.total"],
                      r.t3["new_received"][6]),
        "natural": S("其中自然人申请 N 件", "其中自然人申请{n}件", ["applications.new_received.natural_person"],
                     r.t3["new_received"][0]),
        "legal": S("法人或其他组织申请 N 件", "法人或其他组织申请{n}件",
                   ["applications.new_received.commercial_enterprise … other_org (sum)"], legal(r, "new_received")),
        "handled": S("办结 N 件", "全年共办结{n}件", ["applications.results_total.total"], r.t3["results_total"][6]),
        "carried_over": S("含上年度结转申请 N 件", "含上年度结转申请{n}件", ["applications.carried_over.total"],
                          r.t3["carried_over"][6]),
        "granted": S("予以公开及部分公开 N 件", "其中予以公开及部分公开{n}件",
                     ["applications.granted.total", "applications.partially_granted.total"], gp),
        "denied": S("不予公开 N 件", "不予公开{n}件", ["applications.denied.*.total (8 rows)"], group(r, "denied")),
        "unable": S("无法提供 N 件", "无法提供{n}件", ["applications.unable.*.total (3 rows)"], group(r, "unable")),
        "not_processed": S("不予处理 N 件", "不予处理{n}件", ["applications.not_processed.*.total (5 rows)"],
                           group(r, "not_processed")),
        "other": S("其他处理 N 件", "其他处理{n}件",
                   ["applications.other.*.total (3 rows)" if kind == "2021" else "applications.other.total"],
                   group(r, "other")),
        "carried_forward": S("结转下一年 N 件", "结转下一年{n}件", ["applications.carried_forward.total"],
                             r.t3["carried_forward"][6]),
        "postponed": S("另有 N 件…顺延到下年度答复", "另有{n}件因申请人需补正材料顺延到下年度答复",
                       ["applications.carried_forward.total"], r.t3["carried_forward"][6]),
        "review": S("行政复议 N 件", "全年发生政府信息公开行政复议{n}件", ["review_litigation.review.total"],
                    t4(r, "review", "total")),
        "review_upheld": S("其中结果维持 N 件（复议）", "其中结果维持{n}件", ["review_litigation.review.upheld"],
                           t4(r, "review", "upheld")),
        "review_corrected": S("结果纠正 N 件（复议）", "结果纠正{n}件", ["review_litigation.review.corrected"],
                              t4(r, "review", "corrected")),
        "review_other": S("其他结果 N 件（复议）", "其他结果{n}件", ["review_litigation.review.other"],
                          t4(r, "review", "other")),
        "litigation": S("行政诉讼 N 件", "行政诉讼{n}件",
                        ["review_litigation.litigation_direct.total", "review_litigation.litigation_after_review.total"],
                        t4(r, "litigation_direct", "total") + t4(r, "litigation_after_review", "total")),
        "normative": S("制发规范性文件 N 件", "本年制发规范性文件{n}件",
                       ["active_disclosure.art20_1.normative_documents.issued" if kind == "2021"
                        else "active_disclosure.art20_1.normative_documents.new_made"],
                       int(r.t2[0][2][1][1][0])),
    }
    return st


def prose_2021(r, st, claims=None):
    """Sections 一, 三, 四 of the 2021 agreeing sample, built from statements."""
    c = lambda k: st[k].clause()
    claims = claims or {}
    r.prose[1] = [
        f"{r.year}年，{r.issuer}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
        "推进决策、执行、管理、服务、结果公开。",
        f"一是规范性文件管理更加规范。{c('normative')}，均按规定在政府网站公开并同步解读。",
        f"二是依申请公开依法规范。{c('received')}，{c('natural')}，{c('legal')}。",
    ]
    r.prose[3] = [
        f"{c('handled')}，{c('carried_over')}。{c('granted')}，{c('denied')}，{c('unable')}，"
        f"{c('not_processed')}，{c('other')}；{c('carried_forward')}。具体情况见下表：",
    ]
    r.prose[4] = [
        claims.get("review", f"{c('review')}，{c('review_upheld')}，{c('review_corrected')}，{c('review_other')}；"
                             f"{c('litigation')}，均已结案。")]


def prose_2019(r, st):
    c = lambda k: st[k].clause()
    r.prose[1] = [
        f"{r.year}年，{r.issuer}按照上级部署，扎实推进政府信息公开工作。",
        f"主动公开方面，{c('normative')}，全部在门户网站公开。",
        f"依申请公开方面，全年共收到政府信息公开申请{st['received'].stated}件，{c('natural')}，{c('legal')}。",
    ]
    r.prose[3] = [
        f"{c('handled')}，{c('carried_over')}，{c('granted')}，{c('denied')}，{c('unable')}。"
        f"{c('postponed')}。",
    ]
    r.prose[4] = [f"{c('review')}，均获维持；{c('litigation')}，其中尚未审结1件。"]


def emit(name, r, flagged, note=""):
    OUT[name] = render_text(r)
    t = r.truth()
    TRUTH[name] = t
    EXPECTED.append((name, flagged, note))


def base_2021(issuer="临溪县市场监督管理局", seed=1601):
    r = Report(issuer, 2021, "2021", seed, size=80, carried_forward=[7, 2, 0, 0, 0, 1])
    r.t4 = [3, 1, 1, 0, 5, 2, 0, 1, 0, 3, 1, 0, 0, 0, 1]   # nothing pending: 均已结案 is true
    return r


def base_2019():
    r = Report("枫岭县人力资源和社会保障局", 2020, "2019", 1602, size=60, carried_forward=[4, 1, 0, 0, 0, 0])
    r.t4 = [4, 0, 0, 0, 4, 1, 1, 0, 1, 3, 0, 0, 0, 0, 0]   # review all upheld; one lawsuit pending
    return r


def mismatch(st, key, stated, extra=""):
    s = st[key]
    s.stated = stated
    return [{"shape": s.shape, "clause": s.clause(), "cells": s.cells, "stated": stated, "table": s.value,
             "extra": extra}]


def main():
    # (a) everything agrees
    r = base_2021()
    st = statements(r, "2021")
    prose_2021(r, st)
    emit("agree-2021.txt", r, [], "every shape of issue 16 once, every number equal to its cells")

    r = base_2019()
    st = statements(r, "2019")
    prose_2019(r, st)
    emit("agree-2019.txt", r, [], "2019 template; 共收到…N件, 另有N件…顺延到下年度答复, 均获维持 (true: review 4 upheld, 0 else), "
                                  "其中尚未审结1件 under 诉讼 (true)")

    # (b) one stated number changed, one file per shape (all from agree-2021's tables)
    changes = [
        ("received", +10, "mismatch-received-2021.txt", ""),
        ("natural", -3, "mismatch-natural-person-2021.txt", ""),
        ("legal", +2, "mismatch-legal-person-2021.txt", ""),
        ("handled", -5, "mismatch-handled-2021.txt", ""),
        ("carried_over", +1, "mismatch-carried-over-2021.txt", ""),
        ("carried_forward", +2, "mismatch-carried-forward-2021.txt", ""),
        ("denied", +1, "mismatch-denied-2021.txt", ""),
        ("unable", -4, "mismatch-unable-2021.txt", ""),
        ("not_processed", +3, "mismatch-not-processed-2021.txt", ""),
        ("other", +1, "mismatch-other-processing-2021.txt", ""),
        ("review", +1, "mismatch-review-2021.txt", ""),
        ("review_upheld", -1, "mismatch-review-upheld-2021.txt", ""),
        ("litigation", +2, "mismatch-litigation-2021.txt", ""),
        ("normative", +1, "mismatch-normative-documents-2021.txt", ""),
    ]
    for key, delta, name, note in changes:
        r = base_2021()
        st = statements(r, "2021")
        flagged = mismatch(st, key, st[key].value + delta)
        prose_2021(r, st)
        emit(name, r, flagged, note)

    # 予以公开及部分公开 given as one cell (the 自然人 cell of （一）) instead of the group sum.
    r = base_2021()
    st = statements(r, "2021")
    one = r.t3["granted"][0]
    flagged = mismatch(st, "granted", one,
                       f"{one} equals the 自然人 cell of （一）予以公开; the sum of （一） and （二） 总计 is {st['granted'].value}")
    prose_2021(r, st)
    emit("mismatch-granted-partial-one-cell-2021.txt", r, flagged)

    # Claims: 均获维持 while 复议 has a corrected and an other result; 均已结案 while a lawsuit is pending.
    r = base_2021()
    st = statements(r, "2021")
    prose_2021(r, st, claims={"review": f"{st['review'].clause()}，均获维持；{st['litigation'].clause()}，均已结案。"})
    emit("mismatch-claim-all-upheld-2021.txt", r,
         [{"shape": "均获维持", "clause": "均获维持", "cells": ["review_litigation.review.corrected",
                                                          "review_litigation.review.other",
                                                          "review_litigation.review.pending"],
           "stated": "all 0", "table": f"corrected {t4(r, 'review', 'corrected')}, other {t4(r, 'review', 'other')}, "
                                       f"pending {t4(r, 'review', 'pending')}", "extra": ""}])

    r = base_2021()
    r.t4 = [3, 1, 1, 0, 5, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1]  # one direct lawsuit pending
    st = statements(r, "2021")
    prose_2021(r, st)
    emit("mismatch-claim-all-concluded-2021.txt", r,
         [{"shape": "均已结案", "clause": "均已结案", "cells": ["review_litigation.litigation_direct.pending",
                                                          "review_litigation.litigation_after_review.pending"],
           "stated": "all 0", "table": "litigation_direct.pending 1, litigation_after_review.pending 0",
           "extra": "review.pending is 0 too, so the claim fails whatever its scope (诉讼 or 复议 and 诉讼)"}])

    # (c) a dozen innocent numbers beside agreeing statements
    r = base_2021("石埠县人民政府办公室", 1603)
    st = statements(r, "2021")
    prose_2021(r, st)
    new = r.t3["new_received"][6]
    r.prose[1] = [
        f"{r.year}年，{r.issuer}全年通过政府门户网站主动公开政府信息1862条，其中政策文件236条，"
        "编发《政务公开工作简报》12期。",
        "组织政务公开业务培训4次，参训436人次，网站日均访问量1.2万人次，回复网民留言532条。",
        "区政务服务便民热线受理群众诉求3527件，按时办结率98.6%；全年收到信访件214件次。",
        f"{st['received'].clause()}，{st['natural'].clause()}，{st['legal'].clause()}；"
        f"依申请公开申请量同比增长12件，增幅15.2%；2020年共受理政府信息公开申请68件。",
        "开展规范性文件集中清理，废止规范性文件17件；印发其他政策性文件9件。",
        f"区政务服务中心代表区政府受理申请{new - 11}件，占全部申请的{(new - 11) * 100 / new:.1f}%。",
    ]
    r.prose[6] = ["（一）收取信息处理费的情况。本年度收取信息处理费150元，涉及申请2件。",
                  "（二）落实上级年度政务公开工作要点情况。举办新闻发布会6场，发布权威信息41条。",
                  "（三）人大代表建议和政协提案办理结果公开情况。办理人大代表建议58件、政协提案73件，均已办结并公开。",
                  "（四）年度政务公开工作创新情况。无。"]
    emit("innocent-numbers-2021.txt", r, [{
        "shape": "代表区政府受理 (narrower scope)", "clause": f"区政务服务中心代表区政府受理申请{new - 11}件",
        "cells": ["applications.new_received.total"], "stated": new - 11, "table": new,
        "extra": "**not** narrative-mismatch: issue 16's warning rule for a narrower scope (one office, "
                 "代表区政府受理); nothing else in the file may fire"}],
         "1862条, 236条, 12期, 4次, 436人次, 1.2万人次, 532条, 热线…群众诉求3527件, 98.6%, 信访件214件次, "
         "同比增长12件, 15.2%, 2020年…68件, 废止规范性文件17件 (清理), 其他政策性文件9件, 信息处理费150元, 申请2件 "
         "(in a 信息处理费 clause), 6场, 41条, 办理人大代表建议58件 (办理…N件, but of 建议/提案, not applications), 提案73件: none binds")

    # (d) 受理 N = 新收 + 上年结转
    r = base_2021("望川县自然资源和规划局", 1604)
    st = statements(r, "2021")
    both = r.t3["new_received"][6] + r.t3["carried_over"][6]
    flagged = mismatch(st, "received", both,
                       f"a **note**, not an error: {both} = 新收 {r.t3['new_received'][6]} + 上年结转 "
                       f"{r.t3['carried_over'][6]} (the office counts carried-over applications as received)")
    prose_2021(r, st)
    emit("received-includes-carried-over-2021.txt", r, flagged)

    for name, text in OUT.items():
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    write_expected()


def write_expected():
    out = ["# Expected prose findings (issue 16)", "",
           "Written by `make_prose.py` with the samples (do not edit by hand). Check each file **on its own**",
           "(`xxgk check samples/prose/FILE`): the mismatch files share one report's tables, so `--cross`",
           "over the folder adds `duplicate-report` / `duplicate-issuer-year`, which is not what they test.",
           "Every table identity holds in every file; besides what is listed, nothing may fire.", "",
           "Binding (issue 16): clauses split at 。；;，, and at 、 after a number; a clause starting 其中",
           "continues the previous clause's subject (in `行政复议5件，其中结果维持3件，结果纠正1件，其他结果1件`",
           "the result clauses are under 复议). Group sums (不予公开, 无法提供, 不予处理, 其他处理) are the sums",
           "of the group's 总计 cells; 法人或其他组织 is the sum of the five legal-person cells of 新收;",
           "行政诉讼 is 直接起诉 总计 + 复议后起诉 总计.", "",
           "Per file: the statement(s) that should be flagged, each with its shape, the clause as printed,",
           "the cell(s) it binds to, the stated value and the table's value.", ""]
    for name, flagged, note in EXPECTED:
        out.append(f"- `{name}`: " + ("nothing." if not flagged else ""))
        for f in flagged:
            out.append(f"  - {f['shape']}: clause `{f['clause']}` → {', '.join('`%s`' % c for c in f['cells'])}; "
                       f"stated **{f['stated']}**, table **{f['table']}**." + (f" {f['extra']}" if f['extra'] else ""))
        if note:
            out.append(f"  - ({note})")
    out.append("")
    (HERE / "EXPECTED.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
