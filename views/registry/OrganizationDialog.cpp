#include "OrganizationDialog.h"

#include "common/Dialogs.h"
#include "common/DisplayText.h"
#include "core/Text.h"
#include "ui_OrganizationDialog.h"

#include <QAction>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyle>

#include <algorithm>
#include <array>

namespace dc {

namespace {

const QDate noDate(1900, 1, 1);

// The frame of a field with a problem. Set on the dialog, it touches only the marked widgets.
const QString invalidStyle = QStringLiteral(
    "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QDateEdit[invalid=\"true\"],"
    " QSpinBox[invalid=\"true\"], QListWidget[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"]"
    " { border: 1px solid #c62828; border-radius: 3px; background-color: #fff5f5; padding: 2px; }");

constexpr std::array allFields{OrganizationField::Name,
                               OrganizationField::Acronym,
                               OrganizationField::LegalForm,
                               OrganizationField::Status,
                               OrganizationField::Cif,
                               OrganizationField::RegistryNumber,
                               OrganizationField::RegistryDate,
                               OrganizationField::County,
                               OrganizationField::Locality,
                               OrganizationField::Address,
                               OrganizationField::Email,
                               OrganizationField::Phone,
                               OrganizationField::Website,
                               OrganizationField::ContactPerson,
                               OrganizationField::VolunteerCount,
                               OrganizationField::Domains,
                               OrganizationField::Notes};

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

} // namespace

OrganizationDialog::OrganizationDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OrganizationDialog>()), m_repository(db),
      m_geography(Geography::load(db))
{
    m_ui->setupUi(this);
    setStyleSheet(invalidStyle);
    setUpFields();
    connectFields();
    setOrganization(Organization());
}

OrganizationDialog::~OrganizationDialog()
{
    // The fields emit while they are deleted (focus out, editingFinished): not to a half-gone form.
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void OrganizationDialog::setUpFields()
{
    Ui::OrganizationDialog &ui = *m_ui;

    for (const OrganizationKind kind : organizationKinds())
        ui.kindCombo->addItem(sentenceCase(organizationKindName(kind)), static_cast<int>(kind));

    ui.legalFormCombo->addItem(tr("Not specified", "legal form"),
                               static_cast<int>(LegalForm::Unknown));
    for (const LegalForm form : {LegalForm::Association, LegalForm::Foundation,
                                 LegalForm::Federation, LegalForm::Union, LegalForm::Branch})
        ui.legalFormCombo->addItem(sentenceCase(legalFormName(form)), static_cast<int>(form));

    for (const RegistryStatus status : {RegistryStatus::Active, RegistryStatus::InLiquidation,
                                        RegistryStatus::Dissolved, RegistryStatus::StruckOff})
        ui.statusCombo->addItem(sentenceCase(registryStatusName(status)), static_cast<int>(status));

    ui.countyCombo->addItem(sentenceCase(undeterminedCountyName()), 0);
    for (const County &county : m_geography.counties())
        ui.countyCombo->addItem(county.name, county.id);
    ui.countyCombo->setMaxVisibleItems(20);
    ui.regionLabel->setEnabled(false); // greyed: derived from the county, not edited

    ui.cifEdit->setPlaceholderText(tr("e.g. RO 12345678"));
    ui.cifEdit->setToolTip(tr("The fiscal code (CIF); \"RO\" and spaces are allowed and removed."));
    ui.emailEdit->setPlaceholderText(tr("name@example.ro"));
    ui.phoneEdit->setPlaceholderText(tr("e.g. 021 314 3400"));
    ui.websiteEdit->setPlaceholderText(tr("www.example.ro"));
    ui.nameEdit->setToolTip(tr("The full name, as in the national NGO register (required)."));
    ui.countyCombo->setToolTip(tr(
        "The county of the registered office; leave it undetermined when no document gives it."));

    ui.registryDateEdit->setMinimumDate(noDate);
    ui.registryDateEdit->setMaximumDate(QDate::currentDate());
    ui.registryDateEdit->setSpecialValueText(tr("not known", "registry date"));
    ui.registryDateEdit->setDate(noDate);

    ui.volunteerCountSpin->setSpecialValueText(tr("not known", "number of volunteers"));

    QStringList domainNames;
    for (const Domain &domain : m_repository.domains())
        domainNames << domain.name;
    auto *completer = new QCompleter(domainNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    ui.domainEdit->setCompleter(completer);
    ui.domainEdit->installEventFilter(this);
    ui.domainList->installEventFilter(this);
    ui.domainList->setSelectionMode(QAbstractItemView::ExtendedSelection);

    QPushButton *save = ui.buttonBox->button(QDialogButtonBox::Save);
    save->setShortcut(QKeySequence::Save);
    save->setDefault(true);

    // The labels of the groups in one column share a width, so that their fields line up.
    const auto alignLabels = [](const QList<QGroupBox *> &groups) {
        QList<QLabel *> labels;
        int width = 0;
        for (QGroupBox *group : groups) {
            auto *form = qobject_cast<QFormLayout *>(group->layout());
            for (int row = 0; form && row < form->rowCount(); ++row) {
                if (auto *label = qobject_cast<QLabel *>(
                        form->itemAt(row, QFormLayout::LabelRole)
                            ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                            : nullptr)) {
                    labels << label;
                    width = std::max(width, label->sizeHint().width());
                }
            }
        }
        for (QLabel *label : std::as_const(labels))
            label->setMinimumWidth(width);
    };
    alignLabels({ui.identityGroup, ui.contactGroup});
    alignLabels({ui.registrationGroup, ui.activityGroup});
    ui.countyCombo->setMinimumContentsLength(16);
    ui.countyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    ui.messageIcon->setFixedSize(iconSize, iconSize);

    // The text areas stay modest so that the form fits its default size.
    const int lineHeight = fontMetrics().lineSpacing();
    ui.purposesEdit->setMinimumHeight(3 * lineHeight + 12);
    ui.domainList->setMinimumHeight(4 * lineHeight + 8);
    ui.domainList->setMaximumHeight(7 * lineHeight + 8);
    for (QPushButton *button : {ui.addDomainButton, ui.removeDomainButton})
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    ui.notesEdit->setMinimumHeight(3 * lineHeight + 12);
}

void OrganizationDialog::connectFields()
{
    Ui::OrganizationDialog &ui = *m_ui;
    const auto onText = [this](QLineEdit *edit, OrganizationField field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            touch(field);
            revalidate();
        });
        // A field left empty after a visit counts as seen: its "required" shows.
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            touch(field);
            revalidate();
        });
    };
    onText(ui.nameEdit, OrganizationField::Name);
    onText(ui.acronymEdit, OrganizationField::Acronym);
    onText(ui.cifEdit, OrganizationField::Cif);
    onText(ui.registryNumberEdit, OrganizationField::RegistryNumber);
    connect(ui.publicUtilityEdit, &QLineEdit::textEdited, this, &OrganizationDialog::revalidate);
    onText(ui.localityEdit, OrganizationField::Locality);
    onText(ui.addressEdit, OrganizationField::Address);
    onText(ui.emailEdit, OrganizationField::Email);
    onText(ui.phoneEdit, OrganizationField::Phone);
    onText(ui.websiteEdit, OrganizationField::Website);
    onText(ui.contactPersonEdit, OrganizationField::ContactPerson);

    const auto onCombo = [this](QComboBox *combo, OrganizationField field) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, field] {
            touch(field);
            revalidate();
        });
    };
    connect(ui.kindCombo, &QComboBox::currentIndexChanged, this, &OrganizationDialog::revalidate);
    onCombo(ui.legalFormCombo, OrganizationField::LegalForm);
    onCombo(ui.statusCombo, OrganizationField::Status);
    onCombo(ui.countyCombo, OrganizationField::County);
    connect(ui.countyCombo, &QComboBox::currentIndexChanged, this,
            &OrganizationDialog::updateRegion);

    connect(ui.registryDateEdit, &QDateEdit::dateChanged, this, [this] {
        touch(OrganizationField::RegistryDate);
        revalidate();
    });
    connect(ui.volunteerCountSpin, &QSpinBox::valueChanged, this, [this] {
        touch(OrganizationField::VolunteerCount);
        revalidate();
    });
    connect(ui.volunteeringCheck, &QCheckBox::toggled, this, &OrganizationDialog::revalidate);
    connect(ui.purposesEdit, &QPlainTextEdit::textChanged, this, &OrganizationDialog::revalidate);
    connect(ui.notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        touch(OrganizationField::Notes);
        revalidate();
    });

    connect(ui.addDomainButton, &QPushButton::clicked, this, &OrganizationDialog::addDomain);
    connect(ui.removeDomainButton, &QPushButton::clicked, this,
            &OrganizationDialog::removeSelectedDomains);
    connect(ui.domainEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->addDomainButton->setEnabled(!m_readOnly && !text.trimmed().isEmpty());
    });
    connect(ui.domainList, &QListWidget::itemSelectionChanged, this, [this] {
        m_ui->removeDomainButton->setEnabled(!m_readOnly &&
                                             !m_ui->domainList->selectedItems().isEmpty());
    });

    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &OrganizationDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &OrganizationDialog::reject);
}

void OrganizationDialog::setOrganization(const Organization &organization)
{
    m_original = organization;
    normalizeOrganization(m_original);
    load(m_original);
    const Organization &o = m_original;
    Ui::OrganizationDialog &ui = *m_ui;
    // A stored record shows its problems at once (data from an old import, say); a new one only
    // for the fields the user has been to.
    m_touched.clear();
    if (o.id != 0)
        m_touched = QList<OrganizationField>(allFields.begin(), allFields.end());
    setWindowTitle(o.id == 0 ? tr("New organization") : tr("Organization: %1").arg(o.name));
    updateRegion();
    ui.addDomainButton->setEnabled(false);
    ui.removeDomainButton->setEnabled(false);
    revalidate();
}

void OrganizationDialog::showRecord(const Organization &organization)
{
    Organization shown = organization;
    normalizeOrganization(shown);
    load(shown);
    updateRegion();
    revalidate();
}

void OrganizationDialog::rebase(const Organization &theirs)
{
    const Organization mine = this->organization();
    m_original = theirs;
    normalizeOrganization(m_original);
    showRecord(mine);
}

void OrganizationDialog::recheck()
{
    updateRegion();
    revalidate();
}

void OrganizationDialog::load(const Organization &o)
{
    m_loading = true;
    Ui::OrganizationDialog &ui = *m_ui;
    ui.nameEdit->setText(o.name);
    ui.acronymEdit->setText(o.acronym);
    ui.kindCombo->setCurrentIndex(std::max(0, ui.kindCombo->findData(static_cast<int>(o.kind))));
    ui.legalFormCombo->setCurrentIndex(
        std::max(0, ui.legalFormCombo->findData(static_cast<int>(o.legalForm))));
    ui.statusCombo->setCurrentIndex(
        std::max(0, ui.statusCombo->findData(static_cast<int>(o.status))));
    ui.cifEdit->setText(o.cif);
    ui.registryNumberEdit->setText(o.registryNumber);
    ui.registryDateEdit->setDate(o.registryDate.isValid() ? o.registryDate : noDate);
    ui.publicUtilityEdit->setText(o.publicUtility);
    ui.countyCombo->setCurrentIndex(std::max(0, ui.countyCombo->findData(o.countyId)));
    ui.localityEdit->setText(o.locality);
    ui.addressEdit->setText(o.address);
    ui.emailEdit->setText(o.email);
    ui.phoneEdit->setText(o.phone);
    ui.websiteEdit->setText(o.website);
    ui.contactPersonEdit->setText(o.contactPerson);
    setDomains(o.domains);
    ui.domainEdit->clear();
    ui.volunteeringCheck->setChecked(o.volunteering);
    ui.volunteerCountSpin->setValue(o.volunteerCount.value_or(-1));
    ui.purposesEdit->setPlainText(o.purposes);
    ui.notesEdit->setPlainText(o.notes);
    // Long names show their beginning, not their end.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    m_loading = false;
}

Organization OrganizationDialog::organization() const
{
    const Ui::OrganizationDialog &ui = *m_ui;
    Organization o;
    o.id = m_original.id;
    o.createdAt = m_original.createdAt;
    o.updatedAt = m_original.updatedAt;
    o.name = ui.nameEdit->text();
    o.acronym = ui.acronymEdit->text();
    o.kind = static_cast<OrganizationKind>(ui.kindCombo->currentData().toInt());
    o.legalForm = static_cast<LegalForm>(ui.legalFormCombo->currentData().toInt());
    o.status = static_cast<RegistryStatus>(ui.statusCombo->currentData().toInt());
    o.cif = ui.cifEdit->text();
    o.registryNumber = ui.registryNumberEdit->text();
    const QDate date = ui.registryDateEdit->date();
    o.registryDate = date == noDate ? QDate() : date;
    o.publicUtility = ui.publicUtilityEdit->text();
    o.countyId = ui.countyCombo->currentData().toInt();
    o.locality = ui.localityEdit->text();
    o.address = ui.addressEdit->text();
    o.email = ui.emailEdit->text();
    o.phone = ui.phoneEdit->text();
    o.website = ui.websiteEdit->text();
    o.contactPerson = ui.contactPersonEdit->text();
    for (int i = 0; i < ui.domainList->count(); ++i)
        o.domains << ui.domainList->item(i)->text();
    o.volunteering = ui.volunteeringCheck->isChecked();
    const int volunteers = ui.volunteerCountSpin->value();
    if (volunteers >= 0)
        o.volunteerCount = volunteers;
    o.purposes = ui.purposesEdit->toPlainText();
    o.notes = ui.notesEdit->toPlainText();
    normalizeOrganization(o);
    return o;
}

void OrganizationDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    Ui::OrganizationDialog &ui = *m_ui;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->parent() == ui.registryDateEdit || edit->parent() == ui.volunteerCountSpin)
            continue;
        edit->setReadOnly(readOnly);
    }
    ui.registryDateEdit->setReadOnly(readOnly);
    ui.volunteerCountSpin->setReadOnly(readOnly);
    ui.purposesEdit->setReadOnly(readOnly);
    ui.notesEdit->setReadOnly(readOnly);
    for (QComboBox *combo : {ui.kindCombo, ui.legalFormCombo, ui.statusCombo, ui.countyCombo})
        combo->setEnabled(!readOnly);
    ui.volunteeringCheck->setEnabled(!readOnly);
    ui.domainEdit->setVisible(!readOnly);
    ui.addDomainButton->setVisible(!readOnly);
    ui.removeDomainButton->setVisible(!readOnly);
    ui.buttonBox->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                              : QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    if (!readOnly) {
        QPushButton *save = ui.buttonBox->button(QDialogButtonBox::Save);
        save->setShortcut(QKeySequence::Save);
        save->setDefault(true);
    }
    revalidate();
}

bool OrganizationDialog::isChanged() const
{
    return !organization().sameContent(m_original);
}

bool OrganizationDialog::canSave() const
{
    return !m_readOnly && m_problems.isEmpty() && (m_original.id == 0 || isChanged());
}

void OrganizationDialog::accept()
{
    revalidate();
    if (!canSave() || (m_saveAction && !m_saveAction()))
        return;
    QDialog::accept();
}

void OrganizationDialog::reject()
{
    if (!m_readOnly && isChanged()) {
        const auto answer = Dialogs::question(
            this, tr("Unsaved changes"),
            tr("The changes to this organization have not been saved. Discard them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

bool OrganizationDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        // Enter in the domain field adds the domain instead of saving the whole form.
        if (watched == m_ui->domainEdit && enter && !m_ui->domainEdit->text().trimmed().isEmpty()) {
            addDomain();
            return true;
        }
        if (watched == m_ui->domainList && !m_readOnly &&
            (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace)) {
            removeSelectedDomains();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrganizationDialog::touch(OrganizationField field)
{
    if (!m_loading && !m_touched.contains(field))
        m_touched.append(field);
}

void OrganizationDialog::revalidate()
{
    if (m_loading)
        return;
    const Organization current = organization();
    m_problems = m_repository.problemsOf(current);

    for (const OrganizationField field : allFields) {
        QWidget *widget = widgetOf(field);
        if (!widget)
            continue;
        QStringList messages;
        if (m_touched.contains(field)) {
            for (const FieldProblem &problem : std::as_const(m_problems)) {
                if (problem.field == field)
                    messages << problem.message;
            }
        }
        markField(widget, messages.join(QLatin1Char('\n')));
    }
    if (QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save))
        save->setEnabled(canSave());
    showMessage();
}

void OrganizationDialog::markField(QWidget *widget, const QString &message)
{
    const bool invalid = !message.isEmpty();
    if (!widget->property("normalToolTip").isValid())
        widget->setProperty("normalToolTip", widget->toolTip());
    if (widget->property("invalid").toBool() != invalid) {
        widget->setProperty("invalid", invalid);
        repolish(widget);
    }
    widget->setToolTip(invalid ? message : widget->property("normalToolTip").toString());

    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        QAction *icon = m_warningIcons.value(edit);
        if (!icon && invalid) {
            icon =
                edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, edit),
                                QLineEdit::TrailingPosition);
            m_warningIcons.insert(edit, icon);
        }
        if (icon) {
            icon->setVisible(invalid);
            icon->setToolTip(message);
        }
    }
}

void OrganizationDialog::showMessage()
{
    QLabel *label = m_ui->messageLabel;
    QLabel *icon = m_ui->messageIcon;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (m_readOnly) {
        label->setPalette(palette());
        label->setText(
            tr("The database is read-only: this organization can be looked at, not changed."));
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
        return;
    }
    const auto shown =
        std::find_if(m_problems.cbegin(), m_problems.cend(),
                     [this](const FieldProblem &p) { return m_touched.contains(p.field); });
    label->setToolTip(describeProblems(m_problems));
    QPalette quiet = palette();
    quiet.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    if (shown != m_problems.cend()) {
        // A problem the user has seen: said in red, with its field.
        QPalette red = palette();
        red.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
        label->setPalette(red);
        const int others = static_cast<int>(m_problems.size()) - 1;
        const QString first = tr("%1: %2").arg(organizationFieldName(shown->field), shown->message);
        label->setText(others > 0 ? tr("%1 (and %n more problem(s))", "", others).arg(first)
                                  : first);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    } else if (!m_problems.isEmpty()) {
        // Fields not visited yet (a new form): a quiet hint of what is still needed.
        label->setPalette(quiet);
        label->setText(m_problems.first().message);
        icon->clear();
    } else {
        label->setPalette(quiet);
        label->setText(m_original.id != 0 && !isChanged() ? tr("No changes yet.") : QString());
        icon->clear();
    }
}

QWidget *OrganizationDialog::widgetOf(OrganizationField field) const
{
    const Ui::OrganizationDialog &ui = *m_ui;
    switch (field) {
    case OrganizationField::Name:
        return ui.nameEdit;
    case OrganizationField::Acronym:
        return ui.acronymEdit;
    case OrganizationField::LegalForm:
        return ui.legalFormCombo;
    case OrganizationField::Status:
        return ui.statusCombo;
    case OrganizationField::Cif:
        return ui.cifEdit;
    case OrganizationField::RegistryNumber:
        return ui.registryNumberEdit;
    case OrganizationField::RegistryDate:
        return ui.registryDateEdit;
    case OrganizationField::County:
        return ui.countyCombo;
    case OrganizationField::Locality:
        return ui.localityEdit;
    case OrganizationField::Address:
        return ui.addressEdit;
    case OrganizationField::Email:
        return ui.emailEdit;
    case OrganizationField::Phone:
        return ui.phoneEdit;
    case OrganizationField::Website:
        return ui.websiteEdit;
    case OrganizationField::ContactPerson:
        return ui.contactPersonEdit;
    case OrganizationField::VolunteerCount:
        return ui.volunteerCountSpin;
    case OrganizationField::Domains:
        return ui.domainList;
    case OrganizationField::Notes:
        return ui.notesEdit;
    }
    return nullptr;
}

void OrganizationDialog::addDomain()
{
    const QString name = text::normalized(m_ui->domainEdit->text());
    if (name.isEmpty() || m_readOnly)
        return;
    QStringList domains;
    for (int i = 0; i < m_ui->domainList->count(); ++i)
        domains << m_ui->domainList->item(i)->text();
    const QString key = text::folded(name);
    const auto existing = std::find_if(domains.cbegin(), domains.cend(),
                                       [&key](const QString &d) { return text::folded(d) == key; });
    // Select the domain added (or the one already there under another spelling).
    const QString shown = existing == domains.cend() ? name : *existing;
    if (existing == domains.cend())
        domains << name;
    setDomains(domains);
    const QList<QListWidgetItem *> items = m_ui->domainList->findItems(shown, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->domainList->setCurrentItem(items.first());
    m_ui->domainEdit->clear();
    touch(OrganizationField::Domains);
    revalidate();
}

void OrganizationDialog::removeSelectedDomains()
{
    const QList<QListWidgetItem *> selected = m_ui->domainList->selectedItems();
    if (selected.isEmpty())
        return;
    for (QListWidgetItem *item : selected)
        delete item;
    touch(OrganizationField::Domains);
    revalidate();
}

void OrganizationDialog::setDomains(const QStringList &domains)
{
    Organization sorted;
    sorted.domains = domains;
    normalizeOrganization(sorted);
    m_ui->domainList->clear();
    m_ui->domainList->addItems(sorted.domains);
}

void OrganizationDialog::updateRegion()
{
    const County *county = m_geography.county(m_ui->countyCombo->currentData().toInt());
    const Region *region = county ? m_geography.region(county->regionId) : nullptr;
    m_ui->regionLabel->setText(region ? tr("Region: %1").arg(region->name) : QString());
}

} // namespace dc
