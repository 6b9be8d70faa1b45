#!/usr/bin/env python3
"""Seeds the fuzz corpora (fuzz/corpus/<target>/, not committed) from the repository's own
files: content/ and locales/, the sites under tests/*/*/files/, and the files the cases in
tests/invalid/ and tests/valid/ write, generate or edit (see tests/invalid/README.md).

    python3 fuzz/seed-corpus.py        # from the repository's top level

Reading case.yaml needs PyYAML; without it the cases' own files are still used.
"""

import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"


def save(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def target_of(path):
    name = str(path)
    if name.endswith((".yaml", ".yml")):
        return "content_yaml"
    if name.endswith(".ftl"):
        return "fluent"
    return None


def messages(ftl):
    """Message values (with continuation lines) of a .ftl text, for the markdown target."""
    values, current = [], None
    for line in ftl.splitlines():
        match = re.match(r"^-?[A-Za-z][\w-]*\s*=\s?(.*)$", line)
        if match:
            current = [match.group(1)]
            values.append(current)
        elif current is not None and line.startswith((" ", "\t")):
            current.append(line.strip())
        else:
            current = None
    return ["\n".join(v) for v in values if "".join(v).strip()]


def generated(pieces):
    out = b""
    for piece in pieces:
        if isinstance(piece, str):
            out += piece.encode("utf-8")
        elif "repeat" in piece:
            out += piece["repeat"].encode("utf-8") * int(piece.get("times", 1))
        elif "hex" in piece:
            out += bytes.fromhex(piece["hex"])
        elif "utf16le" in piece:
            out += piece["utf16le"].encode("utf-16-le")
    return out


def from_cases():
    try:
        import yaml
    except ImportError:
        return
    for case in sorted(ROOT.glob("tests/*/*/case.yaml")):
        spec = yaml.safe_load(case.read_text()) or {}
        for path, text in (spec.get("write") or {}).items():
            if target_of(path):
                save(target_of(path), text)
        for path, pieces in (spec.get("generate") or {}).items():
            if target_of(path):
                save(target_of(path), generated(pieces))
        for edit in spec.get("replace") or []:
            source = ROOT / edit["file"]
            if target_of(edit["file"]) and source.is_file():
                text = source.read_text().replace(edit["find"], edit["with"], 1)
                save(target_of(edit["file"]), text)


def main():
    files = [p for p in ROOT.glob("content/**/*") if p.is_file()]
    files += [p for p in ROOT.glob("locales/**/*") if p.is_file()]
    files += [p for p in ROOT.glob("tests/*/*/files/**/*") if p.is_file()]
    for path in files:
        target = target_of(path)
        if target:
            save(target, path.read_bytes())
        if target == "fluent":
            for value in messages(path.read_text(errors="replace")):
                save("markdown", value)
    from_cases()
    for target in sorted(p.name for p in CORPUS.iterdir()):
        print(target, len(list((CORPUS / target).iterdir())), "seeds")


if __name__ == "__main__":
    main()
