#pragma once

#include <QString>

namespace dc {

/// "association" -> "Association": the names of the models are written for use inside a sentence;
/// combo boxes and menus show them with a capital.
QString sentenceCase(const QString &text);

} // namespace dc
