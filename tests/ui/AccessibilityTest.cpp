// SPDX-License-Identifier: GPL-3.0-or-later
// Access by keyboard and screen reader: every control of the main window (and of the dialogs
// it opens) has a name a screen reader can speak, every menu can be opened and every command
// reached from the keyboard, in every language.
#include "ExportDialog.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "analyst/GraphExplorer.h"
#include "analyst/MergeReview.h"
#include "analyst/MoneyTimeline.h"
#include "edit/EntityEditor.h"
#include "edit/FindingsView.h"
#include "edit/RecordFindingDialog.h"
#include "edit/SourcesView.h"
#include "edit/TaxonomyView.h"
#include "exchange/BundleExportDialog.h"
#include "exchange/KeyringDialog.h"
#include "import/CsvFilterDialog.h"
#include "import/CsvMappingEditor.h"
#include "settings/Language.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QShortcut>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWidgetAction>

#include <functional>
#include <memory>
#include <string>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

/** Controls a person operates: buttons, text fields, lists, tables, spin boxes, check boxes. */
bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget);
}

/** Parts Qt builds inside a control, named and reached through that control. */
bool isPartOfAnotherControl(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    if (qobject_cast<const QHeaderView*>(widget))
        return true;
    for (const QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QLineEdit*>(p) || qobject_cast<const QAbstractItemView*>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
}

/**
 * The interactive controls shown in `root` that a screen reader could not name: no
 * accessible name, no text of their own, no label pointing at them. Uses Qt's accessibility
 * interface, which is what Orca and NVDA read.
 */
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root) || isPartOfAnotherControl(widget))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

/** Visible controls that Tab never reaches (tool buttons excepted: their actions have keys). */
QStringList unreachableControls(QWidget* root)
{
    QStringList unreachable;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root) ||
            isPartOfAnotherControl(widget) || qobject_cast<QToolButton*>(widget))
            continue;
        if (!(widget->focusPolicy() & Qt::TabFocus))
            unreachable << describe(widget);
    }
    return unreachable;
}

/** The letter after a single '&', lower-cased; null when there is none. */
QChar mnemonic(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * Keyboard problems of a main window: a menu without an accelerator, two menus (or two
 * commands of one menu) on the same letter, two commands or window shortcuts on one key, a
 * toolbar button whose command is in no menu and has no shortcut.
 */
QStringList keyboardProblems(QMainWindow* window)
{
    QStringList problems;
    QMap<QChar, QString> menuLetters;
    QMap<QString, QObject*> shortcutOwner;
    QMap<QString, QString> shortcutName;
    QSet<QAction*> inMenus;
    const auto addShortcut = [&](QObject* owner, const QString& name, const QKeySequence& key) {
        const QString k = key.toString(QKeySequence::PortableText);
        if (k.isEmpty())
            return;
        if (shortcutOwner.contains(k) && shortcutOwner.value(k) != owner)
            problems << QStringLiteral("\"%1\" and \"%2\" share the shortcut %3")
                            .arg(shortcutName.value(k), name, k);
        shortcutOwner.insert(k, owner);
        shortcutName.insert(k, name);
    };
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        QMap<QChar, QString> letters;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            inMenus.insert(action);
            const QChar letter = mnemonic(action->text());
            if (!letter.isNull()) {
                if (letters.contains(letter))
                    problems << QStringLiteral("menu \"%1\": \"%2\" and \"%3\" share the "
                                               "accelerator %4")
                                    .arg(menu->title(), letters.value(letter), action->text(),
                                         letter);
                letters.insert(letter, action->text());
            }
            for (const QKeySequence& key : action->shortcuts())
                addShortcut(action, action->text(), key);
            if (action->menu())
                walk(action->menu());
        }
    };
    for (QAction* top : window->menuBar()->actions()) {
        if (!top->isVisible())
            continue;
        const QChar letter = mnemonic(top->text());
        if (letter.isNull())
            problems << QStringLiteral("menu \"%1\" has no accelerator").arg(top->text());
        else if (menuLetters.contains(letter))
            problems << QStringLiteral("menus \"%1\" and \"%2\" share the accelerator %3")
                            .arg(menuLetters.value(letter), top->text(), letter);
        else
            menuLetters.insert(letter, top->text());
        if (top->menu())
            walk(top->menu());
    }
    // Shortcuts of the whole window (not those of one widget, which may repeat elsewhere).
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->context() == Qt::WindowShortcut ||
            shortcut->context() == Qt::ApplicationShortcut) {
            for (const QKeySequence& key : shortcut->keys())
                addShortcut(shortcut, shortcut->objectName(), key);
        }
    }
    for (QToolBar* toolBar : window->findChildren<QToolBar*>()) {
        for (QAction* action : toolBar->actions()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction*>(action) ||
                inMenus.contains(action) || !action->shortcut().isEmpty())
                continue;
            problems << QStringLiteral("toolbar command \"%1\" is in no menu and has no "
                                       "shortcut")
                            .arg(action->text());
        }
    }
    return problems;
}

/** Labels and buttons of a dialog that share an accelerator letter. */
QStringList mnemonicClashes(QWidget* dialog)
{
    QStringList problems;
    QMap<QChar, QString> letters;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(dialog))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        const QChar letter = mnemonic(text);
        if (letter.isNull())
            continue;
        if (letters.contains(letter))
            problems << QStringLiteral("\"%1\" and \"%2\" share the accelerator %3")
                            .arg(letters.value(letter), text, letter);
        letters.insert(letter, text);
    }
    return problems;
}

/** How far right the ink of a rendered widget reaches, in pixels (0 when nothing is drawn). */
int inkExtent(QWidget& widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    widget.render(&image);
    int right = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = image.width() - 1; x >= right; --x) {
            if (qGray(image.pixel(x, y)) < 160) {
                right = x + 1;
                break;
            }
        }
    }
    return right;
}

/**
 * Labels (with a shortcut letter) and check boxes of `root` whose text, drawn, is wider than
 * the room the layout gives them from their size hint, so their end is cut off. Each text is
 * drawn again in a lone widget with the same font and room to spare: what is drawn past the
 * size hint would be clipped in the dialog. (Qt draws Arabic wider than it measures when the
 * shortcut letter sits inside a word, which broke the joining of the letters and cut labels.)
 */
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(root))
            continue;
        std::unique_ptr<QWidget> copy;
        QLabel buddy;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            auto lone = std::make_unique<QLabel>(label->text());
            lone->setBuddy(&buddy);
            lone->setAlignment(Qt::AlignAbsolute | Qt::AlignLeft | Qt::AlignVCenter);
            copy = std::move(lone);
        } else if (auto* check = qobject_cast<QCheckBox*>(widget)) {
            copy = std::make_unique<QCheckBox>(check->text());
        } else {
            continue;
        }
        copy->setFont(widget->font());
        copy->setLayoutDirection(Qt::LeftToRight);
        const QSize hint = copy->sizeHint();
        copy->resize(hint.width() + 80, hint.height());
        const int ink = inkExtent(*copy);
        if (ink > hint.width() + 1)
            clipped << QStringLiteral("\"%1\" draws %2 px in %3 px")
                           .arg(widget->property("text").toString())
                           .arg(ink)
                           .arg(hint.width());
    }
    return clipped;
}

std::string joined(const QStringList& list)
{
    return list.join(QStringLiteral("\n")).toStdString();
}

} // namespace

TEST_CASE("every control of the main window has a name a screen reader can speak", "[ui][access]")
{
    TempDir dir;
    test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("test.commonplace"))));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);

    const QStringList unnamed = unnamedControls(&window);
    INFO(joined(unnamed));
    CHECK(unnamed.isEmpty());
    const QStringList unreachable = unreachableControls(&window);
    INFO(joined(unreachable));
    CHECK(unreachable.isEmpty());
}

TEST_CASE("the Preferences dialog names every control, one accelerator each", "[ui][access]")
{
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::SettingsDialog dialog({QStringLiteral("demo")});
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        INFO(joined(unnamed));
        CHECK(unnamed.isEmpty());
        CHECK(unreachableControls(&dialog).isEmpty());
        const QStringList clashes = mnemonicClashes(&dialog);
        INFO(joined(clashes));
        CHECK(clashes.isEmpty());
        const QStringList clipped = clippedTexts(&dialog);
        INFO(joined(clipped));
        CHECK(clipped.isEmpty());
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("labels of the import and export dialogs fit in every language", "[ui][access]")
{
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::ImportDialog import(QStringLiteral("/tmp/partner.csv"));
        import.show();
        ui::ExportDialog exportDialog({QStringLiteral("demo")}, QStringLiteral("/tmp"));
        exportDialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&exportDialog));
        for (QDialog* dialog :
             {static_cast<QDialog*>(&import), static_cast<QDialog*>(&exportDialog)}) {
            const QStringList clipped = clippedTexts(dialog);
            INFO(joined(clipped));
            CHECK(clipped.isEmpty());
            const QStringList clashes = mnemonicClashes(dialog);
            INFO(joined(clashes));
            CHECK(clashes.isEmpty());
            const QStringList unnamed = unnamedControls(dialog);
            INFO(joined(unnamed));
            CHECK(unnamed.isEmpty());
        }
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the editing views and the finding form name their controls, in every language",
          "[ui][access]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    QUndoStack stack;
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::RecordFindingDialog record(ws.get(), &stack);
        record.show();
        QWidget views;
        auto* layout = new QHBoxLayout(&views);
        auto* sources = new ui::SourcesView;
        auto* taxonomy = new ui::TaxonomyView;
        auto* findings = new ui::FindingsView;
        auto* editor = new ui::EntityEditor;
        for (auto* view : std::initializer_list<QWidget*>{sources, taxonomy, findings, editor})
            layout->addWidget(view);
        sources->setWorkspace(ws.get());
        taxonomy->setWorkspace(ws.get());
        findings->setWorkspace(ws.get());
        editor->setWorkspace(ws.get());
        views.show();
        REQUIRE(QTest::qWaitForWindowExposed(&views));
        for (QWidget* root : {static_cast<QWidget*>(&record), &views}) {
            const QStringList unnamed = unnamedControls(root);
            INFO(joined(unnamed));
            CHECK(unnamed.isEmpty());
            const QStringList clipped = clippedTexts(root);
            INFO(joined(clipped));
            CHECK(clipped.isEmpty());
        }
        const QStringList clashes = mnemonicClashes(&record);
        INFO(joined(clashes));
        CHECK(clashes.isEmpty());
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the analyst views name their controls, in every language", "[ui][access]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        for (QWidget* view : std::initializer_list<QWidget*>{
                 new ui::GraphExplorer, new ui::MoneyTimeline, new ui::MergeReview}) {
            std::unique_ptr<QWidget> owner(view);
            if (auto* graph = qobject_cast<ui::GraphExplorer*>(view))
                graph->setWorkspace(ws.get());
            else if (auto* timeline = qobject_cast<ui::MoneyTimeline*>(view))
                timeline->setWorkspace(ws.get());
            else if (auto* review = qobject_cast<ui::MergeReview*>(view))
                review->setWorkspace(ws.get());
            view->resize(1200, 800);
            view->show();
            REQUIRE(QTest::qWaitForWindowExposed(view));
            INFO(view->metaObject()->className());
            const QStringList unnamed = unnamedControls(view);
            INFO(joined(unnamed));
            CHECK(unnamed.isEmpty());
            const QStringList clipped = clippedTexts(view);
            INFO(joined(clipped));
            CHECK(clipped.isEmpty());
        }
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the exchange dialogs name their controls, one accelerator each, in every language",
          "[ui][access]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::BundleExportDialog exportDialog(ws.get(), {QStringLiteral("donations")},
                                            QStringLiteral("/tmp"));
        ui::KeyringDialog keys(ws.get());
        for (QDialog* dialog :
             {static_cast<QDialog*>(&exportDialog), static_cast<QDialog*>(&keys)}) {
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            INFO(dialog->metaObject()->className());
            const QStringList unnamed = unnamedControls(dialog);
            INFO(joined(unnamed));
            CHECK(unnamed.isEmpty());
            const QStringList clipped = clippedTexts(dialog);
            INFO(joined(clipped));
            CHECK(clipped.isEmpty());
            const QStringList clashes = mnemonicClashes(dialog);
            INFO(joined(clashes));
            CHECK(clashes.isEmpty());
        }
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the CSV mapping editor names its controls, one accelerator each, in every language",
          "[ui][access]")
{
    TempDir dir;
    const std::string csv = dir.write("people.csv", "Name,Born,Country\nAna,1980,Kenya\n");
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        // With the donations mapping every part is shown: passes, filters, entities, links.
        ui::CsvMappingEditor loaded(
            QString::fromStdString(test::fixture("ftm/donations.csv")),
            QString::fromStdString(test::sourcePath("resources/mappings/donations.json")));
        ui::CsvMappingEditor fresh(QString::fromStdString(csv));
        // The row filters of a pass, with a filter shown.
        auto sample = io::readCsvSample(csv, {}, 5);
        REQUIRE(sample);
        io::QueryMapping pass;
        pass.filters.push_back({"Country", {"Kenya", ""}, 0});
        ui::CsvFilterDialog filters(pass, *sample, QStringLiteral("Pass 1"));
        for (QDialog* dialog : {static_cast<QDialog*>(&loaded), static_cast<QDialog*>(&fresh),
                                static_cast<QDialog*>(&filters)}) {
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            const QStringList unnamed = unnamedControls(dialog);
            INFO(joined(unnamed));
            CHECK(unnamed.isEmpty());
            const QStringList unreachable = unreachableControls(dialog);
            INFO(joined(unreachable));
            CHECK(unreachable.isEmpty());
            const QStringList clashes = mnemonicClashes(dialog);
            INFO(joined(clashes));
            CHECK(clashes.isEmpty());
            const QStringList clipped = clippedTexts(dialog);
            INFO(joined(clipped));
            CHECK(clipped.isEmpty());
        }
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the keyboard check notices clashes and commands out of reach", "[ui][access]")
{
    QMainWindow window;
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
    window.menuBar()->addMenu(QStringLiteral("&Find"));
    window.menuBar()->addMenu(QStringLiteral("Help"));
    file->addAction(QStringLiteral("&Open"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addAction(QStringLiteral("&Other"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    window.addToolBar(QStringLiteral("Tools"))->addAction(QStringLiteral("Record"));
    const QStringList problems = keyboardProblems(&window);
    INFO(joined(problems));
    CHECK(problems.size() == 5);
    CHECK(problems.filter(QStringLiteral("share the accelerator")).size() == 2);
    CHECK(problems.filter(QStringLiteral("has no accelerator")).size() == 1);
    CHECK(problems.filter(QStringLiteral("share the shortcut")).size() == 1);
    CHECK(problems.filter(QStringLiteral("in no menu")).size() == 1);
}

TEST_CASE("the test notices a control nobody named", "[ui][access]")
{
    QWidget form;
    auto* named = new QLineEdit(&form);
    named->setAccessibleName(QStringLiteral("Title"));
    auto* unnamed = new QLineEdit(&form);
    unnamed->setObjectName(QStringLiteral("mysteryLineEdit"));
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    CHECK(unnamedControls(&form) == QStringList{QStringLiteral("QLineEdit \"mysteryLineEdit\"")});
}

TEST_CASE("every menu and command is reachable by keyboard, and labels fit, in every language",
          "[ui][access]")
{
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::MainWindow window;
        const QStringList problems = keyboardProblems(&window);
        INFO(joined(problems));
        CHECK(problems.isEmpty());
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QStringList clipped = clippedTexts(&window);
        INFO(joined(clipped));
        CHECK(clipped.isEmpty());
    }
    ui::applyLanguage(QStringLiteral("en"));
}
