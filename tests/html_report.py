#!/usr/bin/env python3
"""Checks `shifan score --format html` on the examples (CTest, tests/CMakeLists.txt).

  html_report.py well-formed SHIFAN WORK   every tag closed in order, ids unique,
                                           nothing fetched (no script, no http or //
                                           in src/href, no url() or @import)
  html_report.py browser SHIFAN WORK       headless Chromium: A4 PDF with the expected
                                           page count, text with every item id and the
                                           total; the DOM's numbers equal the JSON
                                           output's; a screenshot (WORK/report.png).
                                           Exit 77 (skipped) without Chromium or poppler.
Run from the source tree's top folder.
"""
import decimal
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys

# (name, arguments, pages when printed on A4): the four examples, and a folder
# with three stations and an invalid file.
CASES = [
    ("yunling", ["examples/yunling.yaml"], 5),
    ("huangcun", ["examples/huangcun.yaml"], 6),
    ("tingxi", ["examples/tingxi.yaml"], 5),
    ("changqiao", ["examples/changqiao.json"], 6),
    ("batch", ["tests/data/batch", "--sort", "total"], 17),
]
VOID = {"meta", "col", "br", "hr", "img", "input", "link", "wbr"}
SKIP = 77


def run(shifan, args, fmt, output=None):
    command = [shifan, "score", *args, "--format", fmt] + (["-o", output] if output else [])
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1, 2, 3):
        sys.exit(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout


class Checker(html.parser.HTMLParser):
    """Balanced tags, unique ids, no external reference."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ids, self.problems = [], set(), []

    def where(self):
        return f"line {self.getpos()[0]}"

    def attributes(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                if value in self.ids:
                    self.problems.append(f"{self.where()}: id '{value}' twice")
                self.ids.add(value)
            if name in ("src", "href", "xlink:href", "action", "srcset") and (
                    "//" in value or "http" in value or not value.startswith("#")):
                self.problems.append(f"{self.where()}: <{tag} {name}=\"{value}\"> is not a link inside the page")
        if tag in ("script", "link", "img", "iframe", "object", "embed"):
            self.problems.append(f"{self.where()}: <{tag}> in a self-contained page")

    def handle_starttag(self, tag, attrs):
        self.attributes(tag, attrs)
        if tag not in VOID:
            self.stack.append((tag, self.where()))

    def handle_startendtag(self, tag, attrs):
        self.attributes(tag, attrs)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            open_tag = self.stack[-1] if self.stack else ("nothing", "")
            self.problems.append(f"{self.where()}: </{tag}> closes <{open_tag[0]}> opened at {open_tag[1]}")
            return
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "style" and ("url(" in data or "@import" in data):
            self.problems.append(f"{self.where()}: the style fetches something")


def well_formed(text, name):
    if not text.startswith("<!DOCTYPE html>\n"):
        return [f"{name}: no doctype first"]
    checker = Checker()
    checker.feed(text)
    checker.close()
    problems = [f"{name}: {p}" for p in checker.problems]
    problems += [f"{name}: <{tag}> opened at {where} never closed" for tag, where in checker.stack]
    return problems


class Numbers(html.parser.HTMLParser):
    """From a DOM: per station file, the item and category numbers and the total."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.file, self.key, self.text, self.reading = None, None, "", None
        self.found = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and "data-file" in attrs:
            self.file = attrs["data-file"]
            self.found[self.file] = {}
        if tag == "tr" and "data-item" in attrs:
            self.key = attrs["data-item"]
        if tag == "tr" and "data-category" in attrs:
            self.key = "category " + attrs["data-category"]
        if tag == "p" and attrs.get("class") == "total":
            self.key = "total"
        if tag == "span" and attrs.get("class") == "n" and self.file and self.key:
            self.reading = (self.key, attrs["data-low"], attrs["data-high"])
            self.text = ""

    def handle_data(self, data):
        if self.reading:
            self.text += data

    def handle_endtag(self, tag):
        if tag == "span" and self.reading:
            key, low, high = self.reading
            self.found[self.file][key] = (low, high, self.text)
            self.reading, self.key = None, None


def shown(low, high):
    """A decimal as the report prints it ("96.5", "95"), or a range "88.5–96.5"."""
    def text(value):
        value = decimal.Decimal(value).quantize(decimal.Decimal("0.01"))
        return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))
    return text(low) if low == high else f"{text(low)}–{text(high)}"


def expected_numbers(json_lines):
    expected = {}
    for line in json_lines.splitlines():
        result = json.loads(line, parse_float=decimal.Decimal)
        if result.get("valid") is False:
            continue  # an invalid file's record: no numbers to show
        numbers = {"total": (result["total_low"], result["total_high"])}
        for item in result["items"]:
            if item["score"] is None:
                numbers[item["id"]] = (item["score_low"], item["score_high"])
            else:
                numbers[item["id"]] = (item["score"], item["score"])
        for category in result["categories"]:
            numbers["category " + category["id"]] = (category["score"], category["score_high"])
        expected[result["file"]] = (numbers, result)
    return expected


def browser_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def chromium(binary, work, *args):
    profile = os.path.join(work, "profile")
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout


def check_well_formed(shifan, work):
    problems = []
    for name, args, _ in CASES:
        problems += well_formed(run(shifan, args, "html"), name)
    return problems


def check_browser(shifan, work):
    binary = browser_binary()
    missing = [tool for tool in ("pdfinfo", "pdftotext") if not shutil.which(tool)]
    if not binary or missing:
        print(f"skipped: needs Chromium and poppler-utils (apt-get install chromium fonts-noto-cjk poppler-utils); "
              f"missing: {', '.join(([] if binary else ['chromium']) + missing)}")
        sys.exit(SKIP)
    problems = []
    for name, args, pages in CASES:
        page = os.path.abspath(os.path.join(work, name + ".html"))
        run(shifan, args, "html", page)
        url = "file://" + page
        pdf = os.path.join(work, name + ".pdf")
        chromium(binary, work, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        if count != pages:
            problems.append(f"{name}: {count} pages printed, expected {pages}")
        if "(A4)" not in info:
            problems.append(f"{name}: not A4: {re.search(r'^Page size:.*$', info, re.M).group(0)}")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        dom = Numbers()
        dom.feed(chromium(binary, work, "--dump-dom", url))
        expected = expected_numbers(run(shifan, args, "jsonl"))
        if set(dom.found) != set(expected):
            problems.append(f"{name}: stations in the DOM {sorted(dom.found)}, in JSON {sorted(expected)}")
        for file, (numbers, result) in expected.items():
            total = shown(*numbers["total"])
            if total not in text:
                problems.append(f"{name}: total {total} of {file} not in the PDF's text")
            for item in result["items"]:
                if not re.search(rf"(?<![A-Z0-9]){item['id']}(?![0-9])", text):
                    problems.append(f"{name}: item {item['id']} not in the PDF's text")
            found = dom.found.get(file, {})
            for key, (low, high) in numbers.items():
                want = shown(low, high)
                got = found.get(key)
                if got is None or shown(got[0], got[1]) != want or got[2] != want:
                    problems.append(f"{name}: {file} {key}: DOM {got}, JSON {want}")
    screenshot = os.path.join(work, "report.png")
    chromium(binary, work, f"--screenshot={screenshot}", "--window-size=794,1123", "--hide-scrollbars",
             "file://" + os.path.abspath(os.path.join(work, "changqiao.html")))
    if not os.path.getsize(screenshot):
        problems.append("no screenshot")
    print(f"screenshot: {screenshot}")
    return problems


def main():
    mode, shifan, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    problems = check_well_formed(shifan, work) if mode == "well-formed" else check_browser(shifan, work)
    for problem in problems:
        print(problem)
    if problems:
        sys.exit(1)
    print(f"{mode}: {len(CASES)} reports checked")


if __name__ == "__main__":
    main()
