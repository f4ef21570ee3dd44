#include "PdfExport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)
};

QString creator()
{
    return QStringLiteral("Dialog Civic %1").arg(QCoreApplication::applicationVersion());
}

QByteArray xmpMetadata(const reports::ReportDocument &document, const QString &author)
{
    const QString language =
        document.language.isEmpty() ? QStringLiteral("x-default") : document.language;
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:description><rdf:Alt><rdf:li "
        "xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "   <dc:creator><rdf:Seq><rdf:li>%3</rdf:li></rdf:Seq></dc:creator>\n"
        "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "   <xmp:CreatorTool>%5</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%6</xmp:CreateDate>\n"
        "   <pdf:Producer>Qt %7</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    return xmp
        .arg(document.title.toHtmlEscaped(), document.subtitle.toHtmlEscaped(),
             author.toHtmlEscaped(), language.toHtmlEscaped(), creator().toHtmlEscaped(),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QString::fromLatin1(qVersion()))
        .toUtf8();
}

// Qt 6.4's QPdfWriter writes no /Author in the document information dictionary, which is what
// pdfinfo and most readers' "Properties" show. It is added after the /Creator entry as a UTF-16
// hex string, and every offset after it in the cross-reference table (and startxref) is moved by
// the length added. Returns false, leaving @p pdf as it was, when the file is not laid out as
// expected (then only the XMP metadata carries the author).
bool addAuthor(QByteArray &pdf, const QString &author)
{
    const qsizetype creator = pdf.indexOf("\n/Creator ");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("\nstartxref\n");
    if (creator < 0 || xref < creator || startxref < xref || author.isEmpty())
        return false;
    const qsizetype at = pdf.indexOf('\n', creator + 1) + 1; // the line after /Creator
    if (at <= 0 || at > xref)
        return false;
    QByteArray utf16("FEFF");
    for (const QChar c : author)
        utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    const QByteArray entry = "/Author <" + utf16 + ">\n";
    const qsizetype delta = entry.size();

    // The table: "xref", then sections "first count" each followed by count 20-byte entries.
    qsizetype pos = xref + 6;
    while (pos < startxref) {
        const qsizetype lineEnd = pdf.indexOf('\n', pos);
        const QList<QByteArray> header = pdf.mid(pos, lineEnd - pos).trimmed().split(' ');
        if (header.size() != 2)
            break; // "trailer"
        bool ok = false;
        const int count = header.at(1).toInt(&ok);
        if (!ok)
            return false;
        pos = lineEnd + 1;
        for (int i = 0; i < count; ++i, pos += 20) {
            if (pdf.at(pos + 17) != 'n')
                continue;
            const qint64 offset = pdf.mid(pos, 10).toLongLong(&ok);
            if (!ok)
                return false;
            if (offset >= at)
                pdf.replace(pos, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
    }
    const qsizetype numberAt = startxref + 11;
    const qsizetype numberEnd = pdf.indexOf('\n', numberAt);
    bool ok = false;
    const qint64 start = pdf.mid(numberAt, numberEnd - numberAt).trimmed().toLongLong(&ok);
    if (!ok)
        return false;
    pdf.replace(numberAt, numberEnd - numberAt, QByteArray::number(start + delta));
    pdf.insert(at, entry);
    return true;
}

} // namespace

Result<int> PdfExport::write(const reports::ReportDocument &document, const QString &path,
                             const PageDecoration &decoration)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(
            Messages::tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    int pages = 0;
    const QString author =
        QStringLiteral("%1, %2").arg(decoration.institution, decoration.department);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(300);
        pdf.setPageLayout(DocumentLayout::defaultPageLayout());
        pdf.setTitle(document.title);
        pdf.setCreator(creator());
        // Qt 6.4's QPdfWriter has no author: it goes into the XMP metadata, which PDF readers
        // show as the document's author.
        pdf.setDocumentXmpMetadata(xmpMetadata(document, author));
        DocumentLayout layout(document, decoration);
        if (Status s = layout.paint(pdf); !s) {
            file.cancelWriting();
            return Result<int>::failure(
                Messages::tr("%1 cannot be written: %2").arg(shown, s.error()));
        }
        pages = layout.pageCount();
    }
    QByteArray bytes = buffer.data();
    addAuthor(bytes, author);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Result<int>::failure(
            Messages::tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    }
    if (!file.commit())
        return Result<int>::failure(
            Messages::tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace dc
