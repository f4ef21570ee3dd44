#include "PdfExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PdfExport", text);
}

QString creator()
{
    return QStringLiteral("Dialog Civic %1").arg(QCoreApplication::applicationVersion());
}

QByteArray xmpMetadata(const reports::ReportDocument &document, const QString &author)
{
    const QString language = document.language.isEmpty() ? QStringLiteral("x-default") : document.language;
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "   <dc:format>application/pdf</dc:format>\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt></dc:description>\n"
        "   <dc:creator><rdf:Seq><rdf:li>%3</rdf:li></rdf:Seq></dc:creator>\n"
        "   <dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "   <xmp:CreatorTool>%5</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%6</xmp:CreateDate>\n"
        "   <pdf:Producer>Qt %7</pdf:Producer>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    return xmp.arg(document.title.toHtmlEscaped(), document.subtitle.toHtmlEscaped(), author.toHtmlEscaped(),
                   language.toHtmlEscaped(), creator().toHtmlEscaped(),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QString::fromLatin1(qVersion()))
        .toUtf8();
}

} // namespace

Result<int> PdfExport::write(const reports::ReportDocument &document, const QString &path, const PageDecoration &decoration)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setPageLayout(DocumentLayout::defaultPageLayout());
        pdf.setTitle(document.title);
        pdf.setCreator(creator());
        // Qt 6.4's QPdfWriter has no author: it goes into the XMP metadata, which PDF readers
        // show as the document's author.
        pdf.setDocumentXmpMetadata(xmpMetadata(document, QStringLiteral("%1, %2").arg(decoration.institution, decoration.department)));
        DocumentLayout layout(document, decoration);
        if (Status s = layout.paint(pdf); !s) {
            file.cancelWriting();
            return Result<int>::failure(tr("%1 cannot be written: %2").arg(shown, s.error()));
        }
        pages = layout.pageCount();
    }
    if (!file.commit())
        return Result<int>::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace dc
