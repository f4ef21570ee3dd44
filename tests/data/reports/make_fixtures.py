#!/usr/bin/python3
"""Writes the returned annual reports that tests/transparency/tst_reportimport.cpp reads.

Run once from this folder with Debian's python3-openpyxl (/usr/bin/python3 make_fixtures.py);
the files are checked in. Every institution here is fictitious. The layouts are those of the
published reports:
- form-anexa-20-2025.xlsx: our own form (ReportFormWriter's layout: a header block with the
  labels in column A and the values in column B, the marker "Model: anexa-20" in D1, the table's
  header on row 10, then code | numbering and label | value);
- older-2020.xlsx: the older model (printed codes), rows "label | code | value" under a title row
  and a line "Numele autorității sau instituției publice: ...";
- anexa-20-2025.xlsx: the current model (Anexa nr. 20), rows "numbering and label | value";
- anexa-20-2025.ods: the same report as an OpenDocument spreadsheet, written by hand the way
  LibreOffice writes one (repeated rows and cells, a merged title, a note, a #DIV/0! formula);
- form-anexa-20-2025-libreoffice.ods: form-anexa-20-2025.xlsx as LibreOffice Calc 7.4 saves it
  (soffice --headless --convert-to ods), not written by this script;
- anexa-20-2024.csv: the current model as CSV (UTF-8 with a byte order mark, ';'), the
  numbering in a column of its own.
"""

import zipfile

import openpyxl

CURRENT_2025 = [
    ("A.", "Procesul de elaborare a actelor normative", None),
    ("1.", "Numărul proiectelor de acte normative adoptate", 12),
    ("2.", "Numărul proiectelor de acte normative care au fost anunțate în mod public, din care:", 10),
    ("a)", "pe site-ul propriu", 10),
    ("b)", "prin afișare la sediul propriu", 6),
    ("c)", "prin mass-media", 2),
    ("3.", "Numărul de cereri primite pentru furnizarea de informații referitoare la proiecte de acte "
           "normative, din care:", 5),
    ("a)", "de la persoane fizice", 3),
    ("b)", "de la asociații de afaceri sau alte asociații legal constituite", 2),
    ("3.1.", "Numărul asociațiilor, fundațiilor și federațiilor interesate luate în evidență conform "
             "art. 52 din O.G. nr. 26/2000", 7),
    ("4.", "Numărul proiectelor transmise persoanelor fizice care au depus o cerere pentru primirea "
           "informațiilor referitoare la proiectul de act normativ", 3),
    ("5.", "Numărul proiectelor transmise asociațiilor de afaceri și altor asociații legal constituite", 2),
    ("6.", "Numărul persoanelor responsabile pentru relația cu societatea civilă care au fost desemnate", 1),
    ("6.1.", "Precizări cu privire la modalitatea de desemnare și eventualul cumul de atribuții",
     "Dispoziția primarului nr. 12/2025; cumul cu atribuțiile de relații publice."),
    ("6.2.", "Precizări cu privire la înființarea structurii pentru relația cu mediul asociativ conform "
             "art. 51 din O.G. nr. 26/2000", "Compartimentul relații cu societatea civilă, înființat în 2023."),
    ("7.", "Numărul total al recomandărilor primite", 8),
    ("7.1.", "Numărul recomandărilor primite în format electronic/on-line", 6),
    ("7.2.", "Ponderea recomandărilor primite în format electronic/on-line", "=B23/B22"),
    ("8.", "Numărul total al recomandărilor incluse în proiectele de acte normative", 4),
    ("8.1.", "Numărul total al comunicărilor de justificări scrise cu motivarea respingerilor unor "
             "recomandări", 3),
    ("8.2.", "Numărul proiectelor de acte normative pentru care au fost acceptate recomandări", 2),
    ("8.3.", "Numărul proiectelor de acte normative pentru care nu a fost acceptată nicio recomandare", 1),
    ("9.", "Numărul total al întâlnirilor de dezbatere publică organizate", 3),
    ("9.1.", "la inițiativa unor:", None),
    ("a)", "asociații legal constituite", 2),
    ("b)", "autorități publice", 1),
    ("10.", "Numărul proiectelor de acte normative adoptate fără a fi obligatorie dezbaterea publică a "
            "acestora (au fost adoptate în procedură de urgență sau conțin informații care le exceptează "
            "de la aplicarea Legii nr. 52/2003)", 2),
    ("B.", "Procesul de luare a deciziilor", None),
    ("1.", "Numărul total al ședințelor publice (stabilite de instituțiile publice)", 24),
    ("2.", "Numărul ședințelor publice anunțate prin:", None),
    ("a)", "afișare la sediul propriu", 24),
    ("b)", "publicare pe site-ul propriu", 24),
    ("c)", "prin mass-media", 5),
    ("3.", "Numărul estimat al persoanelor care au participat efectiv la ședințele publice (exclusiv "
           "funcționarii)", 310),
    ("4.", "Numărul ședințelor publice desfășurate în prezența mass-media", 12),
    ("5.", "Numărul total al observațiilor și recomandărilor exprimate în cadrul ședințelor publice", 15),
    ("6.", "Numărul total al recomandărilor incluse în deciziile luate", 9),
    ("7.", "Numărul ședințelor care nu au fost publice", 1),
    ("a)", "motivația: informații clasificate", 0),
    ("b)", "motivația: vot secret", 1),
    ("c)", "motivația: alte motive", 0),
    ("8.", "Numărul total al proceselor-verbale (minute) ale ședințelor publice", 24),
    ("9.", "Numărul proceselor-verbale (minute) făcute publice", 24),
    ("C.", "Cazurile în care autoritatea publică a fost acționată în justiție pentru nerespectarea "
           "prevederilor legii privind transparența decizională", None),
    ("1.", "Numărul acțiunilor în justiție pentru nerespectarea prevederilor legii privind transparența "
           "decizională", 2),
    ("a)", "rezolvate favorabil reclamantului", 0),
    ("b)", "rezolvate favorabil instituției", 1),
    ("c)", "în curs de soluționare", 1),
    ("D.", "Evaluarea proprie a parteneriatului cu cetățenii și asociațiile legal constituite ale acestora",
     None),
    ("1.", "Evaluarea proprie a parteneriatului cu cetățenii și asociațiile legal constituite ale acestora",
     "bună"),
    ("2.", "Măsuri pentru îmbunătățirea parteneriatului", "Consultări online înaintea fiecărei ședințe."),
]


def current_xlsx(path):
    """Rows "numbering and label | value" under a title naming the year."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Anexa 20"
    ws.append(["Anexa nr. 20"])
    ws.append(["RAPORT ANUAL privind transparența decizională pentru anul 2025"])
    ws.append(["Numele autorității sau instituției publice: Primăria Orașului Câmpia Verde (fictiv)"])
    ws.append([])
    ws.append(["Indicatori", "Valoare"])
    for numbering, label, value in CURRENT_2025:
        ws.append([numbering + " " + label] if value is None else [numbering + " " + label, value])
    # The 7.2 formula points at 7.1 and 7 wherever they landed.
    for row in ws.iter_rows(min_col=1, max_col=2):
        if row[0].value and str(row[0].value).startswith("7.2."):
            row[1].value = "=B%d/B%d" % (row[0].row - 1, row[0].row - 2)
    wb.save(path)


CSV_2024 = [4, 4, 4, 0, 0, 0, 0, 0, 2, 0, 0, 1, "Desemnare prin ordinul prefectului nr. 5/2024.", "", 2, 2,
            "100%", 1, 1, 1, 0, 0, 0, 0, 0, 6, 6, 6, 0, 45, 2, 3, 1, 0, 0, 0, 0, 6, 5, 0, 0, 0, 0,
            "foarte bună", ""]


def current_csv(path):
    """The items of CURRENT_2025 with the values of CSV_2024, the numbering in a column of its own."""
    rows = [
        ["Anexa nr. 20", "", ""],
        ["Raport anual privind transparența decizională", "", ""],
        ["Numele autorității sau instituției publice:", "Prefectura Județului Exemplu (fictiv)", ""],
        ["Anul:", "2024", ""],
        ["", "", ""],
        ["Nr.", "Indicator", "Valoare"],
    ]
    values = iter(CSV_2024)
    for numbering, label, value in CURRENT_2025:
        rows.append([numbering, label, "" if value is None else str(next(values))])
    assert next(values, None) is None
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        for row in rows:
            f.write(";".join('"%s"' % c.replace('"', '""') if ";" in c else c for c in row) + "\r\n")


OLDER_2020 = [
    ("1. Numărul proiectelor de acte normative adoptate în anul 2020", "A1", 40),
    ("2. Numărul proiectelor de acte normative care au fost anunțate în mod public", "A2", 38),
    ("Dintre acestea, au fost anunțate în mod public: a. pe site-ul propriu", "A2_1", 38),
    ("b. prin afișare la sediul propriu", "A2_2", 38),
    ("c. prin mass-media", "A2_3", 0),
    ("3. Numărul de cereri primite pentru furnizarea de informații referitoare la proiecte de acte normative",
     "A3", 2),
    ("Din care, solicitate de: a. persoane fizice", "A3_1", 2),
    ("b. de la asociații de afaceri sau alte asociații legal constituite", "A3_2", 0),
    ("4. Numarul proiectelor transmise persoanelor fizice care au depus o cerere pentru primirea "
     "informatiilor referitoare la proiectul de act normativ", "A4", 2),
    ("5. Numărul proiectelor transmise asociațiilor de afaceri și altor asociații legal constituite", "A5", 0),
    ("6. Numărul persoanelor responsabile pentru relația cu societatea civilă care au fost desemnate", "A6", 1),
    ("7. Numărul total al recomandărilor primite", "A7", 3),
    ("8. Numărul total al recomandărilor incluse în proiectele de acte normative", "A8", 1),
    ("9. Numărul întâlnirilor organizate la cererea asociațiilor legal constituite", "A9", 1),
    ("10.Numarul proiectelor de acte normative adoptate fara a fi obligatorie dezbaterea publica a acestora "
     "(au fost adoptate in procedura de urgenta sau contin informatii care le excepteaza de la aplicarea "
     "Legii nr. 52/2003)", "A_10", 2),
    ("B. Procesul de luare a deciziilor", None, None),
    ("1. Numărul total al ședințelor publice (stabilite de instituțiile publice)", "B1", 21),
    ("2. Numărul total al ședințelor publice anunțate prin: a. afișare la sediul propriu", "B2_1", 21),
    ("b. publicare pe site-ul propriu", "B2_2", 21),
    ("c. mass-media", "B2_3", 0),
    ("3. Numărul estimat al persoanelor care au participat efectiv la ședințele publice (exclusiv "
     "funcționarii)", "B3", 150),
    ("4. Numărul ședințelor publice desfășurate în prezența mass-media", "B4", 21),
    ("5. Numărul total al observațiilor și recomandărilor exprimate în cadrul ședințelor publice", "B5", 4),
    ("6. Numărul total al recomandărilor incluse în deciziile luate", "B6", 2),
    ("7. Numărul ședințelor care nu au fost publice, cu motivația:", "B7", 0),
    ("a. informații clasificate", "B7_a", 0),
    ("b. vot secret", "B7_b", 0),
    ("c. alte motive", "B7_c", 0),
    ("8. Numărul total al proceselor-verbale (minute) ale ședințelor publice", "B8", 21),
    ("9. Numărul proceselor-verbale (minute) făcute publice", "B9", 21),
    ("C. Cazurile în care autoritatea publică a fost acționată în justiție", None, None),
    ("1. Numărul acțiunilor în justiție pentru nerespectarea prevederilor legii privind transparența "
     "decizională", "C1", 0),
    ("a. rezolvate favorabil reclamantului", "C1_a", 0),
    ("b. rezolvate favorabil instituției", "C1_b", 0),
    ("c. în curs de soluționare", "C1_c", 0),
    ("D. Evaluarea proprie a parteneriatului cu cetățenii și asociațiile legal constituite ale acestora "
     "(foarte bună, bună, satisfăcătoare, nesatisfăcătoare)", "D", "satisfăcătoare"),
]


def older_xlsx(path):
    """Rows "label | code | value" under a title row and the institution's line."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Raport 2020"
    ws.append(["RAPORT ANUAL privind transparența decizională în anul 2020"])
    ws.append(["Numele autorității sau instituției publice: Primăria Orașului Marea Albă (fictiv)"])
    ws.append([])
    ws.append(["A. Procesul de elaborare a actelor normative", "Cod", "Răspuns"])
    for label, code, value in OLDER_2020:
        ws.append([label] if code is None else [label, code, value])
    wb.save(path)


FORM_VALUES = {
    "A1": 5, "A2": 5, "A2_1": 5, "A2_2": 5, "A2_3": 1, "A3": 4, "A3_1": 1, "A3_2": 3, "A3_3": 11,
    "A4": 1, "A5": 3, "A6": 2, "A6_1": "Doi consilieri desemnați prin ordinul ministrului.",
    "A6_2": "Direcția de dialog social.", "A7": 20, "A7_1": 15, "A7_2": None, "A8": 9, "A8_1": 11,
    "A8_2": 3, "A8_3": 2, "A9": 4, "A9_1": 3, "A9_2": 1, "A10": 0, "B1": 2, "B2_1": 2, "B2_2": 2,
    "B2_3": 0, "B3": 40, "B4": 1, "B5": 6, "B6": 2, "B7": 0, "B7_a": 0, "B7_b": 0, "B7_c": 0,
    "B8": 2, "B9": 2, "C1": 1, "C1_a": 0, "C1_b": 0, "C1_c": 1, "D1": "foarte bună", "D2": None,
}


def form_xlsx(path):
    """Our own form as ReportFormWriter writes it, filled in by the institution."""
    import json
    with open("../../../resources/reportmodels/anexa-20.json", encoding="utf-8") as f:
        model = json.load(f)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Raport"
    header = [
        ("Numele autorității sau instituției publice:", "Ministerul Formularelor (fictiv)"),
        ("Tipul:", "minister"),
        ("Anul:", 2025),
        ("Persoana de legătură:", "Ana Formular (fictiv)"),
        ("Termenul de trimitere:", "15.05.2026"),
        ("Modelul raportului:", model["name"]),
        ("", ""),
    ]
    for row, (label, value) in enumerate(header, start=1):
        ws.cell(row=row, column=1, value=label or None)
        ws.cell(row=row, column=2, value=value or None)
    ws["D1"] = "Model: anexa-20"
    ws.column_dimensions["D"].hidden = True
    ws.cell(row=10, column=1, value="Cod")
    ws.cell(row=10, column=2, value="Nr. și denumire")
    ws.cell(row=10, column=3, value="Valoare")
    row = 11
    for item in model["items"]:
        code = item["code"]
        if item["kind"] == "section":
            ws.cell(row=row, column=2, value=item["label"])
        else:
            ws.cell(row=row, column=1, value=code)
            ws.cell(row=row, column=2, value=item["numbering"] + " " + item["label"])
            value = FORM_VALUES.get(code)
            if item["kind"] == "percent":
                value = "=IF(C%d=0,0,C%d/C%d)" % (row - 2, row - 1, row - 2)
            if value is not None:
                ws.cell(row=row, column=3, value=value)
        row += 1
    wb.save(path)


ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ods(path):
    """The 2025 report of anexa-20-2025.xlsx as LibreOffice would save it."""
    rows = []
    # A merged title (a covered cell), a repeated empty row, the institution's line with a space
    # written as <text:s/>.
    rows.append('<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string" '
                'calcext:value-type="string"><text:p>RAPORT ANUAL privind transparența decizională pentru anul '
                '2025</text:p></table:table-cell><table:covered-table-cell/>'
                '<table:table-cell table:number-columns-repeated="1022"/></table:table-row>')
    rows.append('<table:table-row table:number-rows-repeated="2"><table:table-cell '
                'table:number-columns-repeated="1024"/></table:table-row>')
    rows.append('<table:table-row><table:table-cell office:value-type="string"><text:p>Numele autorității sau '
                'instituției publice:<text:s/>Primăria Orașului <text:span text:style-name="T1">Câmpia Verde'
                '</text:span> (fictiv)</text:p></table:table-cell><table:table-cell '
                'table:number-columns-repeated="1023"/></table:table-row>')
    for numbering, label, value in CURRENT_2025:
        text = esc(numbering) + "<text:s/>" + esc(label)
        cells = '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text
        if value is None:
            pass
        elif isinstance(value, int) and label == "prin mass-media" and numbering == "c)" and value == 2:
            # A value repeated over two columns: the first is the value.
            cells += ('<table:table-cell table:number-columns-repeated="2" office:value-type="float" '
                      'office:value="2" calcext:value-type="float"><text:p>2</text:p></table:table-cell>')
        elif isinstance(value, int) and label.startswith("Numărul total al recomandărilor primite"):
            # A note on the cell: its text is not the value.
            cells += ('<table:table-cell office:value-type="float" office:value="8" calcext:value-type="float">'
                      '<office:annotation><dc:creator>Verificator</dc:creator><text:p>Verificat: 8</text:p>'
                      '</office:annotation><text:p>8</text:p></table:table-cell>')
        elif isinstance(value, int):
            cells += ('<table:table-cell office:value-type="float" office:value="%d" calcext:value-type="float">'
                      '<text:p>%d</text:p></table:table-cell>' % (value, value))
        elif value.startswith("="):
            cells += ('<table:table-cell table:formula="of:=[.B24]/[.B23]" office:value-type="string" '
                      'office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p>'
                      '</table:table-cell>')
        else:
            cells += ('<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>%s'
                      '</text:p></table:table-cell>' % esc(value))
        rows.append('<table:table-row>%s<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
                    % cells)
    rows.append('<table:table-row table:number-rows-repeated="1048500"><table:table-cell '
                'table:number-columns-repeated="1024"/></table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:body><office:spreadsheet><table:table table:name="Anexa 20">'
               '<table:table-column table:number-columns-repeated="1024"/>%s</table:table>'
               '<table:table table:name="Foaie2"><table:table-row><table:table-cell office:value-type="string">'
               '<text:p>A1</text:p></table:table-cell><table:table-cell office:value-type="float" '
               'office:value="999"><text:p>999</text:p></table:table-cell></table:table-row></table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % (ODS_NS, "".join(rows)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    form_xlsx("form-anexa-20-2025.xlsx")
    older_xlsx("older-2020.xlsx")
    current_xlsx("anexa-20-2025.xlsx")
    ods("anexa-20-2025.ods")
    current_csv("anexa-20-2024.csv")
