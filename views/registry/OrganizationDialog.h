#pragma once

#include "registry/Geography.h"
#include "registry/Organization.h"
#include "registry/OrganizationRepository.h"
#include "registry/OrganizationValidation.h"

#include <QDialog>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <functional>

#include <memory>

class QAction;
class QLineEdit;

namespace Ui {
class OrganizationDialog;
}

namespace dc {

/// The form of one organization: every field checked as one types (the bad ones marked, the
/// problem said at the bottom), Save enabled only when the record is valid and changed.
class OrganizationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationDialog)

public:
    /// @p db gives the counties, the known domains and the check that a CIF or registry number
    /// is not used by another organization; the dialog itself never writes.
    explicit OrganizationDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~OrganizationDialog() override;

    /// Shows @p organization: id 0 for a new one (possibly prefilled), else the stored record.
    void setOrganization(const Organization &organization);
    /// What the form holds now, normalized as it would be stored (the id of the shown record).
    Organization organization() const;
    /// The same, under the name the record forms use (settleConflict()).
    Organization record() const { return organization(); }
    /// Shows @p organization in the fields, the record loaded staying what it was (to see how
    /// another version of the record looks).
    void showRecord(const Organization &organization);
    /// Takes @p theirs (another user's version) as the record loaded, the fields keeping what
    /// they hold.
    void rebase(const Organization &theirs);
    /// Checks the fields again after they were set from outside.
    void recheck();

    /// Only look: nothing can be changed and there is no Save (a read-only database).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The problems of the record as typed (empty when it can be saved).
    const QList<FieldProblem> &problems() const { return m_problems; }
    bool isChanged() const;
    bool canSave() const;

    /// What Save does: runs @p save, which makes the change (and tells the user why, when it
    /// fails); the form closes only when it returns true, else it stays open as the user left it.
    void setSaveAction(std::function<bool()> save) { m_saveAction = std::move(save); }

    void accept() override;
    /// Esc, Cancel and the close button: asks first when there are unsaved changes.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFields();
    /// Fills the fields with @p organization, without a check on each.
    void load(const Organization &organization);
    void connectFields();
    void touch(OrganizationField field);
    void revalidate();
    void markField(QWidget *widget, const QString &message);
    void showMessage();
    QWidget *widgetOf(OrganizationField field) const;
    void addDomain();
    void removeSelectedDomains();
    void setDomains(const QStringList &domains);
    void updateRegion();

    std::unique_ptr<Ui::OrganizationDialog> m_ui;
    OrganizationRepository m_repository;
    Geography m_geography;
    Organization m_original; ///< normalized
    QList<OrganizationField> m_touched;
    QList<FieldProblem> m_problems;
    QHash<QLineEdit *, QAction *> m_warningIcons;
    std::function<bool()> m_saveAction;
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace dc
