// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/Vfs.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <string>

class QLabel;
class QLineEdit;
class QProgressBar;
class QMainWindow;
class QPushButton;
class QWidget;

namespace commonplace::ui {

/**
 * Locking for a window showing an encrypted workspace: after the idle time without input, or
 * on demand, it asks the window to close the workspace (lockRequested), clears the clipboard
 * when it holds text the app put there, and covers the window with an unlock screen. A right
 * passphrase there gives the key (unlocked) for the window to open the workspace again.
 */
class WorkspaceLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIdleMinutes = 10;

    explicit WorkspaceLock(QMainWindow* window);

    /** Minutes without input before locking; 0 never locks by itself. Follows the setting
     *  Settings::idleLockMinutes() (default kDefaultIdleMinutes). */
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_idleMinutes; }
    /** The idle time in milliseconds, for tests (setIdleMinutes sets it in whole minutes). */
    void setIdleIntervalMs(int ms);
    /** Locking applies (an encrypted workspace is open); the idle timer runs only then. */
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }
    bool isLocked() const { return m_locked; }
    /** True while a passphrase typed on the unlock screen is being checked (in the background). */
    bool isUnlocking() const { return m_unlocking; }

    /** Locks now (when armed): emits lockRequested, clears the clipboard, shows the screen. */
    void lock();
    /** Hides the unlock screen (the window opened a workspace). */
    void dismiss();

    /** The unlock screen (for tests); null until first locked. */
    QWidget* screen() const { return m_screen; }

signals:
    /** Close the workspace and drop every key and decrypted view now. */
    void lockRequested();
    /** The passphrase was right: open the workspace at `path` with `key`. */
    void unlocked(const QString& path, const crypto::DataKeyHandle& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildScreen();
    void tryUnlock();
    struct UnlockOutcome;
    void unlockFinished(const UnlockOutcome& outcome);
    void clipboardChanged();
    void clearClipboard();

    QMainWindow* m_window;
    QTimer m_idle;
    int m_idleMinutes = kDefaultIdleMinutes;
    bool m_armed = false;
    bool m_locked = false;
    QString m_path;
    QByteArray m_copiedHash; // hash of the last text the app put on the clipboard
    QPointer<QWidget> m_screen;
    QLabel* m_title = nullptr;
    QLineEdit* m_field = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_unlock = nullptr;
    QProgressBar* m_busy = nullptr;
    bool m_unlocking = false;

public:
    /** The workspace to unlock again (set by the window before lock()). */
    void setWorkspacePath(const QString& path) { m_path = path; }
};

} // namespace commonplace::ui
