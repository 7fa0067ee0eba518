// SPDX-License-Identifier: GPL-3.0-or-later
// commonplace [WORKSPACE]: opens WORKSPACE, or the default workspace (created with the demo
// dataset on first use).

#include "MainWindow.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "settings/SettingsDialog.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

using commonplace::store::Workspace;
using commonplace::ui::applyFontScale;
using commonplace::ui::applyLanguage;
using commonplace::ui::effectiveLanguage;
using commonplace::ui::MainWindow;
using commonplace::ui::Settings;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QApplication::setOrganizationDomain(QStringLiteral("commonplace.org"));
    QApplication::setApplicationName(QStringLiteral("Commonplace"));
    QApplication::setApplicationVersion(QStringLiteral(COMMONPLACE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.commonplace.Commonplace"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.commonplace.Commonplace"),
                         QIcon(QStringLiteral(":/icons/org.commonplace.Commonplace.svg"))));

    // The language chosen in Preferences, else the system's; Arabic lays the window out right
    // to left. Before any widget exists, so every text is built in that language.
    Settings::migrate();
    const Settings settings;
    applyLanguage(effectiveLanguage(settings.language()));
    applyFontScale(settings.fontScalePercent());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Commonplace, a research workbench for human-rights researchers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("workspace"),
        QCoreApplication::translate("main", "The workspace file to open (default: %1).")
            .arg(QFile::decodeName(QByteArray::fromStdString(Workspace::defaultPath()))),
        QCoreApplication::translate("main", "[WORKSPACE]"));
    parser.process(app);

    MainWindow window;
    window.show();

    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        // A workspace named on the command line is created if it does not exist yet, as a
        // person who types a new name expects.
        window.openWorkspace(args.constFirst(), Workspace::Mode::OpenOrCreate);
    } else {
        const QString path = QFile::decodeName(QByteArray::fromStdString(Workspace::defaultPath()));
        const bool firstRun = !QFileInfo::exists(path);
        if (window.openWorkspace(path, Workspace::Mode::OpenOrCreate) && firstRun &&
            settings.loadDemoOnFirstRun()) {
            // After the event loop starts, so the window is painted while the demo loads.
            QTimer::singleShot(0, &window, &MainWindow::loadDemo);
        }
    }
    return QApplication::exec();
}
