#include "AboutDialog.h"
#include "ui_aboutdialog.h"

#include "crypto/CryptoVersions.h"
#include "storage/SqliteVersion.h"

#include "Version.h"

#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    // Through Qt's SVG icon engine, a plugin loaded here: linking Qt Svg would slow
    // every launch. Without the plugin the dialog goes without its picture.
    const QPixmap icon =
        QIcon(QStringLiteral(":/icons/soliloquy.svg")).pixmap(QSize(64, 64), devicePixelRatioF());
    if (icon.isNull())
        m_ui->iconLabel->hide();
    else
        m_ui->iconLabel->setPixmap(icon);
    m_ui->versionLabel->setText(
        QStringLiteral("<h2>Soliloquy %1</h2>").arg(QStringLiteral(SOLILOQUY_VERSION).toHtmlEscaped()));
    m_ui->licenseLabel->setText(
        tr("Soliloquy is free software: you may share and change it under the terms of the "
           "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public License</a>, "
           "version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with "
           "no warranty."));
    m_ui->databasePathLabel->setText(databasePath.isEmpty() ? tr("No journal is open.")
                                                            : QDir::toNativeSeparators(databasePath));
    // Run-time versions where the library tells them: a copy can run with
    // newer libraries than it was built with.
    m_ui->qtVersionLabel->setText(QString::fromLatin1(qVersion()));
    m_ui->qcaVersionLabel->setText(CryptoVersions::qca());
    m_ui->sqliteVersionLabel->setText(SqliteVersion::runtime());
    m_ui->argon2VersionLabel->setText(CryptoVersions::argon2());
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;
