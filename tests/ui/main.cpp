// SPDX-License-Identifier: GPL-3.0-or-later
// The ui tests' main: Catch2 with a QApplication around it. Settings and the default
// workspace go to a throwaway folder so a test run never touches the user's own.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

int main(int argc, char* argv[])
{
    std::string home = (std::filesystem::temp_directory_path() / "commonplace-ui-XXXXXX").string();
    if (!::mkdtemp(home.data()))
        return 1;
    ::setenv("XDG_CONFIG_HOME", (home + "/config").c_str(), 1);
    ::setenv("XDG_DATA_HOME", (home + "/data").c_str(), 1);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);

    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    QApplication::setOrganizationName(QStringLiteral("CommonplaceTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));

    const int result = Catch::Session().run(argc, argv);

    std::error_code ec;
    std::filesystem::remove_all(home, ec);
    return result;
}
