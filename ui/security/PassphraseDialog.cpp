// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace commonplace::ui {

crypto::SecretBytes takeSecret(QLineEdit* field)
{
    QByteArray utf8 = field->text().toUtf8();
    crypto::SecretBytes secret(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                               std::size_t(utf8.size()));
    utf8.fill('\0');
    field->clear();
    return secret;
}

PassphraseDialog::PassphraseDialog(Purpose purpose, const QString& workspaceName, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel;
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    switch (purpose) {
    case Purpose::Unlock:
        setWindowTitle(tr("Unlock Workspace"));
        intro->setText(
            tr("“%1” is encrypted. Enter its passphrase to open it.").arg(workspaceName));
        break;
    case Purpose::NewWorkspace:
        setWindowTitle(tr("New Workspace"));
        intro->setText(tr("Create “%1”. An encrypted workspace reveals nothing on disk without "
                          "its passphrase, but nobody can recover it if the passphrase is lost.")
                           .arg(workspaceName));
        break;
    case Purpose::Encrypt:
        setWindowTitle(tr("Encrypt Workspace"));
        intro->setText(tr("Encrypt “%1” with a passphrase. Nobody can recover the workspace if "
                          "the passphrase is lost. Copies of the unencrypted file made before "
                          "(backups, old disk blocks) are not encrypted by this.")
                           .arg(workspaceName));
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change Passphrase"));
        intro->setText(
            tr("Choose a new passphrase for “%1”. The old one stops working.").arg(workspaceName));
        break;
    }
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    if (purpose == Purpose::NewWorkspace) {
        m_encrypt = new QCheckBox(tr("&Encrypt this workspace"));
        m_encrypt->setObjectName(QStringLiteral("encryptCheckBox"));
        m_encrypt->setChecked(true);
        connect(m_encrypt, &QCheckBox::toggled, this, &PassphraseDialog::updateState);
        form->addRow(m_encrypt);
    }
    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Passphrase"));
    form->addRow(purpose == Purpose::Unlock ? tr("&Passphrase:") : tr("New &passphrase:"), m_field);
    if (purpose != Purpose::Unlock) {
        m_confirm = new QLineEdit;
        m_confirm->setObjectName(QStringLiteral("confirmLineEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        m_confirm->setAccessibleName(tr("Repeat the passphrase"));
        form->addRow(tr("&Repeat:"), m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    connect(m_field, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    layout->addLayout(form);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_error->hide();
    layout->addWidget(m_error);

    // Shown while the passphrase is checked (the key derivation takes about a second).
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the passphrase…"));
    m_busy->hide();
    layout->addWidget(m_busy);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, &PassphraseDialog::checkFinished);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Unlock         ? tr("&Unlock")
                  : purpose == Purpose::NewWorkspace ? tr("&Create")
                  : purpose == Purpose::Encrypt      ? tr("&Encrypt")
                                                     : tr("&Change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    updateState();
}

void PassphraseDialog::setCheck(std::function<QString(const crypto::SecretBytes&)> check)
{
    m_check = std::move(check);
}

bool PassphraseDialog::encrypt() const
{
    return m_encrypt ? m_encrypt->isChecked() : m_purpose != Purpose::Unlock;
}

crypto::SecretBytes PassphraseDialog::takePassphrase()
{
    return std::move(m_passphrase);
}

void PassphraseDialog::updateState()
{
    const bool asking = m_purpose != Purpose::NewWorkspace || m_encrypt->isChecked();
    m_field->setEnabled(asking);
    if (m_confirm)
        m_confirm->setEnabled(asking);
    bool ok = !asking || !m_field->text().isEmpty();
    if (asking && m_confirm)
        ok = m_field->text().size() >= kMinimumLength && m_confirm->text() == m_field->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (asking && m_confirm && !m_field->text().isEmpty()) {
        if (m_field->text().size() < kMinimumLength)
            m_field->setToolTip(tr("At least %n characters.", nullptr, kMinimumLength));
        else
            m_field->setToolTip({});
    }
}

void PassphraseDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PassphraseDialog::accept()
{
    const bool asking = m_purpose != Purpose::NewWorkspace || m_encrypt->isChecked();
    if (!asking) {
        QDialog::accept();
        return;
    }
    if (m_confirm) {
        if (m_field->text().size() < kMinimumLength) {
            showError(tr("The passphrase needs at least %n characters.", nullptr, kMinimumLength));
            return;
        }
        if (m_confirm->text() != m_field->text()) {
            showError(tr("The two passphrases differ."));
            return;
        }
        m_confirm->clear();
    }
    crypto::SecretBytes secret = takeSecret(m_field);
    if (m_check) {
        if (isChecking())
            return;
        m_checking = std::make_shared<crypto::SecretBytes>(std::move(secret));
        setChecking(true);
        m_watcher.setFuture(QtConcurrent::run(
            [check = m_check, passphrase = m_checking] { return check(*passphrase); }));
        return;
    }
    m_passphrase = std::move(secret);
    QDialog::accept();
}

void PassphraseDialog::reject()
{
    if (isChecking())
        return; // the check finishes in a moment; closing now would drop its answer
    QDialog::reject();
}

PassphraseDialog::~PassphraseDialog()
{
    m_watcher.waitForFinished();
}

void PassphraseDialog::setChecking(bool on)
{
    m_busy->setVisible(on);
    m_field->setEnabled(!on);
    m_buttons->setEnabled(!on);
    if (on)
        showError({});
}

void PassphraseDialog::checkFinished()
{
    const QString problem = m_watcher.result();
    auto passphrase = std::move(m_checking);
    setChecking(false);
    if (!problem.isEmpty()) {
        showError(problem);
        m_field->setFocus();
        return;
    }
    m_passphrase = std::move(*passphrase);
    QDialog::accept();
}

QString runWhileBusy(QWidget* parent, const QString& label, std::function<QString()> work)
{
    QProgressDialog busy(label, QString(), 0, 0, parent);
    busy.setObjectName(QStringLiteral("busyDialog"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(0);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    busy.show();
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace commonplace::ui
