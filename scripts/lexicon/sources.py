"""Shared pieces of the lexicon generators: fetching a pinned source package into a cache, and
writing a list file in the format the engine reads (one entry a line, '#' starts a comment).

Sources are fetched with the ordinary package clients (apt-get, npm) into target/lexicon-sources/,
which Maven's clean removes and git ignores. Nothing here runs when the engine runs.
"""

import glob
import os
import shutil
import subprocess
import sys
import tarfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LEXICON_DIR = os.path.join(ROOT, "src", "main", "resources", "lexicon", "id")
CACHE_DIR = os.path.join(ROOT, "target", "lexicon-sources")


def _run(cmd, cwd):
    print("+ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=sys.stderr)


def debian_package(name, version):
    """Downloads NAME=VERSION with `apt-get download` and unpacks it; returns the unpacked root.

    Needs apt's package lists (`apt-get update` once). A pinned version keeps the output the same
    on every machine; bump it deliberately and regenerate.
    """
    target = os.path.join(CACHE_DIR, "deb", f"{name}_{version.replace(':', '%3a')}")
    if not os.path.isdir(target):
        work = os.path.join(CACHE_DIR, "deb")
        os.makedirs(work, exist_ok=True)
        _run(["apt-get", "download", f"{name}={version}"], work)
        debs = glob.glob(os.path.join(work, f"{name}_*.deb"))
        debs = [d for d in debs if version.split(":")[-1] in os.path.basename(d)]
        if len(debs) != 1:
            sys.exit(f"expected one {name} {version} .deb in {work}, found {debs}")
        _run(["dpkg-deb", "-x", debs[0], target], work)
    return target


def npm_package(name, version):
    """Downloads NAME@VERSION with `npm pack` and unpacks it; returns the unpacked package folder."""
    safe = name.replace("@", "").replace("/", "-")
    target = os.path.join(CACHE_DIR, "npm", f"{safe}-{version}")
    if not os.path.isdir(target):
        work = os.path.join(CACHE_DIR, "npm")
        os.makedirs(work, exist_ok=True)
        _run(["npm", "pack", f"{name}@{version}", "--silent"], work)
        tgz = os.path.join(work, f"{safe}-{version}.tgz")
        with tarfile.open(tgz) as archive:
            # The "data" filter refuses links and absolute paths where this Python has it (3.11.4+).
            safe_extract = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            archive.extractall(target, **safe_extract)
    return os.path.join(target, "package")


def write_list(file_name, header, entries):
    """Writes a lexicon list: '# ' + each header line, then one entry a line. Returns its path."""
    for entry in entries:
        if not entry or "#" in entry or entry != entry.strip() or "\n" in entry:
            raise ValueError(f"entry {entry!r} cannot be written to a list file")
    path = os.path.join(LEXICON_DIR, file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header:
            out.write(("# " + line).rstrip() + "\n")
        for entry in entries:
            out.write(entry + "\n")
    print(f"wrote {os.path.relpath(path, ROOT)}: {len(entries)} entries, {os.path.getsize(path)} bytes",
          file=sys.stderr)
    return path


def copy_licence(source_path, file_name):
    """Copies a licence text to src/main/resources/lexicon/licenses/, shipped beside the lists."""
    licenses_dir = os.path.join(LEXICON_DIR, "..", "licenses")
    os.makedirs(licenses_dir, exist_ok=True)
    shutil.copyfile(source_path, os.path.join(licenses_dir, file_name))


def read_list(file_name):
    """Reads a list the way Lexicon.readEntries does: '#' to the end of a line is a comment."""
    entries = []
    with open(os.path.join(LEXICON_DIR, file_name), encoding="utf-8") as f:
        for line in f:
            entry = line.split("#", 1)[0].strip()
            if entry:
                entries.append(entry)
    return entries
