"""Creates oracle case directories from a compact spec file (inputs only, never expectations).

    python3 scripts/oracle/add_cases.py SPEC [--force]

SPEC holds any number of cases:

    === group/case-name
    {{ "template text" | upper }}
    --- values.yaml
    a: 1
    --- case.yaml
    description: what the case shows
    --- _helpers.tpl
    {{ define "x" }}X{{ end }}

Lines after the `===` header belong to template.tpl until a `--- <file>` line starts another file.
Every file ends with one newline after its last line; trailing blank lines are dropped. Write
`--- <file> -n` to omit the final newline. Lines starting with `#!` are comments. Existing case
directories are left alone unless --force. Run scripts/update-oracle-cases.sh afterwards.
"""

import argparse
import os
import re
import sys

HEADER = re.compile(r"^=== ([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)\s*$")
SECTION = re.compile(r"^--- ([A-Za-z0-9_./-]+)( -n)?\s*$")


def parse(text):
    cases = []
    current = None
    section = None
    for line in text.splitlines():
        if line.startswith("#!"):
            continue
        m = HEADER.match(line)
        if m:
            current = {"name": m.group(1), "files": {}}
            cases.append(current)
            section = ["template.tpl", False, []]
            current["files"]["template.tpl"] = section
            continue
        if current is None:
            if line.strip():
                raise ValueError(f"text before the first case header: {line!r}")
            continue
        m = SECTION.match(line)
        if m:
            section = [m.group(1), bool(m.group(2)), []]
            current["files"][m.group(1)] = section
            continue
        section[2].append(line)
    result = []
    for case in cases:
        files = {}
        for name, no_newline, lines in case["files"].values():
            while lines and not lines[-1].strip():
                lines.pop()
            content = "\n".join(lines)
            if not no_newline and lines:
                content += "\n"
            files[name] = content
        result.append((case["name"], files))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec")
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--cases", default=os.path.join(os.path.dirname(__file__), "..", "..",
                                                        "tests", "Bosun.Templating.Tests", "Cases"))
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        cases = parse(f.read())
    names = [n for n, _ in cases]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        print(f"add_cases: duplicate cases: {', '.join(duplicates)}", file=sys.stderr)
        return 1
    created = skipped = 0
    for name, files in cases:
        path = os.path.join(args.cases, name)
        if os.path.exists(path) and not args.force:
            skipped += 1
            continue
        os.makedirs(path, exist_ok=True)
        for filename, content in files.items():
            target = os.path.join(path, filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(content.encode("utf-8"))
        created += 1
    print(f"{created} cases written, {skipped} existing left alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
