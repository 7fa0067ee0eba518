// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase dialog, the lock (on demand and when idle) and the unlock screen (issue 8).
#include "MainWindow.h"

#include "EntityTableModel.h"
#include "UiTestUtil.h"
#include "crypto/VfsExtras.h"
#include "security/PassphraseDialog.h"
#include "security/WorkspaceLock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::test::waitFor;
using commonplace::ui::MainWindow;
using commonplace::ui::PassphraseDialog;
using commonplace::ui::WorkspaceLock;

namespace {

const char* kPass = "correct horse battery";

crypto::SecretBytes secret(const std::string& text)
{
    return crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

/** An encrypted workspace with the donations fixture; returns its unlocked key. */
crypto::DataKeyHandle encryptedWorkspace(const std::string& path)
{
    auto pass = secret(kPass);
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::CreateNew;
    o.encrypt = true;
    o.passphrase = &pass;
    o.kdf = crypto::KdfParams::interactive();
    auto ws = store::Workspace::open(path, o);
    REQUIRE(ws);
    io::ImportOptions options;
    options.dataset = "donations";
    REQUIRE(io::importFile(**ws, test::fixture("ftm/donations.ijson"), options));
    return (*ws)->key();
}

QPushButton* okButton(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("passphrase dialog: a wrong passphrase says so and keeps the dialog open", "[ui][lock]")
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock, QStringLiteral("w.commonplace"));
    int checks = 0;
    dialog.setCheck([&](const crypto::SecretBytes& p) -> QString {
        ++checks;
        return p.view() == kPass ? QString() : QStringLiteral("Wrong passphrase. Try again.");
    });
    dialog.show();
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(field);
    REQUIRE(error);
    CHECK(field->echoMode() == QLineEdit::Password);
    QTest::keyClicks(field, QStringLiteral("not it"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(waitFor([&] { return !dialog.isChecking(); }));
    QCoreApplication::processEvents();
    CHECK(checks == 1);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Wrong passphrase")));
    CHECK(field->text().isEmpty()); // the wrong one is not left in the field
    QTest::keyClicks(field, QString::fromLatin1(kPass));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(waitFor([&] { return dialog.result() == QDialog::Accepted; }));
    CHECK(checks == 2);
    CHECK(dialog.takePassphrase().view() == kPass);
}

TEST_CASE("new workspace dialog: encrypt checkbox, passphrase typed twice", "[ui][lock]")
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::NewWorkspace,
                            QStringLiteral("w.commonplace"));
    dialog.show();
    auto* encrypt = dialog.findChild<QCheckBox*>(QStringLiteral("encryptCheckBox"));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* confirm = dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"));
    REQUIRE(encrypt);
    REQUIRE(confirm);
    CHECK(encrypt->isChecked());
    CHECK_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClicks(field, QStringLiteral("short"));
    QTest::keyClicks(confirm, QStringLiteral("short"));
    CHECK_FALSE(okButton(dialog)->isEnabled()); // under 8 characters
    field->clear();
    confirm->clear();
    QTest::keyClicks(field, QStringLiteral("long enough one"));
    QTest::keyClicks(confirm, QStringLiteral("long enough two"));
    CHECK_FALSE(okButton(dialog)->isEnabled()); // they differ
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("long enough one"));
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.encrypt());
    CHECK(dialog.takePassphrase().view() == "long enough one");

    PassphraseDialog plain(PassphraseDialog::Purpose::NewWorkspace, QStringLiteral("p"));
    plain.show();
    plain.findChild<QCheckBox*>(QStringLiteral("encryptCheckBox"))->setChecked(false);
    CHECK(okButton(plain)->isEnabled());
    CHECK_FALSE(plain.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))->isEnabled());
    QTest::mouseClick(okButton(plain), Qt::LeftButton);
    CHECK(plain.result() == QDialog::Accepted);
    CHECK_FALSE(plain.encrypt());
}

TEST_CASE("lock: Ctrl+L closes the workspace, clears views and clipboard, unlock reopens",
          "[ui][lock]")
{
    TempDir dir;
    const std::string path = dir.file("secret.commonplace");
    auto key = encryptedWorkspace(path);
    MainWindow window;
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    REQUIRE(window.openWorkspaceWith(QString::fromStdString(path), o));
    key.reset(); // from here on only the window holds it
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.entityModel()->rowCount() > 0; }));
    WorkspaceLock* lock = window.workspaceLock();
    REQUIRE(lock->isArmed());
    auto* lockAction = window.findChild<QAction*>(QStringLiteral("lockAction"));
    REQUIRE(lockAction);
    CHECK(lockAction->isEnabled());
    CHECK(lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));

    // Text copied from the app (while its window has focus) is cleared on lock.
    window.activateWindow();
    QGuiApplication::clipboard()->setText(QStringLiteral("Open Society Foundations"));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);

    CHECK(lock->isLocked());
    CHECK(window.workspace() == nullptr);
    CHECK(window.entityModel()->rowCount() == 0);
    CHECK(QGuiApplication::clipboard()->text().isEmpty());
    QWidget* screen = lock->screen();
    REQUIRE(screen);
    CHECK(screen->isVisible());
    CHECK(screen->geometry() == window.rect());

    auto* field = screen->findChild<QLineEdit*>(QStringLiteral("unlockLineEdit"));
    auto* error = screen->findChild<QLabel*>(QStringLiteral("unlockErrorLabel"));
    auto* unlock = screen->findChild<QPushButton*>(QStringLiteral("unlockButton"));
    REQUIRE(field);
    QTest::keyClicks(field, QStringLiteral("wrong passphrase"));
    QTest::mouseClick(unlock, Qt::LeftButton);
    REQUIRE(waitFor([&] { return !lock->isUnlocking(); }));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Wrong passphrase")));
    CHECK(window.workspace() == nullptr);
    CHECK(screen->isVisible());

    QTest::keyClicks(field, QString::fromLatin1(kPass));
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(waitFor([&] { return window.workspace() != nullptr; }));
    CHECK(window.workspace()->encrypted());
    CHECK_FALSE(screen->isVisible());
    CHECK_FALSE(lock->isLocked());
    CHECK(waitFor([&] { return window.entityModel()->rowCount() > 0; }));
}

TEST_CASE("lock: the app locks itself when idle, and not while input arrives", "[ui][lock]")
{
    TempDir dir;
    const std::string path = dir.file("secret.commonplace");
    auto key = encryptedWorkspace(path);
    MainWindow window;
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    REQUIRE(window.openWorkspaceWith(QString::fromStdString(path), o));
    key.reset();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    WorkspaceLock* lock = window.workspaceLock();
    CHECK(lock->idleMinutes() == WorkspaceLock::kDefaultIdleMinutes);
    lock->setIdleIntervalMs(400);
    // Keys pressed every 100 ms keep it open.
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(&window, Qt::Key_Shift);
        QTest::qWait(100);
    }
    CHECK_FALSE(lock->isLocked());
    CHECK(window.workspace() != nullptr);
    REQUIRE(waitFor([&] { return lock->isLocked(); }, 3000));
    CHECK(window.workspace() == nullptr);
    CHECK(lock->screen()->isVisible());
}

TEST_CASE("lock: a plain workspace has nothing to lock", "[ui][lock]")
{
    TempDir dir;
    test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("test.commonplace"))));
    CHECK_FALSE(window.workspaceLock()->isArmed());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("lockAction"))->isEnabled());
    CHECK(window.findChild<QAction*>(QStringLiteral("encryptAction"))->isEnabled());
    window.lockWorkspace();
    CHECK(window.workspace() != nullptr);
}

// Hidden: the lock screen on screen, for the user guide's screenshot:
//   /work/shared/tools/screenshot.sh locked.png 10 build/release/tests/ui_tests "[.shot-lock]"
TEST_CASE("screenshot: the lock screen", "[.shot-lock]")
{
    TempDir dir;
    const std::string path = dir.file("research.commonplace");
    auto key = encryptedWorkspace(path);
    MainWindow window;
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    REQUIRE(window.openWorkspaceWith(QString::fromStdString(path), o));
    key.reset();
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(500);
    window.lockWorkspace();
    auto* field =
        window.workspaceLock()->screen()->findChild<QLineEdit*>(QStringLiteral("unlockLineEdit"));
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(20000);
}

TEST_CASE("passphrase dialog: the window keeps running while the passphrase is checked",
          "[ui][lock]")
{
    TempDir dir;
    const std::string path = dir.file("slow.commonplace");
    {
        // A real key derivation, at the cost real workspaces use (about a second).
        auto pass = secret(kPass);
        store::Workspace::OpenOptions o;
        o.mode = store::Workspace::Mode::CreateNew;
        o.encrypt = true;
        o.passphrase = &pass;
        o.kdf = crypto::KdfParams::moderate();
        REQUIRE(store::Workspace::open(path, o));
    }
    PassphraseDialog dialog(PassphraseDialog::Purpose::Unlock, QStringLiteral("slow"));
    std::atomic<bool> inCheck{false};
    crypto::DataKeyHandle key;
    dialog.setCheck([&](const crypto::SecretBytes& p) -> QString {
        inCheck = true;
        auto unlocked = store::Workspace::unlock(path, p);
        inCheck = false;
        if (!unlocked)
            return QStringLiteral("Wrong passphrase. Try again.");
        key = *unlocked;
        return {};
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* busy = dialog.findChild<QProgressBar*>(QStringLiteral("busyIndicator"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    REQUIRE(busy);
    CHECK_FALSE(busy->isVisible());
    // A timer on the UI thread counts how often the event loop runs during the check.
    int ticks = 0, ticksWhileChecking = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        ++ticks;
        if (inCheck)
            ++ticksWhileChecking;
    });
    timer.start(10);
    for (const char* attempt : {"wrong passphrase", kPass}) {
        QTest::keyClicks(field, QString::fromLatin1(attempt));
        const auto started = std::chrono::steady_clock::now();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        // OK returned at once: the check runs on a worker thread, the dialog shows it is busy.
        CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(200));
        CHECK(dialog.isChecking());
        CHECK(busy->isVisible());
        CHECK_FALSE(okButton(dialog)->isEnabled());
        REQUIRE(waitFor([&] { return !dialog.isChecking(); }, 30000));
        QCoreApplication::processEvents();
        CHECK_FALSE(busy->isVisible());
        if (std::string_view(attempt) != kPass) {
            CHECK(error->isVisible()); // retry: the message, the dialog still open
            CHECK(dialog.isVisible());
            CHECK(dialog.result() != QDialog::Accepted);
            CHECK(field->isEnabled());
        }
    }
    INFO("timer ticks while Argon2id ran: " << ticksWhileChecking << " of " << ticks);
    CHECK(ticksWhileChecking >= 10);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(key != nullptr);
}

TEST_CASE("encrypt workspace: the passphrase is derived once for the copy and the reopening",
          "[ui][lock]")
{
    TempDir dir;
    test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const QString path = QString::fromStdString(dir.file("test.commonplace"));
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    crypto::useFastKdfForTests(true);
    std::atomic<int> derivations{0};
    crypto::setKdfObserverForTests([&] { ++derivations; });
    // The Encrypt dialog is modal: fill it in once it shows.
    bool filled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
        if (!dialog || filled)
            return;
        filled = true;
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))
            ->setText(QString::fromLatin1(kPass));
        dialog->findChild<QLineEdit*>(QStringLiteral("confirmLineEdit"))
            ->setText(QString::fromLatin1(kPass));
        okButton(*dialog)->click();
    });
    poll.start(20);
    window.findChild<QAction*>(QStringLiteral("encryptAction"))->trigger();
    poll.stop();
    crypto::setKdfObserverForTests({});
    crypto::useFastKdfForTests(false);
    CHECK(filled);
    REQUIRE(window.workspace());
    CHECK(window.workspace()->encrypted());
    CHECK(derivations == 1);
}
