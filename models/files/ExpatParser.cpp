#include "ExpatParser.h"

#include <cstring>

namespace dc {

ExpatParser::ExpatParser() : m_parser(XML_ParserCreateNS(nullptr, namespaceSeparator))
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &ExpatParser::onStart, &ExpatParser::onEnd);
    XML_SetCharacterDataHandler(m_parser, &ExpatParser::onText);
    XML_SetStartDoctypeDeclHandler(m_parser, &ExpatParser::onDoctype);
}

ExpatParser::~ExpatParser()
{
    XML_ParserFree(m_parser);
}

bool ExpatParser::feed(const char *data, int size, bool last)
{
    if (XML_Parse(m_parser, data, size, last ? XML_TRUE : XML_FALSE) != XML_STATUS_ERROR)
        return m_error.isEmpty();
    if (m_error.isEmpty()) {
        m_error = tr("line %1: %2")
                      .arg(XML_GetCurrentLineNumber(m_parser))
                      .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))));
    }
    return false;
}

void ExpatParser::stop(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    XML_StopParser(m_parser, XML_FALSE);
}

const char *ExpatParser::attribute(const char **attributes, const char *name)
{
    for (const char **a = attributes; *a; a += 2) {
        if (std::strcmp(a[0], name) == 0)
            return a[1];
    }
    return nullptr;
}

const char *ExpatParser::attribute(const char **attributes, const char *namespaceUri,
                                   const char *localName)
{
    const size_t uriLength = std::strlen(namespaceUri);
    for (const char **a = attributes; *a; a += 2) {
        if (std::strncmp(a[0], namespaceUri, uriLength) == 0 &&
            a[0][uriLength] == namespaceSeparator &&
            std::strcmp(a[0] + uriLength + 1, localName) == 0)
            return a[1];
    }
    return nullptr;
}

const char *ExpatParser::localName(const char *name)
{
    const char *separator = std::strrchr(name, namespaceSeparator);
    return separator ? separator + 1 : name;
}

void XMLCALL ExpatParser::onStart(void *self, const char *name, const char **attributes)
{
    static_cast<ExpatParser *>(self)->startElement(localName(name), attributes);
}

void XMLCALL ExpatParser::onEnd(void *self, const char *name)
{
    static_cast<ExpatParser *>(self)->endElement(localName(name));
}

void XMLCALL ExpatParser::onText(void *self, const char *data, int size)
{
    static_cast<ExpatParser *>(self)->text(data, size);
}

void XMLCALL ExpatParser::onDoctype(void *self, const char *, const char *, const char *, int)
{
    auto *parser = static_cast<ExpatParser *>(self);
    parser->stop(tr("a document type declaration, which a workbook never has"));
}

} // namespace dc
