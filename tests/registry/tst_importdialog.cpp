#include "TestDatabase.h"
#include "registry/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

#include <algorithm>

using namespace dc;

// The import dialog shows what looks wrong with the file's encoding before anything is written.
class TestImportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsTheEncodingWarning()
    {
        test::TestDatabase t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const QString path = t.filePath(QStringLiteral("organizations.csv"));
        QVERIFY(test::writeFile(
            path, "Denumire;Judet\nAsocia\xC8\x9Bia \xC8\x98tiin\xC8\x9B\xC4\x83;Cluj\n"));
        ImportDialog dialog(t.database());
        auto *encoding = dialog.findChild<QComboBox *>();
        QVERIFY(encoding);
        const auto labelsSay = [&dialog](const QString &part) {
            const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(),
                               [&part](const QLabel *l) { return l->text().contains(part); });
        };

        QVERIFY(dialog.setFileName(path)); // automatic: UTF-8, nothing to say
        QVERIFY(!labelsSay(QStringLiteral("probably UTF-8")));
        encoding->setCurrentIndex(encoding->findData(static_cast<int>(TextEncoding::Windows1250)));
        QVERIFY(labelsSay(QStringLiteral("the file is probably UTF-8")));
        QVERIFY(labelsSay(QStringLiteral("The import will add")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
