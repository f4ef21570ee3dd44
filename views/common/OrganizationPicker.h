#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

class QLineEdit;
class QListWidget;

namespace dc {

/// The organization field of a form: a search line and the list of the organizations found as
/// one types (name and county); the chosen one is the current item of the list, and the only
/// one found is chosen by itself.
class OrganizationPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationPicker)

public:
    OrganizationPicker(QSqlDatabase db, QLineEdit *search, QListWidget *list, QObject *parent);

    /// The chosen organization, 0 when none.
    qint64 organizationId() const;
    /// The registry's name of the chosen organization, empty when none.
    QString organizationName() const;
    /// Shows @p organizationId alone and chosen, the search cleared; nothing chosen when 0.
    void setOrganizationId(qint64 organizationId);
    /// Types @p text in the search line and picks @p organizationId among those found.
    void choose(const QString &text, qint64 organizationId);

Q_SIGNALS:
    /// Another organization is chosen, or the list was searched again.
    void changed();

private:
    void search();

    QSqlDatabase m_db;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace dc
