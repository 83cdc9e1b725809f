#!/usr/bin/env python3
"""Render the layout zoo: fictional CVs through real document generators.

Each CV is written once, as data, in cvs/<cv-id>.json. For every rendering the CV asks for, this
script writes the generator's source (LaTeX, HTML or Markdown) into a temporary folder, runs the
generator there and copies only the final file into
core/src/test/resources/dev/rolefit/zoo/<cv-id>/. The hand-written expected.json beside the
renderings is never touched.

    python3 scripts/layout-zoo/render.py              # every CV
    python3 scripts/layout-zoo/render.py postdoc-nlp  # one CV
    python3 scripts/layout-zoo/render.py --keep       # keep the temporary folder (prints its path)

Standard library only. See README.md beside this file for the Debian packages it needs.
"""

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT_ROOT = REPO / "core" / "src" / "test" / "resources" / "dev" / "rolefit" / "zoo"

# Every generator that honours it gets this as its clock: 2025-03-01T12:00:00Z.
SOURCE_DATE_EPOCH = 1740830400
PDF_DATE = "20250301120000"  # the same instant as a PDF date (UTC)

RENDERINGS = {
    "moderncv-classic": "moderncv-classic.pdf",
    "moderncv-banking": "moderncv-banking.pdf",
    "latex-margin-labels": "latex-margin-labels.pdf",
    "latex-two-column": "latex-two-column.pdf",
    "chromium-one-column": "chromium-one-column.pdf",
    "chromium-two-column": "chromium-two-column.pdf",
    "pandoc-latex": "pandoc-latex.pdf",
    "pandoc.docx": "pandoc.docx",
    "libreoffice": "libreoffice.pdf",
}
KEEP = {"expected.json"}


# --------------------------------------------------------------------------------------------
# helpers


def env():
    e = dict(os.environ)
    e["SOURCE_DATE_EPOCH"] = str(SOURCE_DATE_EPOCH)
    e["FORCE_SOURCE_DATE"] = "1"
    e["TZ"] = "UTC"
    e["LC_ALL"] = "C.UTF-8"
    return e


def run(cmd, cwd, timeout=300):
    p = subprocess.run(cmd, cwd=cwd, env=env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=timeout)
    if p.returncode != 0:
        tail = p.stdout.decode("utf-8", "replace")[-3000:]
        raise RuntimeError("command failed (%d): %s\n%s" % (p.returncode, " ".join(map(str, cmd)), tail))
    return p.stdout.decode("utf-8", "replace")


def full_name(cv):
    return cv["name"]["first"] + " " + cv["name"]["last"]


def contact_items(cv):
    c = cv["contact"]
    return [", ".join(c["address"]), c["phone"], c["email"], c["web"]]


def updated(cv, placement):
    u = cv.get("updated")
    return u["text"] if u and u["placement"] == placement else None


def sidebar_split(cv):
    side = [s for s in cv["sections"] if s.get("sidebar")]
    main = [s for s in cv["sections"] if not s.get("sidebar")]
    # the canonical order must already be sidebar-first, so every rendering reads the same order
    assert cv["sections"] == side + main, cv["id"] + ": sidebar sections must come first"
    return side, main


def entry_headline(e):
    return ", ".join(x for x in (e["org"], e["place"]) if x)


# --------------------------------------------------------------------------------------------
# LaTeX

TEX_SPECIAL = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}


def tex(s):
    return "".join(TEX_SPECIAL.get(ch, ch) for ch in s)


# Fonts without optical sizes keep the files small: a Latin Modern subset costs ~22 KB per size
# and style, and moderncv uses six to eight of them.
FONTS = {
    "helvet": r"\usepackage[scaled=0.92]{helvet}",
    "times": r"\usepackage{mathptmx}",
    "charter": r"\usepackage{charter}",
}


def tex_common(font):
    return (r"\usepackage[T1]{fontenc}" "\n"
            r"\usepackage[utf8]{inputenc}" "\n"
            + FONTS[font] + "\n"
            r"\input{glyphtounicode}" "\n"
            r"\pdfgentounicode=1" "\n"
            r"\pdftrailerid{}" "\n")


def tex_footer(cv):
    text = updated(cv, "footer")
    if not text:
        return ""
    return (r"\usepackage{fancyhdr}" "\n"
            r"\fancypagestyle{zoofoot}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}"
            r"\fancyfoot[C]{\small " + tex(text) + "}}\n"
            r"\AtBeginDocument{\pagestyle{zoofoot}\thispagestyle{zoofoot}}" "\n")


def latex_pdf(src, workdir, name):
    (workdir / (name + ".tex")).write_text(src, encoding="utf-8")
    for _ in range(2):  # second pass for page references (paracol, moderncv)
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], workdir)
    return workdir / (name + ".pdf")


def itemize(bullets, opts="nosep,leftmargin=1.4em"):
    if not bullets:
        return ""
    items = "".join(r"\item " + tex(b) + "\n" for b in bullets)
    return "\\begin{itemize}[" + opts + "]\n" + items + "\\end{itemize}\n"


def moderncv(cv, style):
    paper = "letterpaper" if cv["paper"] == "letter" else "a4paper"
    family = "sans" if style == "classic" else "roman"
    c = cv["contact"]
    out = [r"\documentclass[11pt,%s,%s]{moderncv}" % (paper, family),
           r"\moderncvstyle[nosymbols]{%s}" % style,
           r"\moderncvcolor{%s}" % ("blue" if style == "classic" else "black"),
           tex_common("helvet" if style == "classic" else "charter"),
           r"\usepackage[scale=0.80]{geometry}",
           # no icon fonts: plain bullets instead of the marvosym glyph
           r"\renewcommand{\labelitemi}{\textbullet}",
           r"\setlength{\hintscolumnwidth}{3.9cm}" if style == "classic" else "",
           r"\renewcommand*{\namefont}{\fontsize{28}{30}\mdseries\upshape}" if style == "classic" else "",
           r"\name{%s}{%s}" % (tex(cv["name"]["first"]), tex(cv["name"]["last"])),
           r"\title{%s}" % tex(cv["headline"]),
           r"\address" + "".join("{%s}" % tex(a) for a in c["address"]),
           r"\phone[mobile]{%s}" % tex(c["phone"]),
           r"\email{%s}" % tex(c["email"]),
           r"\homepage{%s}" % tex(c["web"])]
    if updated(cv, "header"):
        out.append(r"\extrainfo{%s}" % tex(updated(cv, "header")))
    foot = updated(cv, "footer")
    if foot:
        out.append(r"\AtBeginDocument{\fancypagestyle{plain}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}"
                   r"\fancyfoot[C]{\small\color{color2}" + tex(foot) + r"}}\pagestyle{plain}}")
    out += [r"\begin{document}", r"\makecvtitle"]
    for s in cv["sections"]:
        out.append(r"\section{%s}" % tex(s["title"]))
        if "text" in s:
            out.append(r"\cvitem{}{%s}" % tex(s["text"]))
        for label, text in s.get("pairs", []):
            out.append(r"\cvitem{%s}{%s}" % (tex(label), tex(text)))
        for date, text in s.get("dated", []):
            out.append(r"\cvitem{%s}{%s}" % (tex(date), tex(text)))
        for i, text in enumerate(s.get("items", []), 1):
            if s.get("numbered"):
                out.append(r"\cvitem{[%d]}{%s}" % (i, tex(text)))
            else:
                out.append(r"\cvlistitem{%s}" % tex(text))
        for e in s.get("entries", []):
            desc = ""
            if e.get("note"):
                desc += tex(e["note"])
            if e.get("bullets"):
                desc += ("\n" if desc else "") + r"\begin{itemize}" + "".join(
                    r"\item " + tex(b) for b in e["bullets"]) + r"\end{itemize}"
            out.append(r"\cventry{%s}{%s}{%s}{%s}{}{%s}" % (
                tex(e["dates"]), tex(e["title"]), tex(e["org"]), tex(e["place"]), desc))
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def latex_margin_labels(cv):
    paper = "letterpaper" if cv["paper"] == "letter" else "a4paper"
    out = [r"\documentclass[10pt]{article}", tex_common("times"),
           r"\usepackage[%s,left=4.9cm,right=1.8cm,top=1.8cm,bottom=2.2cm]{geometry}" % paper,
           r"\usepackage{enumitem}",
           r"\usepackage[hidelinks]{hyperref}",
           r"\hypersetup{pdftitle={%s -- Curriculum Vitae},pdfauthor={%s}}" % (tex(full_name(cv)), tex(full_name(cv))),
           tex_footer(cv),
           r"\setlength{\parindent}{0pt}",
           r"\pagestyle{%s}" % ("empty" if not updated(cv, "footer") else "zoofoot"),
           # the section title sits in the left margin on the baseline of the first line of the
           # section: \llap puts a box of the label column's width left of the text block
           r"\newcommand{\marginsection}[1]{\par\addvspace{2.4ex}\noindent"
           r"\llap{\makebox[3.6cm][l]{\bfseries #1}\hspace{0.4cm}}\ignorespaces}",
           # a date flush right on the last line of a paragraph, or on a line of its own (TeXbook)
           r"\newcommand{\rdate}[1]{{\unskip\nobreak\hfil\penalty50\hskip1.5em\hbox{}\nobreak\hfil"
           r"\mbox{#1}\parfillskip=0pt\finalhyphendemerits=0\par}}",
           r"\newcommand{\nextitem}{\par\addvspace{0.9ex}\noindent}",
           r"\begin{document}"]
    c = cv["contact"]
    out.append(r"{\LARGE\bfseries %s}\par\smallskip" % tex(full_name(cv)))
    out.append(r"{\large %s}\par\medskip" % tex(cv["headline"]))
    out.append(r"\\".join(tex(a) for a in c["address"]) + r"\\")
    out.append(r"%s \quad %s \quad %s\par" % (tex(c["phone"]), tex(c["email"]), tex(c["web"])))
    if updated(cv, "header"):
        out.append(r"\smallskip{\small\itshape %s}\par" % tex(updated(cv, "header")))
    out.append(r"\vspace{1ex}\hrule\vspace{0.5ex}")
    for s in cv["sections"]:
        out.append(r"\marginsection{%s}" % tex(s["title"]))
        first = True

        def lead():
            nonlocal first
            if first:
                first = False
                return ""
            return r"\nextitem "

        if "text" in s:
            out.append(lead() + tex(s["text"]) + r"\par")
        for label, text in s.get("pairs", []):
            out.append(lead() + r"\textbf{%s:} %s\par" % (tex(label), tex(text)))
        for date, text in s.get("dated", []):
            out.append(lead() + tex(text) + (r"\rdate{%s}" % tex(date) if date else r"\par"))
        for i, text in enumerate(s.get("items", []), 1):
            mark = "[%d]~" % i if s.get("numbered") else r"\textbullet~"
            out.append(lead() + r"\hangindent=1.8em\hangafter=1 %s%s\par" % (mark, tex(text)))
        for e in s.get("entries", []):
            line = r"\textbf{%s}" % tex(e["title"])
            if entry_headline(e):
                line += ", " + tex(entry_headline(e))
            out.append(lead() + line + (r"\rdate{%s}" % tex(e["dates"]) if e["dates"] else r"\par"))
            if e.get("note"):
                out.append(r"{\small\itshape %s}\par" % tex(e["note"]))
            out.append(itemize(e.get("bullets"), "nosep,leftmargin=1.2em,topsep=1pt,font=\\small"))
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def latex_two_column(cv):
    side, main = sidebar_split(cv)
    paper = "letterpaper" if cv["paper"] == "letter" else "a4paper"
    c = cv["contact"]
    out = [r"\documentclass[10pt]{article}", tex_common("helvet"),
           r"\renewcommand{\familydefault}{\sfdefault}",
           r"\usepackage[%s,margin=1.6cm,bottom=2.2cm]{geometry}" % paper,
           r"\usepackage{enumitem}",
           r"\usepackage{xcolor}",
           r"\usepackage{paracol}",
           r"\usepackage[hidelinks]{hyperref}",
           r"\hypersetup{pdftitle={%s -- Resume},pdfauthor={%s}}" % (tex(full_name(cv)), tex(full_name(cv))),
           tex_footer(cv),
           r"\definecolor{accent}{RGB}{30,80,120}",
           r"\setlength{\parindent}{0pt}",
           r"\pagestyle{%s}" % ("empty" if not updated(cv, "footer") else "zoofoot"),
           r"\columnratio{0.30}",
           r"\setlength{\columnsep}{0.7cm}",
           r"\setlength{\columnseprule}{0.4pt}",
           r"\newcommand{\sidehead}[1]{\par\bigskip{\large\bfseries\color{accent}#1}\par\smallskip}",
           r"\newcommand{\mainhead}[1]{\par\bigskip{\Large\bfseries\color{accent}#1}\par\vspace{2pt}"
           r"{\color{accent}\hrule height 0.6pt}\medskip}",
           r"\begin{document}",
           r"\begin{paracol}{2}",
           r"\raggedright",
           r"{\huge\bfseries %s\par}\medskip" % (tex(cv["name"]["first"]) + r"\\" + tex(cv["name"]["last"])),
           r"{\itshape %s\par}\medskip" % tex(cv["headline"])]
    out.append(r"{\small " + r"\\".join(tex(x) for x in c["address"] + [c["phone"], c["email"], c["web"]]) + r"\par}")
    if updated(cv, "header"):
        out.append(r"\smallskip{\small\itshape %s\par}" % tex(updated(cv, "header")))

    def body(s, head, small):
        out.append(head(tex(s["title"])))
        if "text" in s:
            out.append((r"{\small %s\par}" if small else "%s\\par") % tex(s["text"]))
        for label, text in s.get("pairs", []):
            if small:
                out.append(r"\textbf{%s}\\{\small %s}\par\smallskip" % (tex(label), tex(text)))
            else:
                out.append(r"\textbf{%s:} %s\par" % (tex(label), tex(text)))
        for date, text in s.get("dated", []):
            if small:
                out.append(r"{\small %s%s}\par\smallskip" % (tex(text), (r" (%s)" % tex(date)) if date else ""))
            else:
                out.append(r"%s\hfill\mbox{%s}\par\smallskip" % (tex(text), tex(date)))
        items = s.get("items", [])
        if items:
            env_ = "enumerate" if s.get("numbered") else "itemize"
            out.append(r"\begin{%s}[nosep,leftmargin=1.4em%s]" % (env_, ",font=\\small" if small else ""))
            out.extend((r"\item {\small %s}" if small else r"\item %s") % tex(t) for t in items)
            out.append(r"\end{%s}" % env_)
        for e in s.get("entries", []):
            line = r"\textbf{%s}" % tex(e["title"])
            if e["dates"]:
                line += r"\hfill{\small %s}" % tex(e["dates"])
            out.append(line + r"\par")
            if entry_headline(e):
                out.append(r"{\itshape %s}\par" % tex(entry_headline(e)))
            if e.get("note"):
                out.append(r"{\small %s}\par" % tex(e["note"]))
            out.append(itemize(e.get("bullets"), "nosep,leftmargin=1.2em,topsep=2pt"))
            out.append(r"\medskip")

    for s in side:
        body(s, lambda t: r"\sidehead{%s}" % t, True)
    out.append(r"\switchcolumn")
    first = True
    for s in main:
        body(s, (lambda t: r"{\Large\bfseries\color{accent}%s}\par\vspace{2pt}{\color{accent}\hrule height 0.6pt}\medskip" % t)
             if first else (lambda t: r"\mainhead{%s}" % t), False)
        first = False
    out += [r"\end{paracol}", r"\end{document}"]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# HTML for Chromium

def h(s):
    return html.escape(s, quote=True)


def html_page(cv, two_column):
    size = "Letter" if cv["paper"] == "letter" else "A4"
    c = cv["contact"]
    css_common = """
@page { size: %s; margin: 14mm 15mm 16mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1d1d1f; font-size: 9.6pt; line-height: 1.38; }
h1 { margin: 0; font-size: 22pt; line-height: 1.1; }
h2 { font-size: 11.5pt; margin: 13px 0 5px; }
p { margin: 0 0 4px; }
ul, ol { margin: 2px 0 4px; padding-left: 17px; }
ol { padding-left: 24px; }
li { margin: 0 0 1px; }
.entry { margin: 0 0 7px; break-inside: avoid; }
.entry-head { display: flex; justify-content: space-between; gap: 10px; }
.dates { white-space: nowrap; color: #444; }
.note { font-style: italic; }
.updated { font-style: italic; color: #555; }
""" % size
    if not two_column:
        css = css_common + """
body { font-family: "DejaVu Serif", serif; }
header { border-bottom: 2px solid #333; padding-bottom: 6px; margin-bottom: 4px; }
.headline { font-size: 12pt; margin: 2px 0 4px; }
h2 { text-transform: uppercase; font-size: 10.5pt; letter-spacing: 0.02em; border-bottom: 0.6px solid #999; }
.dated { display: grid; grid-template-columns: 40mm 1fr; column-gap: 4mm; margin-bottom: 3px; }
.dated .when { color: #444; }
.pair b { display: inline-block; min-width: 34mm; }
footer { margin-top: 14px; text-align: center; font-size: 8.5pt; color: #555; }
"""
    else:
        css = css_common + """
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
.grid { display: grid; grid-template-columns: 60mm 1fr; column-gap: 7mm; }
aside { background: #eef2f6; padding: 5mm 4.5mm; border-radius: 2mm; align-self: start; font-size: 8.4pt; line-height: 1.32; }
aside h1 { font-size: 19pt; color: #1e4f78; }
aside .headline { font-style: italic; margin: 4px 0 8px; }
aside h2 { color: #1e4f78; font-size: 10.5pt; margin-top: 12px; text-transform: none; }
aside .contact p { margin: 0 0 2px; }
aside .pair b { display: block; }
main h2 { color: #1e4f78; border-bottom: 1.4px solid #1e4f78; padding-bottom: 1px; }
main section:first-child h2 { margin-top: 0; }
.dated { display: flex; justify-content: space-between; gap: 10px; margin-bottom: 3px; }
footer { margin-top: 12px; font-size: 8pt; color: #555; text-align: right; }
"""

    def section(s, small=False):
        parts = ["<section>", "<h2>%s</h2>" % h(s["title"])]
        if "text" in s:
            parts.append("<p>%s</p>" % h(s["text"]))
        for label, text in s.get("pairs", []):
            parts.append('<p class="pair"><b>%s%s</b> %s</p>' % (h(label), "" if small else ":", h(text)))
        for date, text in s.get("dated", []):
            if small:
                parts.append("<p>%s%s</p>" % (h(text), " (%s)" % h(date) if date else ""))
            elif two_column:
                parts.append('<div class="dated"><span>%s</span><span class="dates">%s</span></div>' % (h(text), h(date)))
            else:
                parts.append('<div class="dated"><span class="when">%s</span><span>%s</span></div>' % (h(date), h(text)))
        if s.get("items"):
            tag = "ol" if s.get("numbered") else "ul"
            parts.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % h(t) for t in s["items"]), tag))
        for e in s.get("entries", []):
            parts.append('<div class="entry">')
            if two_column:
                parts.append('<div class="entry-head"><b>%s</b><span class="dates">%s</span></div>' % (h(e["title"]), h(e["dates"])))
                if entry_headline(e):
                    parts.append('<div class="org"><i>%s</i></div>' % h(entry_headline(e)))
            else:
                head = "<b>%s</b>" % h(e["title"]) + (", " + h(entry_headline(e)) if entry_headline(e) else "")
                parts.append('<div class="entry-head"><span>%s</span><span class="dates">%s</span></div>' % (head, h(e["dates"])))
            if e.get("note"):
                parts.append('<div class="note">%s</div>' % h(e["note"]))
            if e.get("bullets"):
                parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % h(b) for b in e["bullets"]))
            parts.append("</div>")
        parts.append("</section>")
        return "\n".join(parts)

    body = []
    if not two_column:
        body.append("<header>")
        body.append("<h1>%s</h1>" % h(full_name(cv)))
        body.append('<p class="headline">%s</p>' % h(cv["headline"]))
        body.append('<p class="contact">%s</p>' % " &middot; ".join(h(x) for x in contact_items(cv)))
        if updated(cv, "header"):
            body.append('<p class="updated">%s</p>' % h(updated(cv, "header")))
        body.append("</header>")
        body.extend(section(s) for s in cv["sections"])
        if updated(cv, "footer"):
            body.append("<footer>%s</footer>" % h(updated(cv, "footer")))
    else:
        side, main = sidebar_split(cv)
        body.append('<div class="grid"><aside>')
        body.append("<h1>%s<br>%s</h1>" % (h(cv["name"]["first"]), h(cv["name"]["last"])))
        body.append('<p class="headline">%s</p>' % h(cv["headline"]))
        body.append('<div class="contact">%s</div>' % "".join(
            "<p>%s</p>" % h(x) for x in c["address"] + [c["phone"], c["email"], c["web"]]))
        if updated(cv, "header"):
            body.append('<p class="updated">%s</p>' % h(updated(cv, "header")))
        body.extend(section(s, small=True) for s in side)
        body.append("</aside><main>")
        body.extend(section(s) for s in main)
        if updated(cv, "footer"):
            body.append("<footer>%s</footer>" % h(updated(cv, "footer")))
        body.append("</main></div>")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<title>%s - CV</title>\n'
            '<meta name="author" content="%s">\n<style>%s</style></head>\n<body>\n%s\n</body></html>\n'
            % (h(full_name(cv)), h(full_name(cv)), css, "\n".join(body)))


def normalise_pdf(path):
    """Chromium and LibreOffice stamp the wall clock into /CreationDate and /ModDate, and
    LibreOffice derives /ID and /DocChecksum from it. Overwrite those in place with bytes of the
    same length (the fixed date; a digest of the rest of the file), so no offset moves and the
    file stays valid, and the same sources give the same bytes."""
    data = path.read_bytes()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}", lambda m: m.group(1) + PDF_DATE.encode(), data)
    ids = rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)|(/DocChecksum\s*/)([0-9A-Fa-f]+)"
    digest = hashlib.md5(re.sub(ids, b"", data)).hexdigest().upper().encode()

    def fix(m):
        if m.group(6):
            return m.group(6) + digest[:len(m.group(7))].ljust(len(m.group(7)), b"0")
        return (m.group(1) + digest[:len(m.group(2))].ljust(len(m.group(2)), b"0") + m.group(3)
                + digest[:len(m.group(4))].ljust(len(m.group(4)), b"0") + m.group(5))

    path.write_bytes(re.sub(ids, fix, data))


def chromium_pdf(src, workdir, name):
    (workdir / (name + ".html")).write_text(src, encoding="utf-8")
    profile = tempfile.mkdtemp(prefix="chromium-", dir=workdir)
    out = workdir / (name + ".pdf")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + str(out),
         (workdir / (name + ".html")).as_uri()], workdir, timeout=180)
    shutil.rmtree(profile, ignore_errors=True)
    normalise_pdf(out)
    return out


# --------------------------------------------------------------------------------------------
# Markdown for pandoc

MD_SPECIAL = set("\\`*_[]<>$|~^#@")


def md(s):
    return "".join("\\" + ch if ch in MD_SPECIAL else ch for ch in s)


def markdown(cv):
    c = cv["contact"]
    out = ["---", 'title: "%s"' % full_name(cv).replace('"', '\\"'), "---", ""]
    out.append(md(cv["headline"]) + "  ")
    out.extend(md(a) + "  " for a in c["address"])
    out.append(" · ".join(md(x) for x in (c["phone"], c["email"], c["web"])))
    out.append("")
    if updated(cv, "header"):
        out += ["*%s*" % md(updated(cv, "header")), ""]
    for s in cv["sections"]:
        out += ["# " + md(s["title"]), ""]
        if "text" in s:
            out += [md(s["text"]), ""]
        if s.get("pairs"):
            out += ["- **%s:** %s" % (md(label), md(text)) for label, text in s["pairs"]] + [""]
        if s.get("dated"):
            out += [("- **%s** %s" % (md(d), md(t))) if d else "- " + md(t) for d, t in s["dated"]] + [""]
        if s.get("items"):
            if s.get("numbered"):
                out += ["%d. %s" % (i, md(t)) for i, t in enumerate(s["items"], 1)] + [""]
            else:
                out += ["- " + md(t) for t in s["items"]] + [""]
        for e in s.get("entries", []):
            line = "**%s**" % md(e["title"])
            if entry_headline(e):
                line += ", " + md(entry_headline(e))
            if e["dates"]:
                out += [line + "  ", "*%s*" % md(e["dates"]), ""]
            else:
                out += [line, ""]
            if e.get("note"):
                out += [md(e["note"]), ""]
            if e.get("bullets"):
                out += ["- " + md(b) for b in e["bullets"]] + [""]
    if updated(cv, "footer"):
        out += ["------------------------------------------------------------------------", "",
                "*%s*" % md(updated(cv, "footer")), ""]
    return "\n".join(out)


# pandoc's default Latin Modern costs ~130 KB a file; a font without optical sizes is a third of that
PANDOC_FONT = "newcent"  # URW Century Schoolbook


def pandoc_latex(mdsrc, cv, workdir, name):
    (workdir / (name + ".md")).write_text(mdsrc, encoding="utf-8")
    paper = "letter" if cv["paper"] == "letter" else "a4"
    run(["pandoc", name + ".md", "-s", "-t", "latex", "-o", name + ".tex",
         "-V", "geometry:margin=2.2cm", "-V", "papersize=" + paper, "-V", "fontsize=10pt",
         "-V", "pagestyle=plain", "-V", "author=" + full_name(cv), "-V", "fontfamily=" + PANDOC_FONT,
         "-V", "header-includes=\\input{glyphtounicode}\\pdfgentounicode=1\\pdftrailerid{}"], workdir)
    # pandoc prints the author under the title in \maketitle; the name is already the title
    texsrc = (workdir / (name + ".tex")).read_text(encoding="utf-8")
    texsrc = texsrc.replace("\\author{" + full_name(cv) + "}", "\\author{}")
    (workdir / (name + ".tex")).write_text(texsrc, encoding="utf-8")
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"], workdir)
    return workdir / (name + ".pdf")


def pandoc_docx(mdsrc, workdir, name):
    (workdir / (name + ".md")).write_text(mdsrc, encoding="utf-8")
    run(["pandoc", name + ".md", "-o", name + ".docx"], workdir)
    return workdir / (name + ".docx")


def libreoffice_pdf(mdsrc, workdir, name):
    (workdir / (name + ".md")).write_text(mdsrc, encoding="utf-8")
    run(["pandoc", name + ".md", "-o", name + ".odt"], workdir)
    profile = workdir / "lo-profile"
    run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(workdir), name + ".odt"], workdir, timeout=300)
    normalise_pdf(workdir / (name + ".pdf"))
    return workdir / (name + ".pdf")


# --------------------------------------------------------------------------------------------


def render(cv, kind, workdir):
    d = workdir / cv["id"] / kind.replace(".", "-")
    d.mkdir(parents=True)
    if kind == "moderncv-classic":
        return latex_pdf(moderncv(cv, "classic"), d, "cv")
    if kind == "moderncv-banking":
        return latex_pdf(moderncv(cv, "banking"), d, "cv")
    if kind == "latex-margin-labels":
        return latex_pdf(latex_margin_labels(cv), d, "cv")
    if kind == "latex-two-column":
        return latex_pdf(latex_two_column(cv), d, "cv")
    if kind == "chromium-one-column":
        return chromium_pdf(html_page(cv, False), d, "cv")
    if kind == "chromium-two-column":
        return chromium_pdf(html_page(cv, True), d, "cv")
    if kind == "pandoc-latex":
        return pandoc_latex(markdown(cv), cv, d, "cv")
    if kind == "pandoc.docx":
        return pandoc_docx(markdown(cv), d, "cv")
    if kind == "libreoffice":
        return libreoffice_pdf(markdown(cv), d, "cv")
    raise ValueError(kind)


def check(cv, kind, pdf):
    """What the brief asks of every PDF, as far as pdftotext can tell. Returns a list of problems."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], stdout=subprocess.PIPE,
                          check=True).stdout.decode("utf-8")
    flat = re.sub(r"\s+", " ", text).lower()
    problems = []
    if "\ufffd" in text or re.search("[\ue000-\uf8ff]", text):
        problems.append("replacement or private-use characters (missing glyphs?)")
    for s in cv["sections"]:
        if s["title"].lower() not in flat:
            problems.append("section title %r not in the text" % s["title"])
    if not cv["name"]["last"].lower() in flat:
        problems.append("name not in the text")
    if kind == "latex-margin-labels":
        for s in cv["sections"]:
            if not re.search(r"^\s*%s {2,}\S" % re.escape(s["title"]), text, re.M):
                problems.append("margin label %r is not on the line of its first entry" % s["title"])
    if kind in ("latex-two-column", "chromium-two-column"):
        side = [s["title"] for s in cv["sections"] if s.get("sidebar")]
        main_ = [s["title"] for s in cv["sections"] if not s.get("sidebar")]
        # two columns: some line holds sidebar text on the left and main-column text on the right
        if not re.search(r"^\S.{0,40}\S {3,}%s\b" % re.escape(main_[0]), text, re.M) and \
                not any(re.search(r"^\s*%s\b.* {3,}\S" % re.escape(t), text, re.M) for t in side):
            problems.append("no line shows both columns")
    if updated(cv, "header") or updated(cv, "footer"):
        u = (updated(cv, "header") or updated(cv, "footer")).lower()
        if u not in flat:
            problems.append("the last-updated line is missing")
    return problems


def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], stdout=subprocess.PIPE, check=True).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cvs", nargs="*", help="cv ids (default: every file in cvs/)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    ids = args.cvs or sorted(p.stem for p in (HERE / "cvs").glob("*.json"))
    workdir = Path(tempfile.mkdtemp(prefix="layout-zoo-"))
    problems = 0
    try:
        for cv_id in ids:
            cv = json.loads((HERE / "cvs" / (cv_id + ".json")).read_text(encoding="utf-8"))
            assert cv["id"] == cv_id
            sidebar_split(cv)
            outdir = OUT_ROOT / cv_id
            outdir.mkdir(parents=True, exist_ok=True)
            for old in outdir.iterdir():  # from scratch: only the hand-written files stay
                if old.name not in KEEP:
                    old.unlink()
            for kind in cv["renderings"]:
                result = render(cv, kind, workdir)
                target = outdir / RENDERINGS[kind]
                shutil.copyfile(result, target)
                note = ""
                if target.suffix == ".pdf":
                    n = pages(target)
                    note = " (%d page%s)" % (n, "" if n == 1 else "s")
                    if not 1 <= n <= 3:
                        note += "  <-- more than 3 pages"
                        problems += 1
                    for p in check(cv, kind, target):
                        note += "\n    problem: " + p
                        problems += 1
                print("%-22s %-26s %7d bytes%s" % (cv_id, target.name, target.stat().st_size, note))
            if not (outdir / "expected.json").exists():
                problems += 1
                print("%-22s expected.json is missing (write it by hand)" % cv_id)
    finally:
        if args.keep:
            print("temporary files kept in", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    size = sum(p.stat().st_size for p in OUT_ROOT.rglob("*") if p.is_file())
    print("zoo: %d bytes in %s" % (size, OUT_ROOT))
    if size >= 3 * 1024 * 1024:
        print("problem: the zoo is 3 MB or more")
        problems += 1
    if problems:
        print("%d problem(s)" % problems)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
