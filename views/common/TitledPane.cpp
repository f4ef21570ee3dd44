#include "common/TitledPane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace dc {

QWidget *titledPane(const QString &title, QWidget *content, QWidget *parent,
                    const QList<QPushButton *> &buttons)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    if (!title.isEmpty())
        layout->addWidget(new QLabel(title, box));
    layout->addWidget(content);
    if (!buttons.isEmpty()) {
        auto *row = new QHBoxLayout;
        for (QPushButton *button : buttons)
            row->addWidget(button);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return box;
}

QSplitter *splitPanes(Qt::Orientation orientation, const QList<QWidget *> &panes, QWidget *parent,
                      const QList<int> &stretch)
{
    auto *splitter = new QSplitter(orientation, parent);
    for (QWidget *pane : panes)
        splitter->addWidget(pane);
    for (int i = 0; i < stretch.size(); ++i)
        splitter->setStretchFactor(i, stretch.at(i));
    return splitter;
}

} // namespace dc
