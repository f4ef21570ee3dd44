#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace dc {

namespace {

struct Look
{
    QStyle::StandardPixmap icon;
    const char *background;
    const char *border;
};

Look lookOf(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Warning:
        return {QStyle::SP_MessageBoxWarning, "#fff4d6", "#e0b040"};
    case MessageBar::Kind::Error:
        return {QStyle::SP_MessageBoxCritical, "#fde4e1", "#d9534f"};
    case MessageBar::Kind::Information:
        break;
    }
    return {QStyle::SP_MessageBoxInformation, "#e3effb", "#5b9bd5"};
}

} // namespace

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind, bool closable)
{
    m_kind = kind;
    const Look look = lookOf(kind);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    setStyleSheet(
        QStringLiteral(
            "QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }"
            "QFrame#messageBar QLabel { color: #202020; }")
            .arg(QLatin1String(look.background), QLatin1String(look.border)));
    m_text->setText(text);
    m_close->setVisible(closable);
    show();
}

void MessageBar::hideMessage()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace dc
