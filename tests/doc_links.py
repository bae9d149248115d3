#!/usr/bin/env python3
"""Every relative link in the project's Markdown documents points at a file
that exists: README.md, ARCHITECTURE.md, examples/README.md and docs/*.md.
Anchors and web addresses are not followed; code blocks are skipped.
Run: python3 tests/doc_links.py TOP_FOLDER"""
import pathlib
import re
import sys

LINK = re.compile(r"\]\(\s*<?([^)>\s]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def links(path):
    """(line number, target) of each relative link outside code blocks."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        for target in LINK.findall(line):
            target = target.split("#", 1)[0]
            if target and not re.match(r"^[a-z]+:", target):
                yield number, target


def main(top):
    documents = [top / "README.md", top / "ARCHITECTURE.md", top / "examples" / "README.md"]
    documents += sorted((top / "docs").glob("*.md"))
    checked, broken = 0, []
    for document in documents:
        for number, target in links(document):
            checked += 1
            if not (document.parent / target).exists():
                broken.append(f"  {document.relative_to(top)}:{number}: {target}")
    if broken:
        print("links to files that do not exist:", *broken, sep="\n")
        return 1
    if checked == 0:
        print("no relative links found: is the folder right?")
        return 1
    print(f"{checked} relative links, all resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1])))
