#!/usr/bin/env python3
"""Writes samples/city/: the reports of the invented city 霁川市 for 2022 and 2023 (issue 18).

- 霁川市蓝溪区人民政府 is an aggregate: its tables 三 and 四 are the cell-by-cell sums of its
  three children's. In 2023 one 自然人 application is counted under （一） by the district but under
  （二） by its children (4 cells differ; each table's identities still hold).
- 霁川市自然资源局 has no 2023 report (missing).
- 霁川市市场监督管理局 reports for 2023 as 霁川市市场监管局 (renamed, a near name).
- 霁川市财政局 2023 typed its 行政复议 counts in 万 (3 → 30000: factor 10000 over 2022's 3).
- Every 2023 二、上年结转 equals the unit's 2022 四、结转下年度, except 霁川市人民政府办公室
  (自然人 +1, deliberately).
- Every 2023 现行有效件数 = 2022's + 本年制发 − 本年废止 (active-documents-continuity holds).
Also the rule examples of issue 18, small cuts of the city with their own expect.csv (each bad
one fires exactly its rule, the good one nothing): ../broken-report-missing/,
../broken-report-unexpected/, ../broken-aggregate-sum/, ../broken-year-over-year-jump/ and
../batch-office/.
Deterministic: python3 samples/city/make_city.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "layouts"))
from sample_model import Report, gen_t3, rebalance, render_text, sum_t3, sum_t4  # noqa: E402
import random  # noqa: E402
import shutil  # noqa: E402

DISTRICT = "霁川市蓝溪区人民政府"
CHILDREN = ["霁川市蓝溪区教育局", "霁川市蓝溪区城南街道办事处", "霁川市蓝溪区城北街道办事处"]
CITY = ["霁川市人民政府办公室", "霁川市财政局", "霁川市自然资源局", "霁川市市场监督管理局"]
SIZE = {"霁川市蓝溪区教育局": 40, "霁川市蓝溪区城南街道办事处": 9, "霁川市蓝溪区城北街道办事处": 6,
        "霁川市人民政府办公室": 120, "霁川市财政局": 30, "霁川市自然资源局": 70, "霁川市市场监督管理局": 90}
# Table 四 per unit and year, chosen so that no total changes by a factor of 10 unless meant to.
T4 = {
    "霁川市蓝溪区教育局": ([1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0], [2, 0, 0, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
    "霁川市蓝溪区城南街道办事处": ([0] * 15, [0] * 15),
    "霁川市蓝溪区城北街道办事处": ([0] * 15, [0] * 15),
    "霁川市人民政府办公室": ([4, 1, 0, 1, 6, 2, 0, 1, 0, 3, 1, 0, 0, 0, 1], [5, 0, 1, 0, 6, 2, 1, 0, 1, 4, 1, 0, 0, 1, 2]),
    "霁川市财政局": ([2, 0, 0, 1, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
                   [20000, 0, 0, 10000, 30000, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
    "霁川市自然资源局": ([3, 1, 0, 0, 4, 2, 1, 0, 0, 3, 1, 0, 0, 0, 1], None),
    "霁川市市场监督管理局": ([3, 0, 1, 0, 4, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0], [2, 1, 0, 1, 4, 2, 0, 0, 0, 2, 1, 0, 0, 0, 1]),
}
RENAMED = "霁川市市场监管局"


def t2_for(rng, size, prev=None):
    issued, repealed = rng.randint(1, 5), rng.randint(0, 2)
    in_force = (prev + issued - repealed) if prev is not None else issued + rng.randint(12, 40)
    return [
        ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
         [("规章", ["0", "0", "0"]), ("行政规范性文件", [str(issued), str(repealed), str(in_force)])]),
        ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", [str(size * 9 + rng.randint(0, 50))])]),
        ("第二十条第（六）项", ["本年处理决定数量"],
         [("行政处罚", [str(rng.randint(10, 400))]), ("行政强制", [str(rng.randint(0, 30))])]),
        ("第二十条第（八）项", ["本年收费金额（单位：万元）"],
         [("行政事业性收费", ["%.2f" % (rng.randint(0, 5000) / 100)])]),
    ], in_force


# The rule examples: folder -> (reports as (year, issuer), the expect.csv rows).
EXAMPLES = {
    # 自然资源局 has no 2023 report; 教育局 has both years and continues exactly.
    "broken-report-missing": ([(2022, "霁川市蓝溪区教育局"), (2023, "霁川市蓝溪区教育局"), (2022, "霁川市自然资源局")],
                              ["霁川市蓝溪区教育局,*,,", "霁川市自然资源局,*,,"]),
    # 城南街道办事处 reported; the list names 教育局 only.
    "broken-report-unexpected": ([(2022, "霁川市蓝溪区教育局"), (2022, "霁川市蓝溪区城南街道办事处")],
                                 ["霁川市蓝溪区教育局,*,,"]),
    # 2023: the district counts one application under （一） that its children count under （二）.
    "broken-aggregate-sum": ([(2023, DISTRICT)] + [(2023, c) for c in CHILDREN],
                             [f"{DISTRICT},*,,yes"] + [f"{c},*,{DISTRICT}," for c in CHILDREN]),
    # 2022: the district is the sum of its children in every cell.
    "batch-office": ([(2022, DISTRICT)] + [(2022, c) for c in CHILDREN],
                     [f"{DISTRICT},*,,yes"] + [f"{c},*,{DISTRICT}," for c in CHILDREN]),
    # 财政局's 行政复议 typed in 万 in 2023 (no list: a rule of --cross).
    "broken-year-over-year-jump": ([(2022, "霁川市财政局"), (2023, "霁川市财政局")], None),
}


def write_examples(files):
    for folder, (reports, expect) in EXAMPLES.items():
        out = HERE.parent / folder
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        for year, issuer in reports:
            name = f"{issuer}{year}年政府信息公开工作年度报告.txt"
            (out / name).write_text(files[f"{year}/{name}"], encoding="utf-8")
        if expect:
            (out / "expect.csv").write_text("\n".join(["issuer,year,parent,aggregate"] + expect) + "\n",
                                            encoding="utf-8")


def main():
    rng = random.Random(1801)
    files, truth = {}, {}
    t3, t4, t2, in_force = {}, {}, {}, {}
    for i, unit in enumerate(CHILDREN + CITY):
        for year in (2022, 2023):
            if year == 2023 and T4[unit][1] is None:
                continue  # 霁川市自然资源局: no 2023 report
            co = None
            if year == 2023:
                co = list(t3[unit, 2022]["carried_forward"][:6])
                if unit == "霁川市人民政府办公室":
                    co[0] += 1  # deliberate break of carry-over continuity
            t3[unit, year] = gen_t3(random.Random(1800 + 10 * i + year), "2021", SIZE[unit], carried_over=co)
            t4[unit, year] = T4[unit][year - 2022]
            t2[unit, year], in_force[unit, year] = t2_for(rng, SIZE[unit], in_force.get((unit, 2022)) if year == 2023 else None)
    for year in (2022, 2023):
        t3[DISTRICT, year] = sum_t3([t3[c, year] for c in CHILDREN])
        t4[DISTRICT, year] = sum_t4([t4[c, year] for c in CHILDREN])
        t2[DISTRICT, year], in_force[DISTRICT, year] = t2_for(rng, 60, in_force.get((DISTRICT, 2022)) if year == 2023 else None)
    # The district's deliberate difference from its children in 2023: one 自然人 application
    # under （一） instead of （二）. The district's own identities still hold.
    d = t3[DISTRICT, 2023]
    d["granted"][0] += 1
    d["partially_granted"][0] -= 1
    rebalance(d, "2021")

    for (unit, year) in sorted(t3):
        issuer = RENAMED if (unit == "霁川市市场监督管理局" and year == 2023) else unit
        r = Report(issuer, year, "2021", 1900 + year, t3=t3[unit, year], t4=t4[unit, year], t2=t2[unit, year])
        name = f"{year}/{issuer}{year}年政府信息公开工作年度报告.txt"
        files[name] = render_text(r)
        truth[name] = r.truth()
    for name, text in files.items():
        (HERE / name).parent.mkdir(exist_ok=True)
        (HERE / name).write_text(text, encoding="utf-8")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                     encoding="utf-8")
    rows = ["issuer,year,parent,aggregate", f"{DISTRICT},*,,yes"]
    rows += [f"{c},*,{DISTRICT}," for c in CHILDREN]
    rows += [f"{c},*,," for c in CITY]
    (HERE / "expect.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    write_examples(files)

    # Facts EXPECTED.md quotes, printed for whoever regenerates it.
    kids = sum_t3([t3[c, 2023] for c in CHILDREN])
    for k in ("granted", "partially_granted"):
        print(f"2023 {k}: district {d[k][0]} / {d[k][6]}, children {kids[k][0]} / {kids[k][6]}")
    office = "霁川市人民政府办公室"
    print("office carried_forward 2022:", t3[office, 2022]["carried_forward"],
          "carried_over 2023:", t3[office, 2023]["carried_over"])
    for u in CHILDREN + CITY + [DISTRICT]:
        if (u, 2023) in t3:
            print(u, "new", t3[u, 2022]["new_received"][6], "→", t3[u, 2023]["new_received"][6],
                  "| review", t4[u, 2022][4], "→", t4[u, 2023][4],
                  "| litigation", t4[u, 2022][9] + t4[u, 2022][14], "→", t4[u, 2023][9] + t4[u, 2023][14])


if __name__ == "__main__":
    main()
