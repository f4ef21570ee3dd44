#include "ReportRecognizer.h"

#include "FormIndicators.h"
#include "core/NameMatcher.h"
#include "core/Text.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dc {

namespace {

/// The rows at the top of a file searched for the institution, the year and the model's marker.
constexpr int headerRows = 20;
/// A text longer than this is stored cut (a free-text answer of the report).
constexpr int maxTextLength = 4000;

/// Where an item stands on a form: "B 2 a" is section B, number 2, letter a; "9.1" number 9.1.
struct Numbering
{
    QChar section;
    QString number;
    QChar letter;

    bool isEmpty() const { return section.isNull() && number.isEmpty() && letter.isNull(); }
};

/// A label cell split into its numbering and the comparison key of the rest.
struct ParsedLabel
{
    Numbering numbering;
    QString key;
};

bool inRange(QChar c, char from, char to)
{
    return c.unicode() >= char16_t(from) && c.unicode() <= char16_t(to);
}

/// Splits "9.1 a) la inițiativa …", "B 1 Numărul …", "a) pe site-ul propriu", "3.1. Numărul …"
/// into numbering and label; @p atEnd accepts a letter that ends the text (the model's "2 a").
ParsedLabel parseLabel(const QString &raw, bool atEnd = false)
{
    ParsedLabel result;
    const QString t = text::normalized(raw);
    const int n = int(t.size());
    int i = 0;
    auto skip = [&](const QString &chars) {
        while (i < n && chars.contains(t.at(i)))
            ++i;
    };
    skip(QStringLiteral(" ("));
    // A section letter before a number: "B 1", "B.1", "C1".
    if (i < n && inRange(t.at(i), 'A', 'D')) {
        int j = i + 1;
        while (j < n && (t.at(j) == QLatin1Char(' ') || t.at(j) == QLatin1Char('.')))
            ++j;
        if (j < n && t.at(j).isDigit()) {
            result.numbering.section = t.at(i);
            i = j;
        }
    }
    if (i < n && t.at(i).isDigit()) {
        const int start = i;
        while (i < n && i - start < 2 && t.at(i).isDigit())
            ++i;
        if (i + 1 < n && t.at(i) == QLatin1Char('.') && t.at(i + 1).isDigit()) {
            i += 2;
            if (i < n && t.at(i).isDigit())
                ++i;
        }
        if (i < n && t.at(i).isDigit()) // a longer number: a value, not a numbering
            return {{}, NameMatcher::key(t)};
        result.numbering.number = t.mid(start, i - start);
        skip(QStringLiteral(".) "));
    }
    // The letter of a part: "a)", "b.", or after a number "2 a pe site-ul propriu".
    if (i < n && inRange(t.at(i), 'a', 'c')) {
        const QChar next = i + 1 < n ? t.at(i + 1) : QChar();
        const bool marked = next == QLatin1Char(')') || next == QLatin1Char('.');
        const bool spaced = next == QLatin1Char(' ') && !result.numbering.number.isEmpty();
        if (marked || spaced || (next.isNull() && (atEnd || !result.numbering.number.isEmpty()))) {
            result.numbering.letter = t.at(i);
            i += next.isNull() ? 1 : 2;
            skip(QStringLiteral(" "));
        }
    }
    result.key = NameMatcher::key(t.mid(i));
    return result;
}

/// 3: the same label; 2: one begins with the other; 1: one ends with the other, or most of their
/// words are shared; 0: different labels.
int labelScore(const QString &cellKey, const QString &itemKey)
{
    if (cellKey.isEmpty() || itemKey.isEmpty())
        return 0;
    if (cellKey == itemKey)
        return 3;
    const QString &shorter = cellKey.size() < itemKey.size() ? cellKey : itemKey;
    const QString &longer = cellKey.size() < itemKey.size() ? itemKey : cellKey;
    if (shorter.size() >= 12 && longer.startsWith(shorter) &&
        longer.at(shorter.size()) == QLatin1Char(' '))
        return 2;
    // "a) afișare la sediul propriu" under "2. Numărul ședințelor publice anunțate prin:".
    if (shorter.size() >= 12 && longer.endsWith(shorter) &&
        longer.at(longer.size() - shorter.size() - 1) == QLatin1Char(' '))
        return 1;
    auto words = [](const QString &key) {
        QSet<QString> set;
        for (const QString &w : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() >= 3)
                set.insert(w);
        }
        return set;
    };
    const QSet<QString> a = words(cellKey);
    const QSet<QString> b = words(itemKey);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    return common * 10 >= std::max(a.size(), b.size()) * 6 ? 1 : 0;
}

/// A model's items prepared for recognition.
struct ItemKey
{
    int item = 0; ///< index into ReportModel::items
    QString code;
    QChar section; ///< the section letter of its numbering ('A' where the numbering has none)
    QString number;
    QChar letter;
    QString key;
};

struct ModelKeys
{
    const ReportModel *model = nullptr;
    QList<ItemKey> figures;
    QHash<QString, int> byCode; ///< codeKey -> index into figures; codes before printed codes
    QList<QPair<QChar, QString>> sections; ///< the letter and the key of the title without it
    bool byLabel = false;
};

ModelKeys keysOf(const ReportModel &model)
{
    ModelKeys keys;
    keys.model = &model;
    keys.byLabel = !model.printsCodes();
    for (int i = 0; i < model.items.size(); ++i) {
        const ReportModelItem &item = model.items.at(i);
        if (!item.isFigure()) {
            QString key = NameMatcher::key(item.label);
            const QString letter = item.code.toLower() + QLatin1Char(' ');
            if (key.startsWith(letter))
                key = key.mid(letter.size());
            keys.sections.append({item.code.isEmpty() ? QChar() : item.code.at(0), key});
            continue;
        }
        const ParsedLabel numbering = parseLabel(item.numbering, true);
        keys.figures.append(
            {i, item.code,
             numbering.numbering.section.isNull() ? QLatin1Char('A') : numbering.numbering.section,
             numbering.numbering.number, numbering.numbering.letter, NameMatcher::key(item.label)});
    }
    for (int f = 0; f < keys.figures.size(); ++f)
        keys.byCode.insert(ReportRecognizer::codeKey(keys.figures.at(f).code), f);
    for (int f = 0; f < keys.figures.size(); ++f) {
        const QString printed =
            ReportRecognizer::codeKey(model.items.at(keys.figures.at(f).item).printed);
        if (!printed.isEmpty() && !keys.byCode.contains(printed))
            keys.byCode.insert(printed, f);
    }
    return keys;
}

/// An item found on a row: the cell of its code or label, and the cell of its value (-1: none).
struct Found
{
    int figure = 0;
    int row = 0;
    int valueCell = -1;
    bool byCode = false;
};

/// The first cell right of @p from that is not the item's code or label again.
int valueCell(const QList<ReportCell> &cells, int from, const ModelKeys &keys, int figure)
{
    for (int j = from + 1; j < cells.size(); ++j) {
        const QString &text = cells.at(j).text;
        const QString code = ReportRecognizer::codeKey(text);
        if (!code.isEmpty() && keys.byCode.value(code, -1) == figure)
            continue;
        const ParsedLabel parsed = parseLabel(text);
        if (labelScore(parsed.key, keys.figures.at(figure).key) >= 2)
            continue;
        return j;
    }
    return -1;
}

/// The best item for a label cell, or -1.
int bestByLabel(const ModelKeys &keys, const ParsedLabel &label, const Numbering &numbering,
                QChar currentSection, bool sectionSeen, const QString &lastNumber, int lastFigure)
{
    const QChar section = numbering.section.isNull() ? currentSection : numbering.section;
    const QString number = !numbering.number.isEmpty()
                               ? numbering.number
                               : (numbering.letter.isNull() ? QString() : lastNumber);
    const bool known = !numbering.isEmpty();
    int best = -1;
    int bestScore = 0;
    for (int f = 0; f < keys.figures.size(); ++f) {
        const ItemKey &item = keys.figures.at(f);
        // Under a section's title (or with its letter) only that section's items: "c) prin
        // mass-media" under B is B2_3, not A2_3.
        if ((sectionSeen || !numbering.section.isNull()) && item.section != section)
            continue;
        const int score = labelScore(label.key, item.key);
        if (score == 0)
            continue;
        const bool same = known && section == item.section && number == item.number &&
                          numbering.letter == item.letter;
        const bool conflict = known && !same;
        if (!(score == 3 || (score == 2 && !conflict) || (score == 1 && same)))
            continue;
        const int total = score * 10 + (same ? 5 : (conflict ? -5 : 0)) +
                          (item.section == currentSection ? 2 : 0) + (f > lastFigure ? 1 : 0);
        if (best < 0 || total > bestScore) {
            best = f;
            bestScore = total;
        }
    }
    return best;
}

/// Every item of the model found in the sheet, in the order of the rows.
QList<Found> findItems(const ReportSheet &sheet, const ModelKeys &keys)
{
    QList<Found> found;
    QChar currentSection = QLatin1Char('A');
    bool sectionSeen = false;
    QString lastNumber;
    int lastFigure = -1;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QList<ReportCell> &cells = sheet.rows.at(r);
        // A section's title: the items below are numbered again from 1.
        QString rowKey;
        for (int k = 0; k < cells.size() && k < 2; ++k)
            rowKey += QLatin1Char(' ') + NameMatcher::key(cells.at(k).text);
        for (const auto &[letter, key] : keys.sections) {
            if (key.size() >= 10 && rowKey.contains(key) &&
                (letter != currentSection || !sectionSeen)) {
                currentSection = letter;
                sectionSeen = true;
                lastNumber.clear();
            }
        }
        bool matched = false;
        for (int k = 0; k < cells.size() && !matched; ++k) {
            const QString code = ReportRecognizer::codeKey(cells.at(k).text);
            const int figure = code.isEmpty() ? -1 : keys.byCode.value(code, -1);
            if (figure >= 0) {
                found.append({figure, r, valueCell(cells, k, keys, figure), true});
                lastFigure = figure;
                matched = true;
            }
        }
        if (matched || !keys.byLabel)
            continue;
        Numbering carried;
        for (int k = 0; k < cells.size(); ++k) {
            const ParsedLabel label = parseLabel(cells.at(k).text);
            if (label.key.isEmpty()) {
                if (!label.numbering.isEmpty())
                    carried = label.numbering; // "2." in a column of its own
                continue;
            }
            const Numbering numbering = label.numbering.isEmpty() ? carried : label.numbering;
            const int figure = bestByLabel(keys, label, numbering, currentSection, sectionSeen,
                                           lastNumber, lastFigure);
            if (!numbering.number.isEmpty())
                lastNumber = numbering.number;
            if (figure >= 0) {
                found.append({figure, r, valueCell(cells, k, keys, figure), false});
                lastFigure = figure;
            }
            break; // the first label of a row decides
        }
    }
    return found;
}

int distinctItems(const QList<Found> &found)
{
    QSet<int> figures;
    for (const Found &f : found)
        figures.insert(f.figure);
    return int(figures.size());
}

QString shortText(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 40 ? simple.left(39) + QChar(0x2026) : simple;
}

/// The text after the first ':' of @p cell, or the next non-empty cell of the row, or the only
/// cell of the next row; @p where is set to its reference.
QString labelledValue(const ReportSheet &sheet, int row, int cell, QString &where)
{
    const QList<ReportCell> &cells = sheet.rows.at(row);
    const QString &text = cells.at(cell).text;
    const int colon = int(text.indexOf(QLatin1Char(':')));
    if (colon >= 0) {
        const QString after = text::normalized(text.mid(colon + 1));
        if (!after.isEmpty()) {
            where = cells.at(cell).reference;
            return after;
        }
    }
    if (cell + 1 < cells.size()) {
        where = cells.at(cell + 1).reference;
        return text::normalized(cells.at(cell + 1).text);
    }
    if (row + 1 < sheet.rows.size() && sheet.rows.at(row + 1).size() == 1 &&
        sheet.rows.at(row + 1).first().row == cells.at(cell).row + 1 &&
        !sheet.rows.at(row + 1).first().text.contains(QLatin1Char(':'))) {
        where = sheet.rows.at(row + 1).first().reference;
        return text::normalized(sheet.rows.at(row + 1).first().text);
    }
    return {};
}

/// The key of the part of a cell before its ':' (the whole cell without one).
QString labelKey(const QString &text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    return NameMatcher::key(colon >= 0 ? text.left(colon) : text);
}

bool isInstitutionLabel(const QString &text)
{
    static const QStringList prefixes = {QStringLiteral("numele autoritatii"),
                                         QStringLiteral("denumirea autoritatii"),
                                         QStringLiteral("numele institutiei"),
                                         QStringLiteral("denumirea institutiei"),
                                         QStringLiteral("autoritatea sau institutia publica"),
                                         QStringLiteral("autoritatea publica"),
                                         QStringLiteral("institutia publica"),
                                         QStringLiteral("institutia"),
                                         QStringLiteral("autoritatea")};
    const QString key = labelKey(text);
    if (key.isEmpty() || key.size() > 80)
        return false;
    const bool colon = text.contains(QLatin1Char(':'));
    for (const QString &p : prefixes) {
        if (key == p || (colon && key.startsWith(p + QLatin1Char(' '))))
            return true;
    }
    return false;
}

bool isYearLabel(const QString &text)
{
    const QString key = labelKey(text);
    return key == QLatin1String("anul") || key == QLatin1String("an") ||
           key == QLatin1String("anul raportarii") || key == QLatin1String("anul de raportare") ||
           key == QLatin1String("perioada de raportare");
}

int yearIn(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<![/\\d])(20\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch m = year.match(text);
    if (!m.hasMatch())
        return 0;
    const int y = m.captured(1).toInt();
    return y >= 2003 && y <= 2100 ? y : 0;
}

} // namespace

QString ReportRecognizer::codeKey(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 8 || !inRange(t.at(0), 'A', 'D'))
        return {};
    QString key;
    for (const QChar c : t) {
        if (c == QLatin1Char('_') || c == QLatin1Char(' '))
            continue;
        key += c.toUpper();
    }
    while (key.endsWith(QLatin1Char('.')) || key.endsWith(QLatin1Char(':')) ||
           key.endsWith(QLatin1Char(')')))
        key.chop(1);
    static const QRegularExpression code(QStringLiteral("^[A-D](\\d{1,2}([A-C]|\\d)?)?$"));
    return code.match(key).hasMatch() ? key : QString();
}

bool ReportRecognizer::isErrorValue(const QString &text)
{
    static const QRegularExpression error(
        QStringLiteral("^(#(DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/"
                       "A|NULL!|SPILL!|CALC!|GETTING_DATA)|Err:\\d{3})$"),
        QRegularExpression::CaseInsensitiveOption);
    return error.match(text.trimmed()).hasMatch();
}

Result<qint64> ReportRecognizer::parseCount(const QString &text)
{
    using R = Result<qint64>;
    QString t = text.trimmed();
    if (isErrorValue(t))
        return R::failure(tr("the spreadsheet shows the error %1 instead of a number").arg(t));
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00A0));
    t.remove(QChar(0x202F));
    static const QRegularExpression whole(QStringLiteral("^(-?)(\\d+)([.,]0+)?$"));
    static const QRegularExpression fraction(QStringLiteral("^-?\\d+[.,]\\d+$"));
    if (const QRegularExpressionMatch m = whole.match(t); m.hasMatch()) {
        if (!m.captured(1).isEmpty() && m.captured(2).toLongLong() != 0)
            return R::failure(
                tr("%1 is negative; a whole number of 0 or more is due").arg(text.trimmed()));
        if (m.captured(2).size() > 12)
            return R::failure(tr("%1 is too large for a count").arg(text.trimmed()));
        return m.captured(2).toLongLong();
    }
    if (fraction.match(t).hasMatch())
        return R::failure(tr("%1 is not a whole number").arg(text.trimmed()));
    return R::failure(
        tr("\"%1\" is text; a whole number of 0 or more is due").arg(shortText(text)));
}

RecognizedReport ReportRecognizer::recognize(const ReportSheet &sheet,
                                             const QList<ReportModel> &models, int yearHint)
{
    RecognizedReport report;
    if (models.isEmpty())
        return report;

    // The header: the institution, the year and our form's marker, in the first rows.
    QString marker;
    QString markerCell;
    for (int r = 0; r < sheet.rows.size() && r < headerRows; ++r) {
        const QList<ReportCell> &cells = sheet.rows.at(r);
        for (int k = 0; k < cells.size(); ++k) {
            const QString &text = cells.at(k).text;
            if (marker.isEmpty() &&
                text.trimmed().startsWith(QLatin1String("Model:"), Qt::CaseInsensitive)) {
                marker = text.trimmed().mid(6).trimmed();
                markerCell = cells.at(k).reference;
            } else if (report.institution.isEmpty() && isInstitutionLabel(text)) {
                report.institution = labelledValue(sheet, r, k, report.institutionCell);
            } else if (report.year == 0 && isYearLabel(text)) {
                QString where;
                const int year = yearIn(labelledValue(sheet, r, k, where));
                if (year > 0) {
                    report.year = year;
                    report.yearCell = where;
                }
            }
        }
    }
    if (report.year == 0) { // a title: "Raport anual … pentru anul 2025"
        for (int r = 0; r < sheet.rows.size() && r < headerRows && report.year == 0; ++r) {
            for (const ReportCell &cell : sheet.rows.at(r)) {
                const QString key = NameMatcher::key(cell.text);
                if (!key.contains(QLatin1String("anul")) && !key.contains(QLatin1String("raport")))
                    continue;
                if (const int year = yearIn(cell.text); year > 0) {
                    report.year = year;
                    report.yearCell = cell.reference;
                    break;
                }
            }
        }
    }

    // The model: the one the file names, else the one whose items it matches best.
    QList<ModelKeys> keys;
    for (const ReportModel &model : models)
        keys << keysOf(model);
    int chosen = -1;
    QList<Found> found;
    if (!marker.isEmpty()) {
        for (int m = 0; m < models.size(); ++m) {
            if (models.at(m).id == marker)
                chosen = m;
        }
        if (chosen >= 0) {
            report.modelMarked = true;
            found = findItems(sheet, keys.at(chosen));
        } else {
            report.warnings << ReportIssue{
                markerCell, QString(),
                tr("The file names the model \"%1\", which is not among the models of the "
                   "report; it was recognized by its items.")
                    .arg(marker)};
        }
    }
    const int year = report.year > 0 ? report.year : yearHint;
    auto inForce = [&](int m) { // the model for the year: the latest validFrom not after it
        int best = -1;
        for (int i = 0; i < models.size(); ++i) {
            if (models.at(i).validFrom <= year &&
                (best < 0 || models.at(i).validFrom > models.at(best).validFrom))
                best = i;
        }
        return best == m;
    };
    if (chosen < 0) {
        int bestCount = 0;
        bool bestByCode = false;
        for (int m = 0; m < models.size(); ++m) {
            const QList<Found> f = findItems(sheet, keys.at(m));
            const int count = distinctItems(f);
            const bool byCode =
                !f.isEmpty() &&
                std::all_of(f.cbegin(), f.cend(), [](const Found &x) { return x.byCode; });
            bool better = count > bestCount;
            if (count > 0 && count == bestCount) {
                // Codes alone fit both models equally: a file of the current model names items the
                // older one does not have, so a tie by codes is the older model's printed codes.
                if (byCode && bestByCode)
                    better = models.at(m).printsCodes() && !models.at(chosen).printsCodes();
                else
                    better = year > 0 && inForce(m);
            }
            if (better) {
                chosen = m;
                bestCount = count;
                bestByCode = byCode;
                found = f;
            }
        }
    }
    if (chosen < 0)
        return report;
    const ReportModel &model = models.at(chosen);
    const ModelKeys &modelKeys = keys.at(chosen);
    report.modelId = model.id;
    report.itemsFound = distinctItems(found);
    if (year > 0 && !inForce(chosen)) {
        for (int m = 0; m < models.size(); ++m) {
            if (inForce(m)) {
                report.warnings << ReportIssue{
                    QString(), QString(),
                    tr("The file follows the model \"%1\", but the model of the report for "
                       "%2 is \"%3\".")
                        .arg(model.name)
                        .arg(year)
                        .arg(models.at(m).name)};
            }
        }
    }
    if (sheet.truncated) {
        report.warnings << ReportIssue{
            QString(), QString(),
            tr("Only the first %1 rows of the file were read.").arg(ReportFileReader::maxRows)};
    }

    // The values: the first row of an item that has one wins.
    QHash<QString, ReportValue> values;
    QSet<QString> decided;
    for (const Found &f : std::as_const(found)) {
        const ReportModelItem &item = model.items.at(modelKeys.figures.at(f.figure).item);
        if (f.valueCell < 0 || item.kind == ReportModelItem::Kind::Percent)
            continue; // unanswered; a percentage is recomputed from its two counts, never read
        const ReportCell &cell = sheet.rows.at(f.row).at(f.valueCell);
        if (decided.contains(item.code)) {
            const auto earlier = values.constFind(item.code);
            if (earlier != values.constEnd() && earlier->value.toString() != cell.text.trimmed()) {
                report.warnings << ReportIssue{
                    cell.reference, item.code,
                    tr("%1 appears again with \"%2\"; the value in %3 was kept.")
                        .arg(item.code, shortText(cell.text), earlier->cell)};
            }
            continue;
        }
        decided.insert(item.code);
        switch (item.kind) {
        case ReportModelItem::Kind::Number: {
            const Result<qint64> count = parseCount(cell.text);
            if (count)
                values.insert(item.code, {item.code, QVariant(count.value()), cell.reference});
            else
                report.rejected << ReportIssue{cell.reference, item.code,
                                               tr("%1: %2").arg(item.code, count.error())};
            break;
        }
        case ReportModelItem::Kind::Text:
            if (isErrorValue(cell.text)) {
                report.rejected << ReportIssue{
                    cell.reference, item.code,
                    tr("%1: the spreadsheet shows the error %2 instead of a text")
                        .arg(item.code, cell.text.trimmed())};
            } else {
                values.insert(item.code,
                              {item.code, QVariant(text::normalized(cell.text).left(maxTextLength)),
                               cell.reference});
            }
            break;
        case ReportModelItem::Kind::Choice: {
            const QString answer = NameMatcher::key(cell.text);
            QStringList labels;
            QString key;
            for (const ReportModelItem::Choice &choice : item.choices) {
                labels << choice.label;
                if (answer == NameMatcher::key(choice.label) ||
                    answer == NameMatcher::key(choice.key))
                    key = choice.key;
            }
            if (!key.isEmpty()) {
                values.insert(item.code, {item.code, QVariant(key), cell.reference});
            } else {
                report.rejected << ReportIssue{
                    cell.reference, item.code,
                    tr("%1: \"%2\" is not one of the answers (%3)")
                        .arg(item.code, shortText(cell.text), labels.join(QLatin1String(", ")))};
            }
            break;
        }
        case ReportModelItem::Kind::Section:
        case ReportModelItem::Kind::Percent:
            break;
        }
    }
    for (const FormIndicator &indicator : FormIndicators::all()) {
        const auto it = values.constFind(FormIndicators::code(indicator));
        if (it != values.constEnd())
            report.values << *it;
    }
    report.warnings << inconsistencies(report.values);
    return report;
}

QList<ReportIssue> ReportRecognizer::inconsistencies(const QList<ReportValue> &values)
{
    QHash<QString, const ReportValue *> byCode;
    for (const ReportValue &v : values) {
        if (v.value.typeId() == QMetaType::LongLong)
            byCode.insert(v.code, &v);
    }
    auto number = [&](const char *code) {
        return byCode.value(QLatin1String(code))->value.toLongLong();
    };
    auto has = [&](const char *code) { return byCode.contains(QLatin1String(code)); };
    auto cell = [&](const char *code) { return byCode.value(QLatin1String(code))->cell; };
    QList<ReportIssue> issues;

    struct Part
    {
        const char *total;
        QList<const char *> parts;
        bool mustEqual; ///< the parts add up to the total, else they may only not exceed it
    };
    const Part checks[] = {{"A3", {"A3_1", "A3_2"}, false}, {"A7", {"A7_1"}, false},
                           {"A7", {"A8"}, false},           {"B8", {"B9"}, false},
                           {"A9", {"A9_1", "A9_2"}, true},  {"C1", {"C1_a", "C1_b", "C1_c"}, true}};
    for (const Part &p : checks) {
        if (!has(p.total))
            continue;
        qint64 sum = 0;
        QStringList names;
        bool any = false;
        for (const char *part : p.parts) {
            if (has(part)) {
                sum += number(part);
                any = true;
            }
            names << QLatin1String(part);
        }
        const qint64 total = number(p.total);
        if (!any || (p.mustEqual ? sum == total : sum <= total))
            continue;
        const QString message = p.mustEqual ? tr("%1 = %2 differs from %3 = %4, their total.")
                                            : tr("%1 = %2 is more than %3 = %4.");
        issues << ReportIssue{cell(p.total), QLatin1String(p.total),
                              message.arg(names.join(QLatin1String(" + ")))
                                  .arg(sum)
                                  .arg(QLatin1String(p.total))
                                  .arg(total)};
    }
    return issues;
}

} // namespace dc
