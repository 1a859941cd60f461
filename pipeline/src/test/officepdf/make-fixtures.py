#!/usr/bin/env python3
"""Makes the office-exported PDF fixtures the way associations make their reports.

Each source report (the five seed texts and a sample of a generated corpus) is written as an OpenDocument
text with real tables, paragraphs, headings, running header and footer ("Sida 3 av 14"), converted by
LibreOffice to a Word document (DOCX) and that Word document exported to PDF, both with
`soffice --headless --convert-to`. Several house styles: two fonts (Carlito = Calibri's metrics,
Liberation Serif = Times'), A4 and a narrow text column that makes cells wrap, grid borders, horizontal
rules only and no borders, one two-column section. One PDF is rasterised and put back together
(pdftoppm, ImageMagick, img2pdf) like a scanned signed protocol.

Writes into pipeline/src/test/resources/officepdf/:
  seeds/<seed>.<style>.pdf            the seeds (truth: ../shared/gold/seeds.csv and the seed texts)
  generated/<doc>.<style>.pdf         the generated sample
  generated/<doc>.txt                 the generated document's text version (what the text reader gives)
  generated/truth.csv                 the generator's truth rows, file column renamed to the fixture
  scanned/<doc>.scan.pdf              image-only PDF (truth rows in generated/truth.csv)
  manifest.csv                        fixture, source, style, kind

Needs soffice (libreoffice-writer-nogui), pdftoppm, convert, img2pdf, python3, and the launcher's Java build
for `finsambench generate`. Run from anywhere: python3 pipeline/src/test/officepdf/make-fixtures.py
"""
import csv
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
OUT = ROOT / "pipeline/src/test/resources/officepdf"
SHARED = ROOT.parent / "shared"

# name: font, size pt, page width/height cm, margins left/right cm, borders, header, footer, two-column section
STYLES = {
    "a4-sans-grid": dict(font="Carlito", size=11, width=21.0, height=29.7, left=2.5, right=2.5,
                         borders="grid", repeat_header=True, header="{assoc} – {title}", footer="Sida {page} av {pages}"),
    "a4-serif-plain": dict(font="Liberation Serif", size=12, width=21.0, height=29.7, left=2.5, right=2.5,
                           borders="none", repeat_header=False, header="", footer="{page}"),
    "narrow-sans": dict(font="Liberation Sans", size=10, width=21.0, height=29.7, left=5.5, right=5.5,
                        borders="none", repeat_header=False, header="{assoc}", footer="{page} ({pages})"),
    "a4-serif-rules-twocol": dict(font="Liberation Serif", size=11, width=21.0, height=29.7, left=2.2, right=2.2,
                                  borders="rules", repeat_header=True, header="{title}", footer="Sida {page}",
                                  two_column=True),
}

NUMERIC = re.compile(r"^[-–−+]?\s?[\d\s.,]+\s?(%|kr|tkr|mkr)?(\s?\([\d\s,.]+\s?%?\))?$|^[-–]$")
TAG = re.compile(r"<[^<>]+>")
PARAGRAPH_BREAK = re.compile(r"</?p\b[^<>]*>|<br\s*/?>|</?li\b[^<>]*>|</?ul\b[^<>]*>", re.I)
BOLD = re.compile(r"\*\*(.+?)\*\*")
SUM_LABEL = re.compile(r"^(Summa|Totala?|Årets resultat|Periodens resultat|Verksamhetens resultat|Resultat efter)", re.I)
HEADING_NUMBER = re.compile(r"^\d+(\.\d+)*\.?\s+\S")


def clean(text):
    """Markup in the seed texts becomes what a Word user would have typed; runs of spaces (columns aligned
    by hand) stay, as two spaces at least."""
    text = html.unescape(re.sub(r"\s*<[^<>]+>\s*", " ", text))
    return re.sub(r"[ \t]{2,}", "  ", re.sub(r"[\r\n\f\v]+", " ", text)).strip()


def esc_spaces(text):
    """XML for text whose runs of spaces must survive (ODF collapses them unless written as text:s)."""
    return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), esc(text))


def cell_paragraphs(text):
    """A cell's <p>/<li>/bullets become paragraphs of the cell, as in a Word table."""
    parts = PARAGRAPH_BREAK.split(text)
    out = []
    for part in parts:
        for bullet in re.split(r"(?=•)", part):
            c = clean(bullet)
            if c:
                out.append(c)
    return out


def blocks(lines):
    """('table', rows) for runs of TAB lines, ('para', text, kind) for other lines, ('gap',) for blank lines."""
    out = []
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
                i += 1
            out.append(("table", rows))
            continue
        text = lines[i].strip()
        out.append(("gap",) if not text else ("para", text))
        i += 1
    return out


def kind_of(blocks_, index, title_zone):
    text = blocks_[index][1]
    plain = clean(BOLD.sub(r"\1", text))
    before = index == 0 or blocks_[index - 1][0] == "gap"
    after = index + 1 >= len(blocks_) or blocks_[index + 1][0] == "gap"
    short = len(plain) <= 70 and not plain.endswith((".", ":", ",")) and not re.search(r"\d \d{3}", plain)
    if index < title_zone and short and before and after:
        return "title"
    if short and before and after and (HEADING_NUMBER.match(plain) or len(plain.split()) <= 6):
        return "heading"
    return "body"


def identity(lines):
    assoc = next((clean(l) for l in lines[:80] if re.search(r"samordningsförbund", l, re.I)
                  and len(clean(l)) <= 60 and "\t" not in l), "")
    m = re.search(r"([A-ZÅÄÖ][\wåäöé-]+s samordningsförbund|Samordningsförbundet(?: [A-ZÅÄÖ][\wåäöé-]+){1,3})",
                  "\n".join(lines[:200]))
    if not assoc and m:
        assoc = m.group(1)
    title = next((clean(l) for l in lines[:40] if re.match(r"\s*(Årsredovisning|Delårsrapport|Protokoll|"
                                                          r"Sammanträdesprotokoll|Styrelseprotokoll)", l)), "")
    if title and not re.search(r"\d{4}", title):
        year = next((l.strip() for l in lines[:40] if re.fullmatch(r"\s*(19|20)\d\d\s*", l)), "")
        title = (title + " " + year).strip()
    return assoc or "Samordningsförbundet", title or "Rapport"


def esc(text):
    return html.escape(text, quote=True)


def runs(text):
    """Paragraph content with **bold** as bold spans."""
    out = []
    pos = 0
    for m in BOLD.finditer(text):
        out.append(esc_spaces(clean(text[pos:m.start()]) + (" " if text[pos:m.start()].endswith(" ") else "")))
        out.append('<text:span text:style-name="B">%s</text:span>' % esc_spaces(clean(m.group(1))))
        pos = m.end()
    out.append(esc_spaces(clean(text[pos:]) if pos else clean(text)))
    return "".join(out).strip()


def column_widths(rows, ncols, text_width_cm, font_pt):
    """Roughly Word's auto-fit: each column its widest content, squeezed proportionally when too wide, but
    never narrower than its longest word (so only figures and text wrap at spaces) unless even that is too wide."""
    char_cm = font_pt * 0.5 * 0.03528
    word_cm = font_pt * 0.62 * 0.03528
    pad = 0.4
    pref = [0.0] * ncols
    minimum = [0.0] * ncols
    for row in rows:
        for j in range(ncols):
            text = clean(row[j]) if j < len(row) else ""
            pref[j] = max(pref[j], len(text) * char_cm + pad)
            longest = max((len(w) for w in text.split()), default=0)
            minimum[j] = max(minimum[j], longest * word_cm + pad, 0.8)
    pref = [max(p, m) for p, m in zip(pref, minimum)]
    if sum(pref) <= text_width_cm:
        spare = text_width_cm - sum(pref)
        return [pref[0] + spare] + pref[1:] if ncols > 1 else [text_width_cm]
    if sum(minimum) >= text_width_cm:
        return [text_width_cm * m / sum(minimum) for m in minimum]
    stretch = [p - m for p, m in zip(pref, minimum)]
    room = text_width_cm - sum(minimum)
    return [m + room * s / sum(stretch) for m, s in zip(minimum, stretch)]


def numeric_columns(rows, ncols):
    result = [False] * ncols
    for j in range(1, ncols):
        values = [clean(r[j]) for r in rows[1:] if j < len(r) and clean(r[j])]
        result[j] = bool(values) and sum(1 for v in values if NUMERIC.match(v)) >= 0.6 * len(values)
    return result


class Document:
    def __init__(self, style):
        self.style = style
        self.auto = []
        self.body = []
        self.tables = 0

    def paragraph(self, text, kind):
        style = {"title": "Title", "heading": "Heading", "body": "Body"}[kind]
        self.body.append('<text:p text:style-name="%s">%s</text:p>' % (style, runs(text)))

    def gap(self):
        pass  # paragraphs carry their own spacing, as Word's do

    def separate_tables(self):
        """Word keeps two tables apart only with a paragraph between them: an empty one."""
        self.body.append('<text:p text:style-name="Body"/>')

    def table(self, rows):
        s = self.style
        self.tables += 1
        name = "T%d" % self.tables
        ncols = max(len(r) for r in rows)
        rows = [r + [""] * (ncols - len(r)) for r in rows]
        text_width = s["width"] - s["left"] - s["right"]
        widths = column_widths(rows, ncols, text_width, s["size"])
        numeric = numeric_columns(rows, ncols)
        self.auto.append('<style:style style:name="%s" style:family="table"><style:table-properties '
                         'style:width="%.3fcm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>'
                         '</style:style>' % (name, text_width))
        for j, w in enumerate(widths):
            self.auto.append('<style:style style:name="%s.C%d" style:family="table-column">'
                             '<style:table-column-properties style:column-width="%.3fcm"/></style:style>' % (name, j, w))
        xml = ['<table:table table:name="%s" table:style-name="%s">' % (name, name)]
        xml += ['<table:table-column table:style-name="%s.C%d"/>' % (name, j) for j in range(ncols)]
        header = s["repeat_header"] and len(rows) > 3
        for i, row in enumerate(rows):
            if i == 0 and header:
                xml.append("<table:table-header-rows>")
            bold = i == 0 or bool(SUM_LABEL.match(clean(row[0])))
            xml.append("<table:table-row>")
            for j, cell in enumerate(row):
                cell_style = self.cell_style(i, len(rows))
                para = ("CellNum" if numeric[j] else "Cell") + ("Bold" if bold else "")
                paras = cell_paragraphs(cell) or [""]
                xml.append('<table:table-cell table:style-name="%s" office:value-type="string">' % cell_style)
                xml += ['<text:p text:style-name="%s">%s</text:p>' % (para, esc_spaces(p)) for p in paras]
                xml.append("</table:table-cell>")
            xml.append("</table:table-row>")
            if i == 0 and header:
                xml.append("</table:table-header-rows>")
        xml.append("</table:table>")
        self.body.append("".join(xml))

    def cell_style(self, row, nrows):
        borders = self.style["borders"]
        if borders == "grid":
            return "CellGrid"
        if borders == "rules":
            return "CellRuleTop" if row == 0 else "CellRule"
        return "CellPlain"

    def xml(self, assoc, title):
        s = self.style
        fill = lambda t: esc(t.replace("{assoc}", assoc).replace("{title}", title)) \
            .replace("{page}", '<text:page-number text:select-page="current">1</text:page-number>') \
            .replace("{pages}", '<text:page-count>1</text:page-count>')
        header = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % fill(s["header"]) \
            if s["header"] else ""
        footer = '<style:footer><text:p text:style-name="Footer">%s</text:p></style:footer>' % fill(s["footer"])
        body = self.body
        if s.get("two_column"):
            body = two_column(body)
        return TEMPLATE.format(font=s["font"], size=s["size"], small=s["size"] - 2, big=s["size"] + 3,
                               title=s["size"] + 9, width=s["width"], height=s["height"], left=s["left"],
                               right=s["right"], auto="\n".join(self.auto), header=header, footer=footer,
                               body="\n".join(body))


def two_column(body):
    """The first run of plain paragraphs long enough to fill about a page goes into a two-column section."""
    start = None
    for i, element in enumerate(body):
        if element.startswith('<text:p text:style-name="Body"'):
            if start is None:
                start = i
            chars = sum(len(TAG.sub("", e)) for e in body[start:i + 1])
            if chars > 3500 or i - start >= 14:
                return body[:start] + ['<text:section text:style-name="Sect2" text:name="Spalter">'] \
                    + body[start:i + 1] + ["</text:section>"] + body[i + 1:]
        elif not element.startswith('<text:p text:style-name="Heading"'):
            start = None
    return body


TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="sv" fo:country="SE" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="{title}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="{big}pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="CellBold" style:family="paragraph" style:parent-style-name="Cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="CellNum" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="CellNumBold" style:family="paragraph" style:parent-style-name="CellNum"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="{small}pt"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="{width}cm" fo:page-height="{height}cm" fo:margin-top="1.2cm"
   fo:margin-bottom="1.2cm" fo:margin-left="{left}cm" fo:margin-right="{right}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="CellPlain" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.1cm" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:border="none"/></style:style>
 <style:style style:name="CellGrid" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="CellRule" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.1cm" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:border-left="none" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #808080"/></style:style>
 <style:style style:name="CellRuleTop" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.1cm" fo:padding-right="0.1cm" fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:border-left="none" fo:border-right="none" fo:border-top="1pt solid #000000" fo:border-bottom="1pt solid #000000"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
{auto}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Page">{header}{footer}</style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


def write_fodt(lines, style_name, path):
    doc = Document(STYLES[style_name])
    bl = blocks(lines)
    first_heading = next((i for i, b in enumerate(bl) if b[0] == "para" and HEADING_NUMBER.match(clean(b[1]))), 12)
    previous = None
    for i, b in enumerate(bl):
        if b[0] == "table":
            if previous == "table":
                doc.separate_tables()
            doc.table(b[1])
        elif b[0] == "para":
            doc.paragraph(b[1], kind_of(bl, i, min(first_heading, 12)))
        if b[0] != "gap":
            previous = b[0]
    assoc, title = identity(lines)
    path.write_text(doc.xml(assoc, title), encoding="utf-8")


def soffice(target, files, outdir):
    """One LibreOffice run converts a batch; its own profile, so it never meets a desktop instance."""
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://%s" % profile, "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files],
                       check=True, stdout=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def generated_sample(work):
    """Annual, interim and minutes .txt documents of distinct associations from the default corpus, in a fixed
    spread (ordered by a hash of the name, as Python's hash() is salted per run)."""
    corpus = work / "corpus"
    subprocess.run([str(ROOT / "finsambench"), "generate", "--out", str(corpus)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reports = sorted((corpus / "reports").glob("*.txt"), key=lambda f: hashlib.sha1(f.name.encode()).hexdigest())
    picked, seen = [], set()
    for kind, count in (("_arsredovisning_", 8), ("_delarsrapport_", 4), ("_protokoll_", 4)):
        for f in reports:
            assoc = f.name.split("_")[0]
            if kind in f.name and (assoc, kind) not in seen and sum(kind in p.name for p in picked) < count:
                picked.append(f)
                seen.add((assoc, kind))
    with open(corpus / "truth.csv", encoding="utf-8") as fh:
        truth = list(csv.DictReader(fh))
    return picked, truth


def main():
    work = Path(tempfile.mkdtemp(prefix="officepdf-"))
    style_names = list(STYLES)
    jobs = []  # (kind, source name, lines, style, fixture base)
    for seed in sorted((SHARED / "corpus/seeds").glob("*.txt")):
        lines = seed.read_text(encoding="utf-8").split("\n")
        for style in style_names:
            jobs.append(("seed", seed.name, lines, style, "seeds/%s.%s" % (seed.stem, style)))
    picked, truth = generated_sample(work)
    for i, f in enumerate(picked):
        lines = f.read_text(encoding="utf-8").split("\n")
        for style in (style_names[i % 4], style_names[(i + 1) % 4]):
            jobs.append(("generated", f.name, lines, style, "generated/%s.%s" % (f.stem, style)))
    if OUT.exists():
        shutil.rmtree(OUT)
    for sub in ("seeds", "generated", "scanned"):
        (OUT / sub).mkdir(parents=True)
    fodt = work / "fodt"
    fodt.mkdir()
    for kind, source, lines, style, base in jobs:
        write_fodt(lines, style, fodt / (base.replace("/", "__") + ".fodt"))
    docx = work / "docx"
    soffice("docx:MS Word 2007 XML", sorted(fodt.glob("*.fodt")), docx)
    pdf = work / "pdf"
    soffice("pdf:writer_pdf_Export", sorted(docx.glob("*.docx")), pdf)
    manifest = [("fixture", "source", "style", "kind")]
    truth_out = []
    for kind, source, lines, style, base in jobs:
        produced = pdf / (base.replace("/", "__") + ".pdf")
        shutil.copy(produced, OUT / (base + ".pdf"))
        manifest.append((base + ".pdf", source, style, kind))
        if kind == "generated":
            for row in truth:
                if row["file"] == source:
                    truth_out.append(dict(row, file=Path(base).name + ".pdf"))
    for f in picked:
        shutil.copy(f, OUT / "generated" / f.name)
    scanned_source = next(b for k, s, _, st, b in jobs if k == "generated" and "_protokoll_" in s)
    scan_name = Path(scanned_source).name.rsplit(".", 1)[0] + ".scan.pdf"
    scan(OUT / (scanned_source + ".pdf"), OUT / "scanned" / scan_name, work)
    source = next(s for k, s, _, st, b in jobs if b == scanned_source)
    manifest.append(("scanned/" + scan_name, source, "scan", "scanned"))
    truth_out += [dict(r, file=scan_name) for r in truth if r["file"] == source]
    with open(OUT / "manifest.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(manifest)
    with open(OUT / "generated/truth.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(truth[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(truth_out)
    shutil.rmtree(work, ignore_errors=True)
    print("wrote %d fixtures to %s" % (len(manifest) - 1, OUT))


def scan(pdf, out, work):
    """Pages as a slightly tilted, grey 200 dpi scan: no text layer left."""
    pages = work / "scan"
    pages.mkdir()
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), str(pages / "p")], check=True)
    images = []
    for png in sorted(pages.glob("p*.png")):
        tilted = png.with_suffix(".jpg")
        subprocess.run(["convert", str(png), "-rotate", "0.4", "-background", "white", "-flatten",
                        "-attenuate", "0.3", "+noise", "Gaussian", "-quality", "70", str(tilted)], check=True)
        images.append(str(tilted))
    subprocess.run(["img2pdf", "--pagesize", "A4", "-o", str(out)] + images, check=True)


if __name__ == "__main__":
    sys.exit(main())
