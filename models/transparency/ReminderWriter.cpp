#include "ReminderWriter.h"

#include "registry/OrganizationValidation.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace dc {

namespace {

// Header lines are kept within the 76 characters RFC 2047 asks of lines with encoded-words.
constexpr int maxHeaderLine = 76;
// Bytes of UTF-8 per encoded-word: 36 bytes are 48 base64 characters, 60 with "=?UTF-8?B?" and
// "?=", so that "Subject: " and a word fit in a line; a display name takes 42 (68 characters
// with "From: "), so that fewer names need two words.
constexpr int subjectEncodedBytes = 36;
constexpr int nameEncodedBytes = 42;

bool isPrintableAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

/// RFC 2047 B encoded-words of @p text, each of whole characters (a character is never split
/// between two words, as §5 requires).
QList<QByteArray> encodedWords(const QString &text, int maxBytes)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&] {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + bytes.size() > maxBytes)
            flush();
        chunk += bytes;
    }
    flush();
    return words;
}

/// The words of an unstructured header (Subject): plain when printable ASCII, else encoded-words.
QList<QByteArray> unstructured(const QString &text)
{
    if (!isPrintableAscii(text))
        return encodedWords(text, subjectEncodedBytes);
    QList<QByteArray> words;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words << word.toLatin1();
    return words;
}

/// True for an RFC 5322 atom: letters, digits and the atext signs.
bool isAtom(const QString &word)
{
    static const QString signs = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    for (const QChar c : word) {
        if (c.unicode() >= 128 || !(c.isLetterOrNumber() || signs.contains(c)))
            return false;
    }
    return !word.isEmpty();
}

/// A display name with non-ASCII letters: its atoms as they are, each run of other words as one
/// encoded-word where it fits. Mail programs drop the space between two encoded-words (RFC 2047
/// §6.2) but some keep it; between an atom and an encoded-word every reader keeps it. So names are
/// split at atoms, and an encoded run is split only when it does not fit one word.
QList<QByteArray> phrase(const QString &name)
{
    QList<QByteArray> words;
    QString run;
    const auto flush = [&] {
        if (!run.isEmpty())
            words << encodedWords(run, nameEncodedBytes);
        run.clear();
    };
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (isAtom(word)) {
            flush();
            words << word.toLatin1();
        } else {
            run += (run.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
    }
    flush();
    return words;
}

/// A mailbox (RFC 5322 name-addr): the display name as a quoted-string when it is printable ASCII,
/// else as a phrase of atoms and encoded-words (which must not be quoted), then the address in
/// angle brackets.
QList<QByteArray> mailbox(const QString &name, const QString &address)
{
    QList<QByteArray> words;
    const QString simple = name.simplified();
    if (simple.isEmpty()) {
        // nothing: the address alone
    } else if (isPrintableAscii(simple)) {
        QByteArray quoted = "\"";
        for (const QChar c : simple) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                quoted += '\\';
            quoted += char(c.unicode());
        }
        words << quoted + '"';
    } else {
        words << phrase(simple);
    }
    words << '<' + address.toLatin1() + '>';
    return words;
}

/// "Name: word word", folded before a word that would take the line past maxHeaderLine.
QByteArray header(const char *name, const QList<QByteArray> &words)
{
    QByteArray result;
    QByteArray line = QByteArray(name) + ':';
    bool firstOnLine = true;
    for (const QByteArray &word : words) {
        if (!firstOnLine && line.size() + 1 + word.size() > maxHeaderLine) {
            result += line + "\r\n";
            line.clear();
        }
        line += ' ' + word;
        firstOnLine = false;
    }
    return result + line + "\r\n";
}

QByteArray header(const char *name, const QByteArray &value)
{
    return QByteArray(name) + ": " + value + "\r\n";
}

/// Quoted-printable (RFC 2045 §6.7) of UTF-8 text whose lines end in '\n': lines end in CRLF,
/// no encoded line is longer than 76 characters, spaces at a line's end are encoded.
QByteArray quotedPrintable(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        int length = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                token = QByteArray(1, char(c));
            else
                token = QByteArray{"="} + hex[c >> 4] + hex[c & 0xf];
            if (length + token.size() > maxHeaderLine - 1) {
                out += "=\r\n"; // a soft line break
                length = 0;
            }
            out += token;
            length += int(token.size());
        }
        if (l < lines.size() - 1)
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QString romanianDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString cannotWrite(const QString &path, const QString &why)
{
    return ReminderWriter::tr("%1: the reminder cannot be written (%2).")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QString ReminderWriter::placeholderAddress()
{
    return QStringLiteral("adresa-oficiului@exemplu.invalid");
}

QByteArray ReminderWriter::xlsxMimeType()
{
    return QByteArrayLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

QString ReminderWriter::fileName(const Institution &institution, int year)
{
    QString name = ReportFormWriter::safeFileNamePart(institution.name);
    if (name.isEmpty())
        name = QStringLiteral("institutia-%1").arg(institution.id);
    return QStringLiteral("Reamintire-%1-%2.eml").arg(year).arg(name);
}

Result<QList<ReportStatus>> ReminderWriter::overdue(const QSqlDatabase &db, int year,
                                                    const QDate &today)
{
    const Result<QList<ReportStatus>> all = ReportStatus::forYear(db, year, today);
    if (!all)
        return all;
    QList<ReportStatus> late;
    for (const ReportStatus &s : all.value()) {
        if (s.overdue())
            late << s;
    }
    return late;
}

QString ReminderWriter::skipReason(const Institution &institution)
{
    if (institution.liaisonEmail.trimmed().isEmpty())
        return tr("no liaison e-mail");
    if (!validation::isValidEmail(institution.liaisonEmail.trimmed()))
        return tr("the liaison's e-mail '%1' is not an e-mail address")
            .arg(institution.liaisonEmail);
    return {};
}

QString ReminderWriter::senderProblem(const MailSender &from)
{
    if (from.address.trimmed().isEmpty())
        return tr("The sender needs an e-mail address.");
    if (!validation::isValidEmail(from.address.trimmed()))
        return tr("The sender's address '%1' is not an e-mail address.").arg(from.address);
    return {};
}

QByteArray ReminderWriter::message(const ReportStatus &status, int year, const MailSender &from,
                                   const QByteArray &form, const QString &formName,
                                   const QDateTime &date, const QDate &today)
{
    const Institution &institution = status.institution;
    const QString address = from.address.trimmed();
    const QString domain = address.mid(address.indexOf(QLatin1Char('@')) + 1);
    const QByteArray boundary = "=_dialogcivic_" + QUuid::createUuid().toByteArray(QUuid::Id128);

    const QString subject =
        QStringLiteral(
            u"Reamintire: raportul anual privind transparența decizională pe anul %1 – %2")
            .arg(year)
            .arg(institution.name);
    QStringList paragraphs;
    paragraphs << QStringLiteral(u"Stimată doamnă / Stimate domnule,");
    paragraphs
        << QStringLiteral(
               u"Raportul anual privind transparența decizională (Legea nr. 52/2003) al "
               u"instituției "
               u"„%1” pe anul %2 trebuia transmis până la %3. Până la data de %4 nu l-am primit.")
               .arg(institution.name)
               .arg(year)
               .arg(romanianDate(status.deadline), romanianDate(today));
    paragraphs
        << QStringLiteral(
               u"Vă rugăm să completați formularul atașat (%1) și să ni-l trimiteți, în același "
               u"format, ca răspuns la acest mesaj. Valorile deja completate provin din evidențele "
               u"noastre: vă rugăm să le verificați. Instrucțiunile și definițiile termenilor sunt "
               u"în "
               u"foaia „Instrucțiuni” a formularului.")
               .arg(formName);
    paragraphs << QStringLiteral(
        u"Dacă ați transmis deja raportul, vă rugăm să ne comunicați data și modul în care l-ați "
        u"trimis.");
    paragraphs << QStringLiteral(u"Cu stimă,\n%1")
                      .arg(from.name.trimmed().isEmpty() ? address : from.name.trimmed());
    const QByteArray body = paragraphs.join(QStringLiteral("\n\n")).toUtf8() + '\n';

    QByteArray m;
    m += header("From", mailbox(from.name, address));
    m += header("To", mailbox(institution.liaisonName, institution.liaisonEmail.trimmed()));
    m += header("Subject", unstructured(subject));
    m += header("Date", date.toString(Qt::RFC2822Date).toLatin1());
    m += header("Message-ID", '<' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' +
                                  domain.toLatin1() + '>');
    m += header("MIME-Version", "1.0");
    m +=
        header("X-Unsent", "1"); // Outlook opens the file as a message to send, not as one received
    m += header("Content-Type",
                QList<QByteArray>{"multipart/mixed;", "boundary=\"" + boundary + '"'});
    m += "\r\n";
    m += "This is a multi-part message in MIME format.\r\n";
    m += "\r\n--" + boundary + "\r\n";
    m += header("Content-Type", "text/plain; charset=UTF-8");
    m += header("Content-Transfer-Encoding", "quoted-printable");
    m += "\r\n";
    m += quotedPrintable(body);
    m += "\r\n--" + boundary + "\r\n";
    // The form's name is ASCII by ReportFormWriter::fileName's rule: no RFC 2231 needed.
    const QByteArray name = formName.toLatin1();
    m += header("Content-Type", QList<QByteArray>{xlsxMimeType() + ';', "name=\"" + name + '"'});
    m +=
        header("Content-Disposition", QList<QByteArray>{"attachment;", "filename=\"" + name + '"'});
    m += header("Content-Transfer-Encoding", "base64");
    m += "\r\n";
    m += base64Lines(form);
    m += "\r\n--" + boundary + "--\r\n";
    return m;
}

Result<ReminderBatch> ReminderWriter::writeReminders(const QSqlDatabase &db, int year,
                                                     const QString &folder, const MailSender &from,
                                                     const QDate &today, const Progress &progress)
{
    using R = Result<ReminderBatch>;
    if (const QString problem = senderProblem(from); !problem.isEmpty())
        return R::failure(problem);
    if (!QFileInfo(folder).isDir())
        return R::failure(
            tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(folder)));
    const Result<QList<ReportStatus>> late = overdue(db, year, today);
    if (!late)
        return R::failure(late.error());

    ReminderBatch batch;
    QSet<QString> used;
    const QDir dir(folder);
    int done = 0;
    for (const ReportStatus &status : late.value()) {
        const Institution &institution = status.institution;
        if (const QString reason = skipReason(institution); !reason.isEmpty()) {
            batch.skipped << SkippedReminder{institution.id, institution.name, reason};
        } else {
            const QString path =
                dir.filePath(ReportFormWriter::uniqueFileName(fileName(institution, year), used));
            const Result<ReportForm> form = ReportFormWriter::gather(db, institution.id, year);
            if (!form)
                return R::failure(cannotWrite(path, form.error()));
            const Result<QByteArray> workbook = ReportFormWriter::workbook(form.value());
            if (!workbook)
                return R::failure(cannotWrite(path, workbook.error()));
            const QByteArray bytes = message(status, year, from, workbook.value(),
                                             ReportFormWriter::fileName(institution, year),
                                             QDateTime::currentDateTime(), today);
            QSaveFile file(path); // beside the target, renamed over it on commit()
            if (!file.open(QIODevice::WriteOnly))
                return R::failure(cannotWrite(path, file.errorString()));
            if (file.write(bytes) != bytes.size()) {
                file.cancelWriting();
                return R::failure(cannotWrite(path, file.errorString()));
            }
            if (!file.commit())
                return R::failure(cannotWrite(path, file.errorString()));
            batch.written << WrittenReminder{institution.id, institution.name,
                                             institution.liaisonEmail.trimmed(), path};
        }
        if (progress && !progress(++done, int(late->size())))
            break;
    }
    return batch;
}

} // namespace dc
