// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/WorkspaceLock.h"

#include "security/PassphraseDialog.h"
#include "settings/Settings.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace commonplace::ui {

namespace {

QByteArray textHash(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

WorkspaceLock::WorkspaceLock(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &WorkspaceLock::lock);
    qApp->installEventFilter(this);
    m_window->installEventFilter(this);
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &WorkspaceLock::clipboardChanged);
    // The idle time is the person's setting (Edit ▸ Preferences); follow its changes.
    setIdleMinutes(Settings().idleLockMinutes());
    connect(Settings::notifier(), &SettingsNotifier::changed, this,
            [this] { setIdleMinutes(Settings().idleLockMinutes()); });
}

void WorkspaceLock::setIdleMinutes(int minutes)
{
    m_idleMinutes = std::max(0, minutes);
    m_idle.setInterval(std::chrono::minutes(std::max(1, m_idleMinutes)));
    if (m_armed && m_idleMinutes > 0 && !m_locked)
        m_idle.start();
    else
        m_idle.stop();
}

void WorkspaceLock::setIdleIntervalMs(int ms)
{
    m_idleMinutes = ms > 0 ? 1 : 0;
    m_idle.setInterval(std::max(1, ms));
    if (m_armed && ms > 0 && !m_locked)
        m_idle.start();
}

void WorkspaceLock::setArmed(bool armed)
{
    m_armed = armed;
    if (m_armed && m_idleMinutes > 0 && !m_locked)
        m_idle.start();
    else
        m_idle.stop();
}

bool WorkspaceLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idle.isActive())
            m_idle.start(); // input: the idle time starts again
        break;
    case QEvent::Resize:
        if (watched == m_window && m_screen)
            m_screen->setGeometry(m_window->rect());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void WorkspaceLock::clipboardChanged()
{
    // Text that arrives while one of our windows has focus was copied from the app.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (QGuiApplication::focusWindow() || clipboard->ownsClipboard())
        m_copiedHash = textHash(clipboard->text());
}

void WorkspaceLock::clearClipboard()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    const QString text = clipboard->text();
    if (clipboard->ownsClipboard() || (!m_copiedHash.isEmpty() && textHash(text) == m_copiedHash))
        clipboard->clear();
    m_copiedHash.clear();
}

void WorkspaceLock::lock()
{
    if (!m_armed || m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    emit lockRequested();
    clearClipboard();
    m_armed = false;
    buildScreen();
    m_title->setText(tr("“%1” is locked").arg(QFileInfo(m_path).fileName()));
    m_error->hide();
    m_field->clear();
    m_screen->setGeometry(m_window->rect());
    m_screen->show();
    m_screen->raise();
    m_window->menuBar()->setEnabled(false);
    m_field->setFocus();
}

void WorkspaceLock::dismiss()
{
    m_locked = false;
    if (m_screen)
        m_screen->hide();
    m_window->menuBar()->setEnabled(true);
}

void WorkspaceLock::buildScreen()
{
    if (m_screen)
        return;
    auto* screen = new QWidget(m_window);
    screen->setObjectName(QStringLiteral("unlockScreen"));
    screen->setAutoFillBackground(true);
    auto* outer = new QVBoxLayout(screen);
    auto* box = new QWidget;
    box->setFixedWidth(440); // a fixed width lets the wrapped hint take its full height
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    auto* hint = new QLabel(tr("The workspace was closed and its key dropped from memory. "
                               "Enter the passphrase to open it again."));
    hint->setWordWrap(true);
    hint->setMinimumHeight(hint->heightForWidth(420)); // the outer stretches squeeze it else
    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("unlockLineEdit"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAccessibleName(tr("Passphrase"));
    m_field->setPlaceholderText(tr("Passphrase"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("unlockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
    m_unlock = new QPushButton(tr("&Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addWidget(m_field);
    m_busy = new QProgressBar;
    m_busy->setObjectName(QStringLiteral("unlockBusyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Checking the passphrase…"));
    m_busy->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_unlock, 0, Qt::AlignRight);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &WorkspaceLock::tryUnlock);
    connect(m_field, &QLineEdit::returnPressed, this, &WorkspaceLock::tryUnlock);
    m_screen = screen;
}

struct WorkspaceLock::UnlockOutcome
{
    crypto::DataKeyHandle key; ///< null when the passphrase did not open it
    bool wrongPassphrase = false;
    std::string error;
};

void WorkspaceLock::tryUnlock()
{
    if (m_field->text().isEmpty() || m_unlocking)
        return;
    auto passphrase = std::make_shared<crypto::SecretBytes>(takeSecret(m_field));
    // Argon2id takes about a second: in the background, so the window keeps painting.
    m_unlocking = true;
    m_error->hide();
    m_busy->show();
    m_field->setEnabled(false);
    m_unlock->setEnabled(false);
    // One watcher per attempt, deleted with its future's result (which holds the key).
    auto* watcher = new QFutureWatcher<UnlockOutcome>(this);
    connect(watcher, &QFutureWatcher<UnlockOutcome>::finished, this, [this, watcher] {
        UnlockOutcome outcome = watcher->result();
        watcher->deleteLater();
        unlockFinished(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run([path = QFile::encodeName(m_path).toStdString(), passphrase] {
            UnlockOutcome out;
            auto key = store::Workspace::unlock(path, *passphrase);
            if (key) {
                out.key = *key;
            } else {
                out.wrongPassphrase = key.error().message == crypto::kWrongPassphrase;
                out.error = key.error().describe();
            }
            return out;
        }));
}

void WorkspaceLock::unlockFinished(const UnlockOutcome& outcome)
{
    m_unlocking = false;
    m_busy->hide();
    m_field->setEnabled(true);
    m_unlock->setEnabled(true);
    if (!outcome.key) {
        m_error->setText(outcome.wrongPassphrase ? tr("Wrong passphrase. Try again.")
                                                 : QString::fromStdString(outcome.error));
        m_error->show();
        m_field->setFocus();
        return;
    }
    m_error->hide();
    emit unlocked(m_path, outcome.key);
}

} // namespace commonplace::ui
