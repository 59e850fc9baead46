"""Regenerates (or checks) every oracle case expectation from the real helm binaries.

For each case and helm major it builds a throwaway chart (see cases.py), runs
  helmN install rel ./c --dry-run=client -o json -n default [--set ...]
and records .info.notes (exact bytes) or the error helm prints (without "Error: INSTALLATION FAILED: ").
helm v3 needs a cluster even for a client dry run; it talks to a loopback stub API server instead.
Cases using random, clock or key functions are rendered twice to catch non-deterministic output.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from cases import EXPECTATION_FILES, CaseError, discover
from stub_apiserver import StubApiServer

INSTALL_PREFIX = "Error: INSTALLATION FAILED: "
ERROR_PREFIX = "Error: "


class OracleError(Exception):
    pass


class Runner:
    def __init__(self, bin_dir, work, kubeconfig):
        self.bin_dir = bin_dir
        self.work = work
        self.kubeconfig = kubeconfig
        self.env = dict(os.environ)
        for key in list(self.env):
            if key.startswith("HELM_") or key in ("KUBECONFIG",):
                del self.env[key]
        self.env.update({
            "HELM_CACHE_HOME": os.path.join(work, "helm", "cache"),
            "HELM_CONFIG_HOME": os.path.join(work, "helm", "config"),
            "HELM_DATA_HOME": os.path.join(work, "helm", "data"),
            "KUBECONFIG": kubeconfig,
            "NO_COLOR": "1",
            "TZ": "UTC",
        })

    def run(self, case, major, attempt=0):
        """Returns ("expected", text) or ("error", text)."""
        dest = tempfile.mkdtemp(prefix=f"v{major}-{attempt}-", dir=self.work)
        try:
            case.build_chart(dest)
            argv = [os.path.join(self.bin_dir, f"helm{major}"), "install", "rel", "./c",
                    "--dry-run=client", "-o", "json", "-n", "default"]
            for s in case.set:
                argv += ["--set", s]
            try:
                proc = subprocess.run(argv, cwd=dest, env=self.env, capture_output=True, timeout=120)
            except subprocess.TimeoutExpired as e:
                raise OracleError(f"{case.name}: helm{major} timed out") from e
            stdout = proc.stdout.decode("utf-8")
            stderr = proc.stderr.decode("utf-8")
            if proc.returncode == 0:
                try:
                    release = json.loads(stdout)
                except json.JSONDecodeError as e:
                    raise OracleError(f"{case.name}: helm{major} printed no JSON: {stdout[:200]}") from e
                return "expected", case.mask(release.get("info", {}).get("notes", ""))
            at = stderr.find(INSTALL_PREFIX)
            if at >= 0:
                message = stderr[at + len(INSTALL_PREFIX):]
            elif stderr.startswith(ERROR_PREFIX) or f"\n{ERROR_PREFIX}" in stderr:
                at = 0 if stderr.startswith(ERROR_PREFIX) else stderr.find(f"\n{ERROR_PREFIX}") + 1
                message = stderr[at + len(ERROR_PREFIX):]
            else:
                raise OracleError(f"{case.name}: helm{major} failed without an error line: {stderr[:400]}")
            if message.endswith("\n"):
                message = message[:-1]
            return "error", case.mask(message)
        finally:
            shutil.rmtree(dest, ignore_errors=True)


# Templates mentioning these may render differently from run to run (randomness, the clock, keys,
# certificates, helm v3's map-ordered API version list): they are rendered twice per helm version.
VOLATILE = re.compile(r"rand|uuid|shuffle|now|ago|gen[A-Z]|bcrypt|htpasswd|encryptAES|Capabilities|Files")


def evaluate(runner, case, repeat):
    results = {major: runner.run(case, major) for major in case.helm}
    if repeat == "all" or (repeat == "volatile" and (case.masks or VOLATILE.search(case.source_text()))):
        for major in case.helm:
            if runner.run(case, major, attempt=1) != results[major]:
                raise OracleError(
                    f"{case.name}: helm{major} output differs between two runs; assert properties of "
                    f"random output inside the template, add a mask, or restrict the helm versions")
    return results


def planned_files(case, results):
    """The expectation files (name -> text) for a case's results."""
    majors = sorted(results)
    values = [results[m] for m in majors]
    if len(majors) == 2 and values[0] == values[1]:
        kind, text = values[0]
        return {f"{kind}.txt": text}
    return {f"{kind}.v{major}.txt": text for major, (kind, text) in results.items()}


def apply(case, files, check):
    """Writes (or, with check, compares) expectation files; returns the list of differences."""
    diffs = []
    for name in EXPECTATION_FILES:
        path = os.path.join(case.path, name)
        exists = os.path.isfile(path)
        if name in files:
            data = files[name].encode("utf-8")
            current = None
            if exists:
                with open(path, "rb") as f:
                    current = f.read()
            if current != data:
                diffs.append(f"{'changed' if exists else 'added'} {name}")
                if not check:
                    with open(path, "wb") as f:
                        f.write(data)
        elif exists:
            diffs.append(f"removed {name}")
            if not check:
                os.remove(path)
    return diffs


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("filters", nargs="*", help="only cases whose group/name contains one of these")
    parser.add_argument("--cases", required=True, help="the Cases directory")
    parser.add_argument("--bin", required=True, help="directory holding helm3 and helm4")
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    parser.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2) * 2))
    parser.add_argument("--repeat", choices=("none", "volatile", "all"), default="volatile",
                        help="render twice to catch non-deterministic output: none, only cases using "
                             "random/clock/key functions (default), or all")
    parser.add_argument("--no-repeat", dest="repeat", action="store_const", const="none")
    parser.add_argument("--sample", type=int, default=0, help="only every Nth case (checks)")
    args = parser.parse_args()

    try:
        cases = discover(args.cases, args.filters)
    except CaseError as e:
        print(f"update-oracle-cases: {e}", file=sys.stderr)
        return 2
    if args.sample > 1:
        cases = cases[::args.sample]
    if not cases:
        print("update-oracle-cases: no case matched", file=sys.stderr)
        return 2

    failures, changed = [], []
    with tempfile.TemporaryDirectory(prefix="bosun-oracle-") as work, StubApiServer() as stub:
        kubeconfig = os.path.join(work, "kubeconfig")
        with open(kubeconfig, "w", encoding="utf-8") as f:
            f.write(stub.kubeconfig())
        os.chmod(kubeconfig, 0o600)
        runner = Runner(args.bin, work, kubeconfig)
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(evaluate, runner, case, args.repeat): case for case in cases}
            for future in concurrent.futures.as_completed(futures):
                case = futures[future]
                try:
                    diffs = apply(case, planned_files(case, future.result()), args.check)
                except (OracleError, OSError, UnicodeDecodeError) as e:
                    failures.append(str(e))
                    continue
                if diffs:
                    changed.append(f"{case.name}: {', '.join(diffs)}")

    for line in sorted(changed):
        print(("MISMATCH " if args.check else "updated ") + line)
    for line in sorted(failures):
        print(f"FAILED {line}", file=sys.stderr)
    verb = "differ from helm" if args.check else "updated"
    print(f"{len(cases)} cases, {len(changed)} {verb}, {len(failures)} failed")
    if failures or (args.check and changed):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
