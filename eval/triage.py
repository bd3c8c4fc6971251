#!/usr/bin/env python3
"""Precision of mcplint on real MCP servers, against a ledger of judged findings.

triage-repos.tsv lists the repositories (repo, commit, language, paths, note);
triage.jsonl holds one verdict per finding: repo, commit, path, line, rule,
verdict (true or false) and a one-line reason. This script extracts every
(repo, commit) tree from bare git mirrors (MIRROR/OWNER+NAME/repo), runs
mcplint once per tree with JSON output, matches each finding to the ledger by
(repo, commit, path, line, rule) and prints:

  - precision per rule and per language (true / judged), and overall;
  - findings per 10k lines analysed;
  - every finding not yet judged (with --unjudged FILE also as JSONL
    skeletons to fill in);
  - every ledger entry judged true that mcplint no longer reports (a lost
    true finding).

Python 3 standard library only. It needs the mirrors (and, for Go modules,
their dependencies in the module cache: pass --go-mod-download), so it is not
part of CI.
"""
import argparse
import collections
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))


def mirror_dir(mirror, repo):
    d = os.path.join(mirror, repo.replace("/", "+"), "repo")
    return d if os.path.isdir(d) else None


def extract(gitdir, commit, dest):
    """Write the tree of commit into dest (once; an existing dest is reused)."""
    if os.path.isdir(dest):
        return True
    tmp = dest + ".part"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    p = subprocess.run(["git", "--git-dir", gitdir, "archive", commit], capture_output=True)
    if p.returncode == 0:
        with tarfile.open(fileobj=io.BytesIO(p.stdout)) as t:
            t.extractall(tmp, filter="data")
    elif not extract_blobs(gitdir, commit, tmp):
        return False
    os.rename(tmp, dest)
    return True


def extract_blobs(gitdir, commit, dest):
    """Write a commit's regular files one by one, skipping blobs the snapshot lacks (large files)."""
    ls = subprocess.run(["git", "--git-dir", gitdir, "ls-tree", "-r", "-z", commit], capture_output=True)
    if ls.returncode != 0:
        return False
    entries = []
    for item in ls.stdout.split(b"\0"):
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob" and mode in (b"100644", b"100755"):
            entries.append((sha, path.decode("utf-8", "replace")))
    cat = subprocess.Popen(["git", "--git-dir", gitdir, "cat-file", "--batch"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    for sha, path in entries:
        cat.stdin.write(sha + b"\n")
        cat.stdin.flush()
        header = cat.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = cat.stdout.read(int(header[2]))
        cat.stdout.read(1)
        full = os.path.join(dest, path)
        if not os.path.abspath(full).startswith(os.path.abspath(dest) + os.sep):
            continue
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    cat.stdin.close()
    cat.wait()
    return True


def go_mod_download(tree):
    """Fill the module cache for every Go module of tree, so mcplint has full type information."""
    for d, subdirs, files in os.walk(tree):
        subdirs[:] = [s for s in subdirs if s not in ("vendor", "node_modules", ".git", "testdata")]
        if "go.mod" in files:
            env = dict(os.environ, GOFLAGS="-mod=mod")
            subprocess.run(["go", "mod", "download"], cwd=d, capture_output=True, env=env)


def language(path):
    ext = os.path.splitext(path)[1]
    if ext == ".go":
        return "go"
    if ext == ".py":
        return "py"
    if ext in (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"):
        return "ts"
    return "manifest"


def run_mcplint(binary, tree, paths, timeout):
    cmd = [binary, "-format", "json"] + paths
    try:
        p = subprocess.run(cmd, cwd=tree, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    try:
        return json.loads(p.stdout.decode("utf-8", "replace")), None
    except ValueError:
        return None, "exit %d, no JSON: %s" % (p.returncode, p.stderr.decode("utf-8", "replace")[-300:])


def read_repos(path):
    repos = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            row["paths"] = [p for p in row.get("paths", ".").split(",") if p] or ["."]
            repos.append(row)
    return repos


def read_ledger(path):
    ledger = {}
    if not os.path.exists(path):
        return ledger
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            e = json.loads(line)
            if e.get("verdict") not in (True, False):
                sys.exit("%s:%d: verdict must be true or false" % (path, n))
            key = (e["repo"], e["commit"], e["path"], int(e["line"]), e["rule"])
            if key in ledger:
                sys.exit("%s:%d: %s judged twice" % (path, n, key))
            ledger[key] = e
    return ledger


def pct(t, n):
    return "%5.1f%%" % (100.0 * t / n) if n else "    -"


def table(title, rows):
    print("%-10s %6s %6s %6s %8s" % (title, "found", "judged", "true", "prec."))
    for name in sorted(rows):
        found, judged, true = rows[name]
        print("%-10s %6d %6d %6d %8s" % (name, found, judged, true, pct(true, judged)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mcplint", required=True, help="mcplint binary")
    ap.add_argument("--mirror", required=True, help="folder of bare mirrors OWNER+NAME/repo")
    ap.add_argument("--repos", default=os.path.join(HERE, "triage-repos.tsv"))
    ap.add_argument("--ledger", default=os.path.join(HERE, "triage.jsonl"))
    ap.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "mcplint-triage"),
                    help="where commits are extracted (kept between runs)")
    ap.add_argument("--only", action="append", default=[], help="only this repo (repeatable)")
    ap.add_argument("--go-mod-download", action="store_true", help="run go mod download in each Go module first")
    ap.add_argument("--timeout", type=int, default=1800)
    ap.add_argument("--unjudged", help="write unjudged findings as JSONL skeletons to this file")
    ap.add_argument("--findings", help="write every finding (with message and flow sources) as JSONL to this file")
    args = ap.parse_args()

    repos = read_repos(args.repos)
    if args.only:
        repos = [r for r in repos if r["repo"] in args.only]
    ledger = read_ledger(args.ledger)
    os.makedirs(args.work, exist_ok=True)

    by_rule = collections.defaultdict(lambda: [0, 0, 0])
    by_lang = collections.defaultdict(lambda: [0, 0, 0])
    total = [0, 0, 0]
    lines = 0
    seen = set()
    unjudged = []
    allf = []
    failed = []
    for r in repos:
        gitdir = mirror_dir(args.mirror, r["repo"])
        if not gitdir:
            failed.append("%s: no mirror (fetch it first)" % r["repo"])
            continue
        dest = os.path.join(args.work, "%s@%s" % (r["repo"].replace("/", "+"), r["commit"][:12]))
        if not extract(gitdir, r["commit"], dest):
            failed.append("%s: commit %s not in the mirror" % (r["repo"], r["commit"]))
            continue
        if args.go_mod_download:
            go_mod_download(dest)
        doc, err = run_mcplint(args.mcplint, dest, r["paths"], args.timeout)
        if err:
            failed.append("%s: %s" % (r["repo"], err))
            continue
        lines += doc["summary"]["lines"]
        for f in doc["findings"]:
            key = (r["repo"], r["commit"], f["file"], f["line"], f["rule"])
            if key in seen:
                continue  # two rules' identical line reported twice by one engine
            seen.add(key)
            lang = language(f["file"])
            e = ledger.get(key)
            for row in (by_rule[f["rule"]], by_lang[lang], total):
                row[0] += 1
                if e:
                    row[1] += 1
                    row[2] += 1 if e["verdict"] else 0
            rec = {"repo": r["repo"], "commit": r["commit"], "path": f["file"], "line": f["line"],
                   "rule": f["rule"]}
            flows = f.get("flows") or ([f["flow"]] if f.get("flow") else [])
            full = dict(rec, message=f["message"], severity=f["severity"],
                        sources=["%s:%d %s" % (fl[0]["file"], fl[0]["line"], fl[0]["message"]) for fl in flows if fl])
            allf.append(full)
            if not e:
                unjudged.append(full)

    print("repositories: %d, lines analysed: %d, findings: %d (%.2f per 10k lines)" % (
        len(repos) - len(failed), lines, total[0], 1e4 * total[0] / lines if lines else 0))
    print()
    table("rule", by_rule)
    print()
    table("language", by_lang)
    print()
    print("%-10s %6d %6d %6d %8s" % ("all", total[0], total[1], total[2], pct(total[2], total[1])))
    lost = [e for k, e in sorted(ledger.items()) if e["verdict"] and k not in seen
            and (not args.only or e["repo"] in args.only)]
    if lost:
        print("\ntrue findings no longer reported: %d" % len(lost))
        for e in lost:
            print("  %s %s:%d %s  (%s)" % (e["repo"], e["path"], e["line"], e["rule"], e["reason"]))
    if unjudged:
        print("\nnot yet judged: %d" % len(unjudged))
        for u in unjudged:
            print("  %s %s:%d %s %s" % (u["repo"], u["path"], u["line"], u["rule"], u["message"]))
    if args.unjudged:
        with open(args.unjudged, "w") as f:
            for u in unjudged:
                f.write(json.dumps(u) + "\n")
    if args.findings:
        with open(args.findings, "w") as f:
            for u in allf:
                f.write(json.dumps(u) + "\n")
    for msg in failed:
        print("failed: " + msg, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
