#include "DisplayText.h"

#include <QLocale>

namespace dc {

QString sentenceCase(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QLocale().toUpper(text.left(1)) + text.mid(1);
}

} // namespace dc
