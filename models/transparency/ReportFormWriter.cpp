#include "ReportFormWriter.h"

#include "InstitutionRepository.h"
#include "ReportModelRepository.h"
#include "ReportStatus.h"
#include "core/Text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QTemporaryDir>

#include "files/XlsxWorkbook.h"

#include <algorithm>
#include <vector>

namespace dc {

namespace {

// The form is the official Romanian form whatever the program's language: its words are fixed
// here, not translated.
QString kindName(InstitutionKind kind)
{
    switch (kind) {
    case InstitutionKind::Ministry:
        return QStringLiteral(u"minister");
    case InstitutionKind::CentralAgency:
        return QStringLiteral(u"agenție centrală");
    case InstitutionKind::OtherCentral:
        return QStringLiteral(u"altă autoritate centrală");
    case InstitutionKind::CountyCouncil:
        return QStringLiteral(u"consiliu județean");
    case InstitutionKind::Prefecture:
        return QStringLiteral(u"prefectură");
    case InstitutionKind::CityHall:
        return QStringLiteral(u"primărie");
    case InstitutionKind::LocalCouncil:
        return QStringLiteral(u"consiliu local");
    case InstitutionKind::OtherLocal:
        break;
    }
    return QStringLiteral(u"altă autoritate locală");
}

// The numbering before the label: "2 a) pe site-ul propriu", "7.1. Numărul ..." on a numbered
// model; "A2_1 – pe site-ul propriu" on a model that prints codes.
QString numberedLabel(const ReportModelItem &item, bool printsCodes)
{
    if (item.numbering.isEmpty())
        return item.label;
    if (printsCodes)
        return item.numbering + QStringLiteral(u" – ") + item.label;
    const QChar last = item.numbering.back();
    return item.numbering + (last.isLetter() ? QLatin1String(") ") : QLatin1String(". ")) +
           item.label;
}

QString cannotWrite(const QString &path, const QString &why)
{
    return ReportFormWriter::tr("%1: the form cannot be written (%2).")
        .arg(QDir::toNativeSeparators(path), why);
}

// The terms of art. 3 of Law 52/2003 used by the form, summed up (the law's text is the reference),
// and two words the form uses that art. 3 does not define, explained for the form only.
struct Term
{
    const char16_t *term;
    const char16_t *meaning;
};

constexpr Term lawTerms[] = {
    {u"act normativ",
     u"actul emis sau adoptat de o autoritate publică, cu aplicabilitate generală."},
    {u"recomandare", u"orice punct de vedere, sugestie, propunere sau opinie, exprimată verbal sau "
                     u"în scris, primită de "
                     u"autoritatea publică de la orice persoană interesată, în procesul de luare a "
                     u"deciziilor și în "
                     u"procesul de elaborare a actelor normative."},
    {u"asociație legal constituită",
     u"orice organizație civică, sindicală, patronală sau orice alt grup asociativ de "
     u"reprezentare civică."},
    {u"ședință publică",
     u"ședința desfășurată în cadrul autorității publice, la care are acces orice persoană "
     u"interesată."},
    {u"minută", u"documentul scris în care se consemnează, în rezumat, punctele de vedere "
                u"exprimate de participanții la "
                u"o ședință și rezultatul dezbaterilor."},
};

constexpr Term formTerms[] = {
    {u"proiect de act normativ",
     u"textul unui act normativ aflat în elaborare, înainte de adoptare."},
    {u"dezbatere publică",
     u"întâlnirea organizată pentru a discuta public un proiect de act normativ; la punctul "
     u"„Numărul total al întâlnirilor de dezbatere publică organizate” se numără toate, iar "
     u"subpunctele le împart după cine le-a cerut (asociații legal constituite sau autorități "
     u"publice)."},
};

/// Writes the form into a workbook, which keeps the first error of any call.
class Builder
{
public:
    Builder(const ReportForm &form, XlsxWorkbook &book) : m_form(form), m_book(book) {}

    /// Closes the workbook; empty, or why it cannot be written.
    QString build()
    {
        if (!m_book.isGood())
            return m_book.reason();
        createFormats();
        setProperties();
        writeReportSheet();
        writeInstructionsSheet();
        return m_book.close() ? QString() : m_book.reason();
    }

private:
    void check(lxw_error e) { m_book.check(e); }
    const char *keep(const QString &text) { return m_book.keep(text); }

    void text(lxw_worksheet *sheet, int row, int col, const QString &value, lxw_format *format)
    {
        m_book.writeText(sheet, lxw_row_t(row), lxw_col_t(col), value, format);
    }

    // Neither LibreOffice nor every Excel fits the height of a row to its wrapped text when the
    // file says nothing: each row gets the height of its longest text, estimated here.
    enum class Weight
    {
        Regular,
        Bold
    };
    void wrapped(lxw_worksheet *sheet, int row, int col, const QString &value, lxw_format *format,
                 Weight weight = Weight::Regular, int indent = 0)
    {
        text(sheet, row, col, value, format);
        const double width = col < int(m_widths.size()) ? m_widths.at(size_t(col)) : 8.43;
        const int lines = lineCount(value, width - 2 * indent, weight);
        m_height[row] = std::max(m_height.value(row, 0.0), lineHeight * lines + 3);
    }

    // One text over the columns @p first to @p last of a row.
    void merged(lxw_worksheet *sheet, int row, int first, int last, const QString &value,
                lxw_format *format)
    {
        check(worksheet_merge_range(sheet, lxw_row_t(row), lxw_col_t(first), lxw_row_t(row),
                                    lxw_col_t(last), value.toUtf8().constData(), format));
        double width = 0;
        for (int c = first; c <= last && c < int(m_widths.size()); ++c)
            width += m_widths.at(size_t(c));
        m_height[row] = std::max(m_height.value(row, 0.0),
                                 lineHeight * lineCount(value, width, Weight::Regular) + 3);
    }

    void title(lxw_worksheet *sheet, int row, const QString &value)
    {
        text(sheet, row, 0, value, m_title);
        m_height[row] = 21; // 14 points
    }

    void columns(lxw_worksheet *sheet, std::initializer_list<double> widths)
    {
        m_widths.assign(widths);
        for (size_t c = 0; c < m_widths.size(); ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr));
    }

    void fitRows(lxw_worksheet *sheet)
    {
        for (auto it = m_height.cbegin(); it != m_height.cend(); ++it) {
            if (it.value() > lineHeight + 3)
                check(worksheet_set_row(sheet, lxw_row_t(it.key()), it.value(), nullptr));
        }
        m_height.clear();
    }

    /// Lines that @p text takes when wrapped at word boundaries in a column @p width characters
    /// wide (Excel's unit: the width of a '0'). Letters are counted a little wider than Calibri's
    /// (measured on DejaVu Sans, which LibreOffice uses where Calibri is missing), so that the text
    /// is not cut with either font.
    static int lineCount(const QString &text, double width, Weight weight)
    {
        const double capacity = std::max(1.0, (width - 1) / (weight == Weight::Bold ? 0.95 : 0.85));
        int lines = 0;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            int used = 0;
            ++lines;
            for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const int length = int(word.size());
                if (used > 0 && used + 1 + length <= capacity) {
                    used += 1 + length;
                    continue;
                }
                if (used > 0)
                    ++lines;
                lines += int((length - 1) / capacity); // a word longer than a line breaks
                used = length - int((length - 1) / capacity) * int(capacity);
            }
        }
        return lines;
    }

    static constexpr double lineHeight = 15; // points, Calibri 11

    lxw_format *format(std::initializer_list<void (*)(lxw_format *)> setters)
    {
        lxw_format *f = m_book.addFormat();
        for (auto setter : setters)
            setter(f);
        return f;
    }

    void createFormats()
    {
        const auto bold = [](lxw_format *f) { format_set_bold(f); };
        const auto wrap = [](lxw_format *f) { format_set_text_wrap(f); };
        const auto top = [](lxw_format *f) { format_set_align(f, LXW_ALIGN_VERTICAL_TOP); };
        const auto left = [](lxw_format *f) { format_set_align(f, LXW_ALIGN_LEFT); };
        const auto border = [](lxw_format *f) { format_set_border(f, LXW_BORDER_THIN); };
        const auto unlocked = [](lxw_format *f) { format_set_unlocked(f); };
        const auto input = [](lxw_format *f) { format_set_bg_color(f, 0xFFF2CC); }; // light yellow
        const auto grey = [](lxw_format *f) { format_set_bg_color(f, 0xE7E6E6); };

        m_headerLabel = format({bold, wrap, top});
        m_headerValue = format({wrap, top, left});
        m_headerDate =
            format({top, left, [](lxw_format *f) { format_set_num_format(f, "dd.mm.yyyy"); }});
        m_headerYear = format({top, left, [](lxw_format *f) { format_set_num_format(f, "0"); }});
        m_note = format({wrap, top, [](lxw_format *f) { format_set_italic(f); }});
        m_tableHeader = format({bold, wrap, border, grey, [](lxw_format *f) {
                                    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
                                }});
        m_section = format({bold, wrap, border, grey, top});
        m_code =
            format({border, top, [](lxw_format *f) { format_set_align(f, LXW_ALIGN_CENTER); }});
        m_label = format({border, wrap, top});
        m_subLabel = format({border, wrap, top, [](lxw_format *f) { format_set_indent(f, 2); }});
        m_number = format(
            {border, top, unlocked, input, [](lxw_format *f) { format_set_num_format(f, "0"); }});
        m_text = format({border, top, wrap, left, unlocked, input});
        m_choice = format({border, top, left, unlocked, input});
        m_percent =
            format({border, top, [](lxw_format *f) { format_set_num_format(f, "0.0\" %\""); }});
        m_title = format({bold, [](lxw_format *f) { format_set_font_size(f, 14); }});
        m_heading = format({bold, top});
        m_paragraph = format({wrap, top});
        m_term = format({bold, wrap, top, border});
        m_meaning = format({wrap, top, border});
    }

    void setProperties()
    {
        lxw_doc_properties properties{};
        properties.title = const_cast<char *>(
            keep(QStringLiteral(u"Raport anual privind transparența decizională – %1 – %2")
                     .arg(m_form.year)
                     .arg(m_form.institution.name)));
        properties.subject = const_cast<char *>(keep(m_form.model.name));
        properties.comments =
            const_cast<char *>(keep(QStringLiteral(u"Formular generat de Dialog Civic")));
        check(workbook_set_properties(m_book.handle(), &properties));
    }

    void protect(lxw_worksheet *sheet)
    {
        // No password: the protection guides the hand (which cells to fill in), it is no secret.
        // Widths and heights may still change, so that a long answer can be read.
        lxw_protection options{};
        options.format_columns = 1;
        options.format_rows = 1;
        worksheet_protect(sheet, nullptr, &options);
    }

    void writeReportSheet()
    {
        lxw_worksheet *sheet = m_book.addSheet(QStringLiteral("Raport"));
        if (!sheet)
            return;
        columns(sheet, {26, 74, 22});
        lxw_row_col_options hidden{};
        hidden.hidden = LXW_TRUE;
        check(worksheet_set_column_opt(sheet, 3, 3, 20, nullptr, &hidden));
        worksheet_set_paper(sheet, 9); // A4
        worksheet_set_portrait(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
        check(worksheet_repeat_rows(sheet, ReportFormWriter::headerRow - 1,
                                    ReportFormWriter::headerRow - 1));
        check(worksheet_set_footer(sheet, keep(QStringLiteral(u"&CPagina &P din &N"))));

        const Institution &institution = m_form.institution;
        int row = 0;
        const auto headerLine = [&](const QString &label, const QString &value) {
            wrapped(sheet, row, 0, label, m_headerLabel, Weight::Bold);
            if (!value.isEmpty())
                wrapped(sheet, row, 1, value, m_headerValue);
            ++row;
        };
        headerLine(ReportFormWriter::institutionLabel(), institution.name);
        headerLine(QStringLiteral(u"Tipul autorității:"), kindName(institution.kind));
        wrapped(sheet, row, 0, ReportFormWriter::yearLabel(), m_headerLabel, Weight::Bold);
        check(worksheet_write_number(sheet, lxw_row_t(row++), 1, m_form.year, m_headerYear));
        headerLine(QStringLiteral(u"Persoana responsabilă pentru relația cu societatea civilă:"),
                   institution.liaisonName);
        headerLine(QStringLiteral(u"E-mail:"), institution.liaisonEmail);
        wrapped(sheet, row, 0, QStringLiteral(u"Termen de transmitere:"), m_headerLabel,
                Weight::Bold);
        if (m_form.deadline.isValid()) {
            lxw_datetime date{
                m_form.deadline.year(), m_form.deadline.month(), m_form.deadline.day(), 0, 0, 0};
            check(worksheet_write_datetime(sheet, lxw_row_t(row), 1, &date, m_headerDate));
        }
        ++row;
        headerLine(QStringLiteral(u"Modelul raportului:"), m_form.model.name);
        text(sheet, 0, 3, ReportFormWriter::modelMarker(m_form.model.id), nullptr);

        wrapped(
            sheet, ReportFormWriter::headerRow - 2, 1,
            QStringLiteral(
                u"Completați celulele galbene din coloana „Valoare”. Instrucțiunile și definițiile "
                u"termenilor sunt în foaia „Instrucțiuni”."),
            m_note);
        const int header = ReportFormWriter::headerRow - 1;
        text(sheet, header, 0, QStringLiteral(u"Cod"), m_tableHeader);
        text(sheet, header, 1, QStringLiteral(u"Nr. și indicator"), m_tableHeader);
        text(sheet, header, 2, QStringLiteral(u"Valoare"), m_tableHeader);

        QHash<QString, const Figure *> figures;
        for (const Figure &f : m_form.figures)
            figures.insert(f.code, &f);
        QHash<QString, int> rowOf;
        QSet<QString> sections;
        for (int i = 0; i < m_form.model.items.size(); ++i) {
            rowOf.insert(m_form.model.items.at(i).code, header + 1 + i);
            if (!m_form.model.items.at(i).isFigure())
                sections.insert(m_form.model.items.at(i).code);
        }

        row = header + 1;
        for (const ReportModelItem &item : m_form.model.items) {
            const auto r = lxw_row_t(row);
            if (!item.isFigure()) {
                text(sheet, row, 0, item.code, m_section);
                wrapped(sheet, row, 1, item.label, m_section, Weight::Bold);
                check(worksheet_write_blank(sheet, r, 2, m_section));
                ++row;
                continue;
            }
            text(sheet, row, 0, item.code, m_code);
            const bool subItem = !item.parent.isEmpty() && !sections.contains(item.parent);
            wrapped(sheet, row, 1, numberedLabel(item, m_form.model.printsCodes()),
                    subItem ? m_subLabel : m_label, Weight::Regular, subItem ? 2 : 0);
            const Figure *figure = figures.value(item.code);
            switch (item.kind) {
            case ReportModelItem::Kind::Number:
                writeNumber(sheet, r, figure);
                break;
            case ReportModelItem::Kind::Percent:
                writePercent(sheet, r, item, rowOf, figures);
                break;
            case ReportModelItem::Kind::Text:
                check(worksheet_write_blank(sheet, r, 2, m_text));
                // Room for a few lines of answer; the row's height may be changed on the sheet.
                m_height[row] = std::max(m_height.value(row, 0.0), 4 * lineHeight);
                break;
            case ReportModelItem::Kind::Choice:
                writeChoice(sheet, r, item);
                break;
            case ReportModelItem::Kind::Section:
                break;
            }
            ++row;
        }
        fitRows(sheet);
        protect(sheet);
        worksheet_activate(sheet);
    }

    void writeNumber(lxw_worksheet *sheet, lxw_row_t row, const Figure *figure)
    {
        if (figure && figure->recordsProvided) {
            check(worksheet_write_number(sheet, row, 2, double(figure->recordsValue.toLongLong()),
                                         m_number));
            lxw_comment_options options{};
            options.author = const_cast<char *>("Dialog Civic");
            options.width = 200;
            options.height = 40;
            check(worksheet_write_comment_opt(
                sheet, row, 2, ReportFormWriter::recordsComment().toUtf8().constData(), &options));
        } else {
            check(worksheet_write_blank(sheet, row, 2, m_number));
        }
        lxw_data_validation rule{};
        rule.validate = LXW_VALIDATION_TYPE_INTEGER;
        rule.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        rule.value_number = 0;
        rule.error_title = const_cast<char *>(keep(QStringLiteral(u"Număr nevalid")));
        rule.error_message = const_cast<char *>(
            keep(QStringLiteral(u"Scrieți un număr întreg, zero sau mai mare.")));
        check(worksheet_data_validation_cell(sheet, row, 2, &rule));
    }

    void writePercent(lxw_worksheet *sheet, lxw_row_t row, const ReportModelItem &item,
                      const QHash<QString, int> &rowOf,
                      const QHash<QString, const Figure *> &figures)
    {
        const int numerator = rowOf.value(item.numerator, -1);
        const int denominator = rowOf.value(item.denominator, -1);
        if (numerator < 0 || denominator < 0) {
            check(worksheet_write_blank(sheet, row, 2, m_percent));
            return;
        }
        // Row numbers as the spreadsheet shows them (1-based).
        const QString formula =
            QStringLiteral("=IF(C%2>0,C%1/C%2*100,\"\")").arg(numerator + 1).arg(denominator + 1);
        // The result as the spreadsheet would compute it, for readers that show the stored result.
        const Figure *num = figures.value(item.numerator);
        const Figure *den = figures.value(item.denominator);
        if (num && den && num->recordsProvided && den->recordsProvided &&
            den->recordsValue.toLongLong() > 0) {
            const double share = 100.0 * double(num->recordsValue.toLongLong()) /
                                 double(den->recordsValue.toLongLong());
            check(worksheet_write_formula_num(sheet, row, 2, formula.toUtf8().constData(),
                                              m_percent, share));
        } else {
            check(worksheet_write_formula_str(sheet, row, 2, formula.toUtf8().constData(),
                                              m_percent, ""));
        }
    }

    void writeChoice(lxw_worksheet *sheet, lxw_row_t row, const ReportModelItem &item)
    {
        check(worksheet_write_blank(sheet, row, 2, m_choice));
        std::vector<char *> labels;
        for (const ReportModelItem::Choice &choice : item.choices)
            labels.push_back(const_cast<char *>(keep(choice.label)));
        labels.push_back(nullptr);
        lxw_data_validation rule{};
        rule.validate = LXW_VALIDATION_TYPE_LIST;
        rule.value_list = labels.data();
        rule.error_title = const_cast<char *>(keep(QStringLiteral(u"Răspuns nevalid")));
        QStringList names;
        for (const ReportModelItem::Choice &choice : item.choices)
            names << choice.label;
        rule.error_message = const_cast<char *>(
            keep(QStringLiteral(u"Alegeți din listă: %1.").arg(names.join(QLatin1String(", ")))));
        check(worksheet_data_validation_cell(sheet, row, 2, &rule));
    }

    // Numbering of the items of a kind, as the form prints them: "6.1, 6.2 și D 2".
    QString numberings(ReportModelItem::Kind kind) const
    {
        QStringList list;
        for (const ReportModelItem &item : m_form.model.items) {
            if (item.kind == kind)
                list << item.numbering;
        }
        if (list.size() < 2)
            return list.join(QString());
        const QString last = list.takeLast();
        return list.join(QLatin1String(", ")) + QStringLiteral(u" și ") + last;
    }

    void writeInstructionsSheet()
    {
        lxw_worksheet *sheet = m_book.addSheet(QStringLiteral(u"Instrucțiuni"));
        if (!sheet)
            return;
        columns(sheet, {4, 26, 86});
        worksheet_set_paper(sheet, 9);
        worksheet_set_portrait(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);

        int row = 0;
        title(sheet, row, QStringLiteral(u"Instrucțiuni de completare"));
        row += 2;

        QStringList steps;
        steps << QStringLiteral(u"Acest fișier este raportul anual privind transparența "
                                u"decizională pe anul %1 al "
                                u"instituției „%2”, după modelul „%3”, conform Legii nr. 52/2003 "
                                u"privind transparența "
                                u"decizională în administrația publică, republicată.")
                     .arg(m_form.year)
                     .arg(m_form.institution.name, m_form.model.name);
        steps << QStringLiteral(
            u"Completați numai celulele galbene din coloana „Valoare” a foii „Raport”. Celelalte "
            u"celule sunt protejate, ca raportul să poată fi citit automat la primire: nu "
            u"schimbați ordinea rândurilor, nu adăugați și nu ștergeți rânduri sau coloane.");
        steps << QStringLiteral(
            u"Numerele se scriu ca numere întregi, zero sau mai mari, fără alt text. Scrieți 0 "
            u"acolo unde nu a fost niciun caz.");
        for (const ReportModelItem &item : m_form.model.items) {
            if (item.kind != ReportModelItem::Kind::Percent)
                continue;
            const ReportModelItem *num = m_form.model.item(item.numerator);
            const ReportModelItem *den = m_form.model.item(item.denominator);
            if (num && den)
                steps
                    << QStringLiteral(
                           u"Valoarea de la punctul %1 se calculează automat din punctele %2 și %3 "
                           u"(%2 / %3 × 100); nu trebuie completată.")
                           .arg(item.numbering, num->numbering, den->numbering);
        }
        if (const QString texts = numberings(ReportModelItem::Kind::Text); !texts.isEmpty())
            steps << QStringLiteral(u"La punctele %1 scrieți textul în celulă (un rând nou în "
                                    u"aceeași celulă: Alt+Enter "
                                    u"în Excel, Ctrl+Enter în LibreOffice).")
                         .arg(texts);
        for (const ReportModelItem &item : m_form.model.items) {
            if (item.kind != ReportModelItem::Kind::Choice)
                continue;
            QStringList names;
            for (const ReportModelItem::Choice &choice : item.choices)
                names << choice.label;
            steps << QStringLiteral(u"La punctul %1 alegeți din listă unul dintre răspunsuri: %2.")
                         .arg(item.numbering, names.join(QLatin1String(", ")));
        }
        steps << QStringLiteral(u"Valorile deja completate provin din evidențele oficiului (celula "
                                u"are comentariul "
                                u"„%1”). Verificați-le după evidențele instituției dumneavoastră "
                                u"și corectați-le unde "
                                u"este cazul: se ia în considerare valoarea din raportul pe care "
                                u"ni-l trimiteți.")
                     .arg(ReportFormWriter::recordsComment());
        steps << QStringLiteral(u"Salvați fișierul în același format (.xlsx) și trimiteți-l până "
                                u"la %1, ca răspuns la "
                                u"mesajul prin care l-ați primit.")
                     .arg(m_form.deadline.toString(QStringLiteral("dd.MM.yyyy")));
        for (int i = 0; i < steps.size(); ++i) {
            text(sheet, row, 0, QStringLiteral("%1.").arg(i + 1), m_heading);
            merged(sheet, row, 1, 2, steps.at(i), m_paragraph);
            ++row;
        }

        ++row;
        title(sheet, row++, QStringLiteral(u"Definiții (Legea nr. 52/2003, art. 3)"));
        merged(sheet, row++, 1, 2,
               QStringLiteral(u"Rezumatul termenilor folosiți în formular. Textul oficial al "
                              u"definițiilor este cel al "
                              u"art. 3 din Legea nr. 52/2003, republicată, cu modificările și "
                              u"completările ulterioare."),
               m_paragraph);
        for (const Term &t : lawTerms) {
            wrapped(sheet, row, 1, QString::fromUtf16(t.term), m_term, Weight::Bold);
            wrapped(sheet, row, 2, QString::fromUtf16(t.meaning), m_meaning);
            ++row;
        }
        ++row;
        text(sheet, row++, 0, QStringLiteral(u"Alți termeni din formular"), m_heading);
        merged(sheet, row++, 1, 2,
               QStringLiteral(u"Explicații pentru completarea formularului, nu citate din lege."),
               m_paragraph);
        for (const Term &t : formTerms) {
            wrapped(sheet, row, 1, QString::fromUtf16(t.term), m_term, Weight::Bold);
            wrapped(sheet, row, 2, QString::fromUtf16(t.meaning), m_meaning);
            ++row;
        }
        fitRows(sheet);
        protect(sheet);
    }

    const ReportForm &m_form;
    XlsxWorkbook &m_book;
    std::vector<double> m_widths; // of the sheet being written
    QMap<int, double> m_height;   // its rows' heights (points), where taller than one line
    lxw_format *m_headerLabel = nullptr, *m_headerValue = nullptr, *m_headerDate = nullptr,
               *m_headerYear = nullptr, *m_note = nullptr, *m_tableHeader = nullptr,
               *m_section = nullptr, *m_code = nullptr, *m_label = nullptr, *m_subLabel = nullptr,
               *m_number = nullptr, *m_text = nullptr, *m_choice = nullptr, *m_percent = nullptr,
               *m_title = nullptr, *m_heading = nullptr, *m_paragraph = nullptr, *m_term = nullptr,
               *m_meaning = nullptr;
};

} // namespace

QString ReportFormWriter::institutionLabel()
{
    return QStringLiteral(u"Numele autorității sau instituției publice:");
}

QString ReportFormWriter::yearLabel()
{
    return QStringLiteral(u"Anul:");
}

QString ReportFormWriter::modelMarker(const QString &modelId)
{
    return QStringLiteral("Model: ") + modelId;
}

QString ReportFormWriter::recordsComment()
{
    return QStringLiteral(u"din evidențele oficiului");
}

Result<ReportForm> ReportFormWriter::gather(const QSqlDatabase &db, qint64 institutionId, int year)
{
    using R = Result<ReportForm>;
    const std::optional<Institution> institution = InstitutionRepository(db).find(institutionId);
    if (!institution)
        return R::failure(tr("No institution has the id %1.").arg(institutionId));
    Result<QList<Figure>> figures = AnnualFigures::compute(db, institutionId, year);
    if (!figures)
        return R::failure(figures.error());
    ReportForm form;
    form.institution = *institution;
    form.year = year;
    form.deadline = ReportStatus::deadlineOf(db, year);
    form.model = ReportModelRepository(db).forYear(year);
    form.figures = std::move(figures).value();
    return form;
}

QString ReportFormWriter::safeFileNamePart(const QString &text)
{
    const QString plain = text::withoutDiacritics(text::normalized(text));
    QString part;
    bool gap = false;
    for (const QChar c : plain) {
        const bool keep = c.unicode() < 128 && c.isLetterOrNumber();
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !part.isEmpty())
            part += QLatin1Char('-');
        gap = false;
        part += c;
    }
    // A long name is cut at a word, well below the file systems' 255 bytes.
    constexpr int maxLength = 80;
    if (part.size() > maxLength) {
        part.truncate(maxLength);
        if (const qsizetype dash = part.lastIndexOf(QLatin1Char('-')); dash > maxLength / 2)
            part.truncate(dash);
    }
    return part;
}

QString ReportFormWriter::fileName(const Institution &institution, int year)
{
    QString name = safeFileNamePart(institution.name);
    if (name.isEmpty())
        name = QStringLiteral("institutia-%1").arg(institution.id);
    return QStringLiteral("Raport-%1-%2.xlsx").arg(year).arg(name);
}

QString ReportFormWriter::uniqueFileName(const QString &name, QSet<QString> &used)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = name;
    for (int n = 2; used.contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
    used.insert(candidate.toLower());
    return candidate;
}

Result<QByteArray> ReportFormWriter::workbook(const ReportForm &form)
{
    using R = Result<QByteArray>;
    // libxlsxwriter writes only to a file: a private temporary folder, read back whole.
    QTemporaryDir dir;
    if (!dir.isValid())
        return R::failure(tr("No temporary folder for the form (%1).").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("form.xlsx"));
    XlsxWorkbook book(path);
    if (const QString error = Builder(form, book).build(); !error.isEmpty())
        return R::failure(error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(file.errorString());
    return file.readAll();
}

Status ReportFormWriter::write(const ReportForm &form, const QString &path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(cannotWrite(path, tr("the folder does not exist")));
    if (target.isDir())
        return Status::failure(cannotWrite(path, tr("a folder has that name")));
    // Written beside the target and renamed over it once complete, never before.
    XlsxWorkbook book(path);
    if (const QString error = Builder(form, book).build(); !error.isEmpty())
        return Status::failure(cannotWrite(path, error));
    return {};
}

Result<QList<WrittenForm>> ReportFormWriter::writeForms(const QSqlDatabase &db, int year,
                                                        const QString &folder, qint64 institutionId,
                                                        const Progress &progress)
{
    using R = Result<QList<WrittenForm>>;
    if (!QFileInfo(folder).isDir())
        return R::failure(
            tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(folder)));
    QList<Institution> institutions;
    if (institutionId > 0) {
        const std::optional<Institution> one = InstitutionRepository(db).find(institutionId);
        if (!one)
            return R::failure(tr("No institution has the id %1.").arg(institutionId));
        institutions << *one;
    } else {
        institutions = InstitutionRepository(db).all();
    }
    QList<WrittenForm> written;
    QSet<QString> used;
    const QDir dir(folder);
    for (const Institution &institution : institutions) {
        const QString path = dir.filePath(uniqueFileName(fileName(institution, year), used));
        const Result<ReportForm> form = gather(db, institution.id, year);
        if (!form)
            return R::failure(cannotWrite(path, form.error()));
        if (const Status s = write(form.value(), path); !s)
            return R::failure(s.error());
        written << WrittenForm{institution.id, institution.name, path};
        if (progress &&
            !progress(written.constLast(), int(written.size()), int(institutions.size())))
            break;
    }
    return written;
}

} // namespace dc
