#!/usr/bin/env python3
"""Writes N synthetic station files for the default (Anhui) rubric, for the
batch benchmark: every fact of the schema, 4-10 staff with trainings and
sanctions, a few facts left out (unknown), self-scores for every item the
assessor scores. The same seed gives the same files.

Usage: bench/make_stations.py SHIFAN OUT_DIR N [--format yaml|json] [--seed S]
SHIFAN is the binary (its `rubric --format json` names the scored items)."""
import argparse
import datetime
import json
import pathlib
import random
import subprocess

SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗汪查曹方"
GIVEN = "某"
ROOMS = ["所长室", "普法依法治理室", "人民调解室", "社区矫正室", "安置帮教室", "档案室", "公共法律服务工作站"]
EXTRA_ROOMS = ["会议室", "接待室", "心理咨询室"]
DEVICES = ["执法记录仪", "定位管理设备", "公共法律服务触摸查询一体机"]
EXTRA_DEVICES = ["远程视频会见终端", "便携式打印机"]
EDUCATION = ["高中", "中专", "大专", "本科", "本科", "硕士"]
RANKS = ["无", "科员", "副科级", "正科级"]
TOWNS = "云岭 黄村 汀溪 昌桥 榔桥 茂林 桃花潭 琴溪 丁家桥 蔡村 泾川 晏公 孤峰 兴隆".split()
ASSESSED_ON = datetime.date(2024, 5, 20)
COUNTIES = ["泾县", "宣州区", "郎溪县", "广德市", "宁国市", "绩溪县", "旌德县"]


def scored_items(shifan):
    """Item ids and points of the items a station scores itself."""
    rubric = json.loads(subprocess.run([shifan, "rubric", "--format", "json"], check=True,
                                       capture_output=True, text=True).stdout)
    return [(item["id"], item["points"]) for category in rubric["categories"]
            for item in category["items"] if item["kind"] in ("assessed", "gated")]


def maybe(rng, value, unknown=0.03):
    """The value, or None (the fact is left out) now and then."""
    return None if rng.random() < unknown else value


def person(rng, index, year):
    """One member of staff with 1-3 trainings in the year before the assessment."""
    training = []
    for _ in range(rng.randint(1, 3)):
        date = (ASSESSED_ON - datetime.timedelta(days=rng.randint(5, 360))).isoformat()
        if rng.random() < 0.5:
            training.append({"date": date, "days": rng.choice([2, 3, 4.5, 5, 6, 7.5])})
        else:
            training.append({"date": date, "hours": rng.choice([16, 24, 32.5, 45, 60])})
    sanctions = []
    if rng.random() < 0.03:
        sanctions.append({"date": f"{year - 1}-06-{rng.randint(10, 28)}",
                          "kind": rng.choice(["党纪处分", "政纪处分"])})
    return {
        "name": rng.choice(SURNAMES) + GIVEN * rng.randint(1, 2) + str(index),
        "role": "所长" if index == 0 else ("副所长" if index == 1 else "工作人员"),
        "full_time": rng.random() < 0.85,
        "on_establishment": rng.random() < 0.6,
        "rank": "副科级" if index == 0 else rng.choice(RANKS),
        "education": rng.choice(EDUCATION),
        "law_background": maybe(rng, rng.random() < 0.5),
        "trainings": training,
        "sanctions": sanctions,
    }


def station(rng, number, items):
    """One station's facts; `items` are the (id, points) the station scores itself."""
    year = 2024
    villages = rng.randint(6, 20)
    disputes = rng.randint(0, 300)
    subjects = rng.randint(0, 40)
    facts = {
        "version": 1,
        "station": {"name": f"{rng.choice(TOWNS)}司法所{number}", "county": rng.choice(COUNTIES),
                    "class": rng.choice(["一类", "二类", "三类"]), "assessed_on": ASSESSED_ON.isoformat()},
        "management": {"vertical_management": maybe(rng, rng.random() < 0.95),
                       "budget_in_fiscal_plan": maybe(rng, rng.random() < 0.95),
                       "establishment_diverted": maybe(rng, rng.random() < 0.05)},
        "facilities": {"office_area_m2": rng.randint(120, 320), "office_area_standard_m2": 200,
                       "functions": ROOMS[: rng.randint(5, 7)] + rng.sample(EXTRA_ROOMS, rng.randint(0, 2)),
                       "equipment": DEVICES[: rng.randint(2, 3)] + rng.sample(EXTRA_DEVICES, rng.randint(0, 1))},
        "staff": [person(rng, index, year) for index in range(rng.randint(4, 10))],
        "mediation": {"town_full_time_mediators": rng.randint(0, 4), "villages": villages,
                      "village_committees": villages - rng.randint(0, 1), "disputes": disputes,
                      "disputes_resolved": disputes - rng.randint(0, min(disputes, 6)),
                      "escalations": maybe(rng, rng.choice([0, 0, 0, 1]))},
        "community_correction": {"reoffenders": maybe(rng, rng.choice([0, 0, 0, 1]))},
        "resettlement": {"subjects": subjects, "registered": subjects,
                         "assisted": subjects - rng.randint(0, min(subjects, 1)),
                         "placed": subjects - rng.randint(0, min(subjects, 2))},
        "evaluation": {"county_ranks": [{"year": year - 1, "rank": rng.randint(1, 8)},
                                        {"year": year - 2, "rank": rng.randint(1, 8)}],
                       "awards": [{"date": f"{year - 1}-12-{rng.randint(10, 28)}",
                                   "level": rng.choice(["县级", "市级", "省级"]), "issuer": "党委政府",
                                   "title": f"{year - 1}年度平安建设先进集体"}],
                       "satisfaction_percent": round(rng.uniform(88, 99.9), 1),
                       "valid_complaints": rng.choice([0, 0, 0, 1])},
        "scores": {},
    }
    for item, points in items:
        if rng.random() < 0.97:
            facts["scores"][item] = max(0, points - rng.choice([0, 0, 0, 0.5, 1]))
    return prune(facts)


def prune(value):
    """Leaves out the facts set to None (unknown)."""
    if isinstance(value, dict):
        return {key: prune(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [prune(item) for item in value]
    return value


def yaml_scalar(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def to_yaml(value, indent=""):
    """Block YAML like a station file written by hand: flow style for short records."""
    lines = []
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{indent}{key}:")
            lines.append(to_yaml(item, indent + "  "))
        elif isinstance(item, list) and item and isinstance(item[0], dict):
            lines.append(f"{indent}{key}:")
            for record in item:
                if any(isinstance(field, list) for field in record.values()):
                    body = to_yaml(record, indent + "    ")
                    lines.append(f"{indent}  - " + body[len(indent) + 4:])
                else:
                    fields = ", ".join(f"{k}: {yaml_scalar(v)}" for k, v in record.items())
                    lines.append(f"{indent}  - {{{fields}}}")
        elif isinstance(item, list):
            lines.append(f"{indent}{key}: [{', '.join(yaml_scalar(v) for v in item)}]")
        else:
            lines.append(f"{indent}{key}: {yaml_scalar(item)}")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shifan")
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--format", choices=["yaml", "json"], default="yaml")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    items = scored_items(args.shifan)
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.count):
        facts = station(rng, number, items)
        path = args.out / f"station-{number:05d}.{args.format}"
        if args.format == "json":
            path.write_text(json.dumps(facts, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            path.write_text(to_yaml(facts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
