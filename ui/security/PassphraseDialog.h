// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Secret.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace commonplace::ui {

/**
 * Asks for a passphrase: to unlock an encrypted workspace (a check runs on OK; a wrong
 * passphrase shows a message and the dialog stays), or to choose one (typed twice, at least
 * kMinimumLength characters) when creating, encrypting or changing. Creating shows the
 * "Encrypt this workspace" checkbox.
 */
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Unlock,
        NewWorkspace,
        Encrypt,
        Change
    };
    static constexpr int kMinimumLength = 8;

    PassphraseDialog(Purpose purpose, const QString& workspaceName, QWidget* parent = nullptr);

    /**
     * Unlock: runs on OK with the passphrase, on a worker thread (Argon2id takes about a
     * second) while the dialog shows that it is busy and the window keeps repainting; it must
     * not touch widgets. A non-empty result is shown and OK undone.
     */
    void setCheck(std::function<QString(const crypto::SecretBytes&)> check);
    /** True while the check runs. */
    bool isChecking() const { return m_watcher.isRunning(); }
    ~PassphraseDialog() override;
    /** NewWorkspace: whether the checkbox is ticked (it is by default). */
    bool encrypt() const;
    /** The accepted passphrase (moved out; the fields are already cleared). */
    crypto::SecretBytes takePassphrase();

    void accept() override;
    void reject() override;

private:
    void updateState();
    void showError(const QString& text);
    void checkFinished();
    void setChecking(bool on);

    Purpose m_purpose;
    std::function<QString(const crypto::SecretBytes&)> m_check;
    crypto::SecretBytes m_passphrase;
    QCheckBox* m_encrypt = nullptr;
    QLineEdit* m_field = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QProgressBar* m_busy = nullptr;
    QFutureWatcher<QString> m_watcher;
    std::shared_ptr<crypto::SecretBytes> m_checking; ///< the passphrase being checked
};

/**
 * Runs `work` on a worker thread while a modal busy dialog (`label`, no cancel) keeps the
 * window painted; returns its result (by convention an error message, empty on success).
 */
QString runWhileBusy(QWidget* parent, const QString& label, std::function<QString()> work);

/** The passphrase in a line edit as guarded bytes (UTF-8); the line edit is cleared. */
crypto::SecretBytes takeSecret(QLineEdit* field);

} // namespace commonplace::ui
