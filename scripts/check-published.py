#!/usr/bin/env python3
"""Runs the helm-template chart corpus (tests/charts, see its README) against a built `bosun` executable.

    scripts/check-published.py BOSUN [CASE-FILTER...]

The unit tests run the engine in-process on the development runtime; the binary users get is published
differently (NativeAOT, possibly for another .NET version: scripts/publish.sh), so the same expectations are checked
on it: for every case, `bosun template [NAME] CHART ARGS...` as is (helm v4's results) and with
`--helm-compat v3` (helm v3's) — stdout byte for byte, the files of `--output-dir` cases, the exit status, and
helm's error lines in stderr. Prints one line per failure and, last, `N passed, N failed`; exits 1 on a failure.
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "charts")
CASE, OUT = "$CASE", "$OUT"
ERROR_PREFIX, DEBUG_HINT = "Error: ", "\n\nUse --debug flag to render out invalid YAML"


def read(path, default=""):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return default


def first_line(path):
    text = read(path)
    return text.split("\n", 1)[0]


def arguments(case_dir):
    args = []
    release = os.path.join(case_dir, "release")
    if os.path.exists(release):
        name = first_line(release)
        if name:
            args.append(name)
    else:
        args.append("demo")
    if os.path.isdir(os.path.join(case_dir, "chart")):
        args.append("chart")
    elif os.path.exists(os.path.join(case_dir, "chart.tgz")):
        args.append("chart.tgz")
    else:
        args.append(first_line(os.path.join(case_dir, "chart.ref")))
    extra = os.path.join(case_dir, "args")
    if os.path.exists(extra):
        args += read(extra).split("\n")
        if args and args[-1] == "":
            args.pop()
    return args


def error_message(stderr):
    """helm's error: stderr from the first line starting `Error: `, without the prefix, hint and trailing breaks."""
    if stderr.startswith(ERROR_PREFIX):
        start = 0
    else:
        at = stderr.find("\n" + ERROR_PREFIX)
        if at < 0:
            return ""
        start = at + 1
    message = stderr[start + len(ERROR_PREFIX):].rstrip("\n")
    return message[: -len(DEBUG_HINT)] if message.endswith(DEBUG_HINT) else message


def first_missing_error_line(expected_stderr, stderr):
    position = 0
    for raw in error_message(expected_stderr).split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        found = stderr.find(line, position)
        if found < 0:
            return line
        position = found + len(line)
    return None


def dump_files(folder):
    paths = []
    for base, _, files in os.walk(folder):
        for name in files:
            paths.append(os.path.relpath(os.path.join(base, name), folder).replace(os.sep, "/"))
    text = []
    for path in sorted(paths):
        text.append("==> " + path + " <==\n" + read(os.path.join(folder, path)))
    return "".join(text)


def check(bosun, name, major):
    case_dir = os.path.realpath(os.path.join(ROOT, name))
    prefix = os.path.join(case_dir, "helm%d" % major)
    expected_out = read(prefix + ".out")
    expected_err = read(prefix + ".err")
    expected_exit = int(read(prefix + ".exit", "0").strip() or "0")
    expected_files = read(prefix + ".files")
    args = arguments(case_dir)
    out_dir = None
    if any(OUT in a for a in args):
        out_dir = tempfile.mkdtemp(prefix="bosun-check-out-")
        args = [a.replace(OUT, out_dir) for a in args]
    if major == 3:
        args += ["--helm-compat", "v3"]
    home = tempfile.mkdtemp(prefix="bosun-check-home-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home}
    try:
        run = subprocess.run([bosun, "template"] + args, cwd=case_dir, env=env, capture_output=True, timeout=120)
        stdout = run.stdout.decode("utf-8", "surrogateescape")
        stderr = run.stderr.decode("utf-8", "surrogateescape")

        def normalize(text):
            if out_dir:
                text = text.replace(out_dir, OUT)
            return text.replace(case_dir, CASE)

        problems = []
        if normalize(stdout) != expected_out:
            problems.append("stdout differs")
        if out_dir and normalize(dump_files(out_dir)) != expected_files:
            problems.append("--output-dir files differ")
        if run.returncode != expected_exit:
            problems.append("exit %d, helm %d" % (run.returncode, expected_exit))
        if expected_exit != 0:
            missing = first_missing_error_line(expected_err, normalize(stderr))
            if missing is not None:
                problems.append("stderr lacks helm's line %r" % missing)
        return problems
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if out_dir:
            shutil.rmtree(out_dir, ignore_errors=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    bosun = os.path.abspath(sys.argv[1])
    filters = sys.argv[2:]
    names = sorted(n for n in os.listdir(ROOT)
                   if os.path.isdir(os.path.join(ROOT, n)) and not n.startswith("_")
                   and (not filters or any(f in n for f in filters)))
    passed = failed = 0
    for name in names:
        for major in (4, 3):
            problems = check(bosun, name, major)
            if problems:
                failed += 1
                print("FAIL %s (helm v%d): %s" % (name, major, "; ".join(problems)))
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
