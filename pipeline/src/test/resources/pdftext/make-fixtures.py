#!/usr/bin/env python3
"""Makes the seed texts as text tools give them from the office-exported seed reports.

The five seeds were written as Word documents with real tables and exported to PDF by LibreOffice in four
house styles (the `officepdf` fixtures of issue 13, made by pipeline/src/test/officepdf/make-fixtures.py).
What a user gets when they turn such a report into text:

  layout/<style>/<seed>.txt   pdftotext -layout   columns aligned by character position (runs of spaces)
  plain/<style>/<seed>.txt    pdftotext           reading order, table cells one per line, empty cells dropped
  soffice/<seed>.txt          soffice --headless --convert-to txt of the Word document (one cell per line,
                              empty cells kept as empty lines); the same for every style, so written once

The file names are the seeds' own, so the seeds' gold (shared/gold/seeds.csv) scores every folder.
manifest.csv names each fixture's tool and source with the source's SHA-256 (none for the Word documents,
which are made afresh each run).

Needs poppler-utils (pdftotext) and, for the soffice texts, LibreOffice (soffice) and the officepdf script
(its Word documents are made in a temporary folder, as that script makes them before exporting the PDFs).

  python3 make-fixtures.py [--pdf DIR] [--officepdf-script FILE]

--pdf defaults to pipeline/src/test/resources/officepdf/seeds, --officepdf-script to
pipeline/src/test/officepdf/make-fixtures.py; without that script the soffice texts are left as they are.
"""
import argparse
import csv
import hashlib
import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[4]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdftotext(args, pdf, out):
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftotext", "-enc", "UTF-8"] + args + [str(pdf), str(out)], check=True)


def word_documents(script, work):
    """The seeds as Word documents in every house style, made by the officepdf script's own functions."""
    spec = importlib.util.spec_from_file_location("officepdf", script)
    officepdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(officepdf)
    fodt = work / "fodt"
    fodt.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        lines = seed.read_text(encoding="utf-8").split("\n")
        for style in officepdf.STYLES:
            officepdf.write_fodt(lines, style, fodt / ("%s.%s.fodt" % (seed.stem, style)))
    docx = work / "docx"
    officepdf.soffice("docx:MS Word 2007 XML", sorted(fodt.glob("*.fodt")), docx)
    return officepdf, sorted(docx.glob("*.docx"))


def soffice_texts(script, manifest):
    work = Path(tempfile.mkdtemp(prefix="pdftext-"))
    try:
        officepdf, docs = word_documents(script, work)
        texts = work / "txt"
        officepdf.soffice("txt:Text (encoded):UTF8", docs, texts)
        by_seed = {}
        for doc in docs:
            seed, style = doc.stem.split(".", 1)
            text = (texts / (doc.stem + ".txt")).read_bytes()
            by_seed.setdefault(seed, set()).add(text)
        out = HERE / "soffice"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        for seed, variants in sorted(by_seed.items()):
            if len(variants) != 1:
                raise SystemExit("soffice text of %s differs between styles; write one file per style" % seed)
            (out / (seed + ".txt")).write_bytes(variants.pop())
            manifest.append(("soffice/%s.txt" % seed, "soffice --headless --convert-to txt", "%s.<style>.docx" % seed, "-"))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pdf", type=Path, default=ROOT / "pipeline/src/test/resources/officepdf/seeds")
    parser.add_argument("--officepdf-script", type=Path, default=ROOT / "pipeline/src/test/officepdf/make-fixtures.py")
    args = parser.parse_args()
    pdfs = sorted(args.pdf.glob("*.pdf"))
    if not pdfs:
        raise SystemExit("no seed PDFs in %s" % args.pdf)
    manifest = []
    for variant in ("layout", "plain"):
        if (HERE / variant).exists():
            shutil.rmtree(HERE / variant)
    for pdf in pdfs:
        seed, style = pdf.stem.split(".", 1)
        for variant, flags in (("layout", ["-layout"]), ("plain", [])):
            fixture = "%s/%s/%s.txt" % (variant, style, seed)
            pdftotext(flags, pdf, HERE / fixture)
            manifest.append((fixture, " ".join(["pdftotext"] + flags), pdf.name, sha256(pdf)))
    if args.officepdf_script.exists():
        soffice_texts(args.officepdf_script, manifest)
    else:
        print("no %s: soffice texts left as they are" % args.officepdf_script)
    version = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True).stderr.splitlines()[0]
    with open(HERE / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("fixture", "tool", "source", "source_sha256"))
        w.writerows(sorted(manifest))
    print("wrote %d fixtures (%s)" % (len(manifest), version))


if __name__ == "__main__":
    main()
