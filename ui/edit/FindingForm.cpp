// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/FindingForm.h"

#include "Labels.h"
#include "edit/EditCommands.h"
#include "edit/QuickEntry.h"
#include "edit/RecordModels.h"
#include "edit/SuggestField.h"
#include "model/Model.h"
#include "model/Values.h"
#include "settings/Settings.h"
#include "store/Catalog.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace commonplace::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString& s)
{
    return s.trimmed().toStdString();
}

constexpr int kKeyRole = Qt::UserRole + 1;
const char* const kActorSchemata[] = {"Person", "Organization", "Company", "PublicBody",
                                      "LegalEntity"};

/** A path typed or pasted (also as a file:// URL) that names an existing file. */
QString filePath(const QString& typed)
{
    QString t = typed.trimmed();
    if (t.startsWith(QLatin1String("file://")))
        t = QUrl(t).toLocalFile();
    else if (t.startsWith(QLatin1String("~/")))
        t = QDir::homePath() + t.mid(1);
    return t;
}

bool looksLikeFile(const QString& typed)
{
    const QString path = filePath(typed);
    return QDir::isAbsolutePath(path) && QFileInfo(path).isFile();
}

/** A title from a file name: "Annual_report-2020.pdf" -> "Annual report 2020". */
QString titleFromFileName(const QString& path)
{
    QString base = QFileInfo(path).completeBaseName();
    base.replace(QLatin1Char('_'), QLatin1Char(' '));
    base.replace(QLatin1Char('-'), QLatin1Char(' '));
    return base.simplified();
}

/**
 * The type a new actor's name suggests: a company by its legal form, a public body or an
 * organisation by a telling word, otherwise a person. Only the first choice offered.
 */
QString guessActorSchema(const QString& name)
{
    static const QStringList company = {
        QStringLiteral("inc"),         QStringLiteral("ltd"),     QStringLiteral("llc"),
        QStringLiteral("gmbh"),        QStringLiteral("plc"),     QStringLiteral("corp"),
        QStringLiteral("corporation"), QStringLiteral("company"), QStringLiteral("co"),
        QStringLiteral("sa"),          QStringLiteral("ag"),      QStringLiteral("holdings"),
        QStringLiteral("holding"),     QStringLiteral("bv"),      QStringLiteral("srl"),
        QStringLiteral("sarl"),        QStringLiteral("limited"), QStringLiteral("ltda")};
    static const QStringList publicBody = {
        QStringLiteral("ministry"),   QStringLiteral("government"),   QStringLiteral("parliament"),
        QStringLiteral("embassy"),    QStringLiteral("municipality"), QStringLiteral("agency"),
        QStringLiteral("department"), QStringLiteral("ministerio"),   QStringLiteral("ministère"),
        QStringLiteral("ministério")};
    static const QStringList organization = {
        QStringLiteral("org"),          QStringLiteral("organization"),
        QStringLiteral("organisation"), QStringLiteral("foundation"),
        QStringLiteral("fund"),         QStringLiteral("trust"),
        QStringLiteral("institute"),    QStringLiteral("association"),
        QStringLiteral("society"),      QStringLiteral("church"),
        QStringLiteral("council"),      QStringLiteral("network"),
        QStringLiteral("alliance"),     QStringLiteral("coalition"),
        QStringLiteral("forum"),        QStringLiteral("center"),
        QStringLiteral("centre"),       QStringLiteral("federation"),
        QStringLiteral("union"),        QStringLiteral("committee"),
        QStringLiteral("movement"),     QStringLiteral("party"),
        QStringLiteral("initiative"),   QStringLiteral("project"),
        QStringLiteral("group"),        QStringLiteral("league"),
        QStringLiteral("academy"),      QStringLiteral("university"),
        QStringLiteral("ngo"),          QStringLiteral("fondation"),
        QStringLiteral("fundación"),    QStringLiteral("fundação"),
        QStringLiteral("instituto"),    QStringLiteral("asociación"),
        QStringLiteral("associação"),   QStringLiteral("iglesia"),
        QStringLiteral("igreja"),       QStringLiteral("église"),
        QStringLiteral("red"),          QStringLiteral("rede"),
        QStringLiteral("réseau")};
    const QStringList words =
        name.toLower().split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    for (const QString& w : words)
        if (company.contains(w))
            return QStringLiteral("Company");
    for (const QString& w : words)
        if (publicBody.contains(w))
            return QStringLiteral("PublicBody");
    for (const QString& w : words)
        if (organization.contains(w))
            return QStringLiteral("Organization");
    return QStringLiteral("Person");
}

/**
 * What the researcher used last, shared by every form of the process (the record window is
 * made anew for each finding) and kept in memory only, for one workspace: the recent actors,
 * sources and tactics, the last currency, dataset and sensitivity.
 */
struct Recent
{
    std::string workspace; ///< the path of the workspace they belong to
    QList<Suggestion> actors, sources;
    QStringList tactics; ///< taxonomy keys, the most recent first
    QString currency;
    QString dataset;
    int sensitivity = -1;
};

Recent& recent()
{
    static Recent r;
    return r;
}

QLabel* heading(const QString& text)
{
    auto* label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    return label;
}

} // namespace

FindingForm::FindingForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingForm"));
    setAccessibleName(tr("Record a finding"));

    auto* outer = new QVBoxLayout(this);
    m_heading = heading(tr("Record a finding"));
    outer->addWidget(m_heading);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    // The field with the focus is always in view: a keyboard user sees where the keys go.
    connect(qApp, &QApplication::focusChanged, this, [scroll, body](QWidget*, QWidget* now) {
        if (!now || !body->isAncestorOf(now))
            return;
        // After the layout has taken in what the key just showed (a new source's fields).
        QTimer::singleShot(0, scroll, [scroll, w = QPointer<QWidget>(now)] {
            if (w)
                scroll->ensureWidgetVisible(w);
        });
    });
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    auto* left = new QFormLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Left column: what the finding says. The accelerators avoid the main window's menu
    // letters (F, E, G, V, N, T, H): the form is also a page of that window.
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What was found, in one line"));
    left->addRow(tr("Tit&le:"), m_title);

    m_date = new QLineEdit;
    m_date->setObjectName(QStringLiteral("dateLineEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_date->setToolTip(dateEntryHelp());
    installDateEntry(m_date);
    left->addRow(tr("&Date:"), m_date);

    m_country = new QLineEdit;
    m_country->setObjectName(QStringLiteral("countryLineEdit"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setPlaceholderText(tr("Type a country name"));
    auto* countries = new QCompleter(countryNames(), m_country);
    countries->setCaseSensitivity(Qt::CaseInsensitive);
    countries->setCompletionMode(QCompleter::InlineCompletion);
    m_country->setCompleter(countries);
    connect(m_country, &QLineEdit::editingFinished, this, [this] {
        // "kenya" completed from "ke" shows as the country's name.
        if (auto code = model::countryCode(ss(m_country->text())))
            if (const QString name = countryName(*code);
                !name.isEmpty() && name != m_country->text())
                m_country->setText(name);
    });
    left->addRow(tr("C&ountry:"), m_country);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->setAccessibleName(tr("Theme"));
    left->addRow(tr("The&me:"), m_theme);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().height() * 10);
    m_text->setPlaceholderText(tr("The finding in detail: who did what, when, with which money"));
    left->addRow(tr("Te&xt:"), m_text);

    m_tacticFilter = new QLineEdit;
    m_tacticFilter->setObjectName(QStringLiteral("tacticFilterLineEdit"));
    m_tacticFilter->setAccessibleName(tr("Filter tactics"));
    m_tacticFilter->setPlaceholderText(tr("Type to filter, Return to tick"));
    m_tactics = new QListWidget;
    m_tactics->setObjectName(QStringLiteral("tacticListWidget"));
    m_tactics->setAccessibleName(tr("Tactics"));
    m_tactics->setMinimumHeight(m_tactics->fontMetrics().height() * 9);
    m_tacticSummary = new QLabel;
    m_tacticSummary->setObjectName(QStringLiteral("tacticSummaryLabel"));
    m_tacticSummary->setWordWrap(true);
    auto* tacticBox = new QVBoxLayout;
    tacticBox->setSpacing(2);
    tacticBox->addWidget(m_tacticFilter);
    tacticBox->addWidget(m_tactics);
    tacticBox->addWidget(m_tacticSummary);
    auto* tacticLabel = new QLabel(tr("T&actics:"));
    tacticLabel->setBuddy(m_tacticFilter);
    left->addRow(tacticLabel, tacticBox);

    m_sensitivity = new QComboBox;
    m_sensitivity->setObjectName(QStringLiteral("sensitivityComboBox"));
    m_sensitivity->setAccessibleName(tr("Sensitivity"));
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted})
        m_sensitivity->addItem(sensitivityLabel(level), int(level));

    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("datasetComboBox"));
    m_dataset->setAccessibleName(tr("Dataset"));
    m_dataset->setEditable(true);

    // Right column: who, and on which evidence.
    auto* actorBox = new QGroupBox(tr("Actors"));
    actorBox->setObjectName(QStringLiteral("actorGroupBox"));
    auto* actorLayout = new QVBoxLayout(actorBox);
    m_actorField = new SuggestField;
    m_actorField->setObjectName(QStringLiteral("actorField"));
    m_actorField->setAccessibleName(tr("Add an actor"));
    m_actorField->setPlaceholderText(tr("Type a name: pick one, or create it"));
    actorLayout->addWidget(m_actorField);
    m_actors = new QListWidget;
    m_actors->setObjectName(QStringLiteral("actorListWidget"));
    m_actors->setAccessibleName(tr("Actors of this finding (Delete removes)"));
    m_actors->setMaximumHeight(m_actors->fontMetrics().height() * 5);
    actorLayout->addWidget(m_actors);
    right->addWidget(actorBox);

    m_relationshipBox = new QGroupBox(tr("Relationship it establishes"));
    m_relationshipBox->setObjectName(QStringLiteral("relationshipGroupBox"));
    auto* relLayout = new QVBoxLayout(m_relationshipBox);
    m_relationship = new QComboBox;
    m_relationship->setObjectName(QStringLiteral("relationshipComboBox"));
    m_relationship->setAccessibleName(tr("Relationship type"));
    m_relationship->addItem(tr("(none)"), QString());
    std::vector<const model::Schema*> edges;
    for (const model::Schema* s : model::Model::builtin().schemata())
        if (s->edge() && !s->isAbstract())
            edges.push_back(s);
    std::sort(edges.begin(), edges.end(),
              [](const auto* a, const auto* b) { return a->label() < b->label(); });
    for (const model::Schema* s : edges)
        m_relationship->addItem(schemaLabel(s->name()), qs(s->name()));
    relLayout->addWidget(m_relationship);
    m_relationshipFields = new QWidget;
    m_relationshipLayout = new QFormLayout(m_relationshipFields);
    m_relationshipLayout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox** end : {&m_sourceEnd, &m_targetEnd}) {
        *end = new QComboBox;
        (*end)->setAccessibleName(tr("End of the relationship"));
        m_relationshipLayout->addRow(QStringLiteral("-"), *end);
    }
    for (int i = 0; i < 6; ++i) {
        auto* edit = new QLineEdit;
        edit->setAccessibleName(tr("Value of the relationship"));
        installDateEntry(edit);
        setDateEntryEnabled(edit, false); // on for the date fields of the chosen type
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { amountEdited(edit); });
        m_relationshipEdits.push_back(edit);
        m_relationshipLayout->addRow(QStringLiteral("-"), edit);
    }
    relLayout->addWidget(m_relationshipFields);
    m_relationshipFields->hide();
    right->addWidget(m_relationshipBox);

    auto* sourceBox = new QGroupBox(tr("Sources"));
    sourceBox->setObjectName(QStringLiteral("sourceGroupBox"));
    auto* sourceLayout = new QVBoxLayout(sourceBox);
    m_sourceField = new SuggestField;
    m_sourceField->setObjectName(QStringLiteral("sourceField"));
    m_sourceField->setAccessibleName(tr("Add a source"));
    m_sourceField->setPlaceholderText(tr("Type a title: pick a source, or add a new one"));
    m_sourceField->setCreateLabel(tr("New source \"%1\"..."));
    sourceLayout->addWidget(m_sourceField);
    m_sources = new QListWidget;
    m_sources->setObjectName(QStringLiteral("sourceListWidget"));
    m_sources->setAccessibleName(tr("Sources of this finding (Delete removes)"));
    m_sources->setMaximumHeight(m_sources->fontMetrics().height() * 4);
    sourceLayout->addWidget(m_sources);

    m_newSourceBox = new QGroupBox(tr("New source"));
    m_newSourceBox->setObjectName(QStringLiteral("newSourceGroupBox"));
    auto* ns = new QFormLayout(m_newSourceBox);
    m_srcTitle = new QLineEdit;
    m_srcTitle->setObjectName(QStringLiteral("sourceTitleLineEdit"));
    m_srcTitle->setAccessibleName(tr("Source title"));
    ns->addRow(tr("Title:"), m_srcTitle);
    m_srcUrl = new QLineEdit;
    m_srcUrl->setObjectName(QStringLiteral("sourceUrlLineEdit"));
    m_srcUrl->setAccessibleName(tr("Source URL"));
    m_srcUrl->setPlaceholderText(QStringLiteral("https://"));
    ns->addRow(tr("URL:"), m_srcUrl);
    m_srcDate = new QLineEdit;
    m_srcDate->setObjectName(QStringLiteral("sourceDateLineEdit"));
    m_srcDate->setAccessibleName(tr("Source date"));
    m_srcDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_srcDate->setToolTip(dateEntryHelp());
    installDateEntry(m_srcDate);
    m_srcDateNote = new QLabel;
    m_srcDateNote->setObjectName(QStringLiteral("sourceDateNoteLabel"));
    m_srcDateNote->setWordWrap(true);
    m_srcDateNote->hide();
    auto* dateColumn = new QVBoxLayout;
    dateColumn->setSpacing(0);
    dateColumn->addWidget(m_srcDate);
    dateColumn->addWidget(m_srcDateNote);
    ns->addRow(tr("Published:"), dateColumn);
    connect(m_srcDate, &QLineEdit::textEdited, m_srcDateNote, &QLabel::hide);
    m_srcReliability = new QComboBox;
    m_srcReliability->setObjectName(QStringLiteral("reliabilityComboBox"));
    m_srcReliability->setAccessibleName(tr("Reliability of the source (A-F)"));
    m_srcReliability->addItem(tr("unknown"), QString());
    for (char c = 'A'; c <= 'F'; ++c) {
        const std::string r(1, c);
        m_srcReliability->addItem(
            gradeChoiceLabel(QString(QLatin1Char(c)), gradingDescription(r, 0)),
            QString(QLatin1Char(c)));
    }
    ns->addRow(tr("Reliability:"), m_srcReliability);
    m_srcCredibility = new QComboBox;
    m_srcCredibility->setObjectName(QStringLiteral("credibilityComboBox"));
    m_srcCredibility->setAccessibleName(tr("Credibility of the information (1-6)"));
    m_srcCredibility->addItem(tr("unknown"), 0);
    for (int i = 1; i <= 6; ++i)
        m_srcCredibility->addItem(gradeChoiceLabel(QString::number(i), gradingDescription({}, i)),
                                  i);
    ns->addRow(tr("Credibility:"), m_srcCredibility);
    installGradingEntry(m_srcReliability, m_srcCredibility);
    m_srcFile = new QLineEdit;
    m_srcFile->setObjectName(QStringLiteral("sourceFileLineEdit"));
    m_srcFile->setAccessibleName(tr("Attached file"));
    m_srcFile->setPlaceholderText(tr("Path of a file to attach (optional)"));
    m_srcBrowse = new QPushButton(tr("&Browse..."));
    m_srcBrowse->setObjectName(QStringLiteral("browseButton"));
    m_srcBrowse->setAccessibleName(tr("Choose a file to attach"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_srcFile, 1);
    fileRow->addWidget(m_srcBrowse);
    ns->addRow(tr("File:"), fileRow);
    m_srcPublisher = new QLineEdit;
    m_srcPublisher->setObjectName(QStringLiteral("sourcePublisherLineEdit"));
    m_srcPublisher->setAccessibleName(tr("Publisher"));
    ns->addRow(tr("Publisher:"), m_srcPublisher);
    m_srcAdd = new QPushButton(tr("Add this source"));
    m_srcAdd->setObjectName(QStringLiteral("addSourceButton"));
    m_srcAdd->setAccessibleName(tr("Add this source"));
    ns->addRow(QString(), m_srcAdd);
    m_newSourceBox->hide();
    sourceLayout->addWidget(m_newSourceBox);
    right->addWidget(sourceBox);
    right->addStretch(1);

    left->addRow(tr("Sensitivit&y:"), m_sensitivity);
    left->addRow(tr("Data&set:"), m_dataset);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->hide();
    outer->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    m_hint->setEnabled(false);
    m_hint->setWordWrap(true);
    buttons->addWidget(m_hint, 1);
    buttons->addStretch(1);
    m_save = new QPushButton(tr("Save f&inding"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save finding"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    outer->addLayout(buttons);

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_country);
    setTabOrder(m_country, m_theme);
    setTabOrder(m_theme, m_text);
    setTabOrder(m_text, m_tacticFilter);
    setTabOrder(m_tacticFilter, m_tactics);
    setTabOrder(m_tactics, m_actorField->lineEdit());
    setTabOrder(m_actorField->lineEdit(), m_actors);
    setTabOrder(m_actors, m_relationship);
    // The values first: the ends default to the first two actors.
    QWidget* previous = m_relationship;
    for (QLineEdit* edit : m_relationshipEdits) {
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_sourceEnd);
    setTabOrder(m_sourceEnd, m_targetEnd);
    setTabOrder(m_targetEnd, m_sourceField->lineEdit());
    setTabOrder(m_sourceField->lineEdit(), m_sources);
    setTabOrder(m_sources, m_srcTitle);
    setTabOrder(m_srcTitle, m_srcUrl);
    setTabOrder(m_srcUrl, m_srcDate);
    setTabOrder(m_srcDate, m_srcReliability);
    setTabOrder(m_srcReliability, m_srcCredibility);
    setTabOrder(m_srcCredibility, m_srcFile);
    setTabOrder(m_srcFile, m_srcBrowse);
    setTabOrder(m_srcBrowse, m_srcPublisher);
    setTabOrder(m_srcPublisher, m_srcAdd);
    setTabOrder(m_srcAdd, m_sensitivity);
    setTabOrder(m_sensitivity, m_dataset);
    setTabOrder(m_dataset, m_save);
    setTabOrder(m_save, m_cancel);

    connect(m_tacticFilter, &QLineEdit::textChanged, this, &FindingForm::filterTactics);
    connect(m_tacticFilter, &QLineEdit::returnPressed, this, &FindingForm::tickFirstTactic);
    connect(m_tactics, &QListWidget::itemChanged, this, &FindingForm::updateTacticSummary);
    m_actorField->setProvider([this](const QString& text) { return actorSuggestions(text); });
    m_actorField->setCreateOptions([](const QString& name) {
        // The type guessed from the name first; Down picks another.
        const QString guess = guessActorSchema(name);
        QList<Suggestion> out;
        out.append({tr("Create new %1 \"%2\"").arg(schemaLabel(guess.toStdString()), name), guess,
                    QString()});
        for (const char* schema : kActorSchemata)
            if (guess != QLatin1String(schema))
                out.append({tr("Create new %1 \"%2\"").arg(schemaLabel(schema), name),
                            QString::fromLatin1(schema), QString()});
        return out;
    });
    connect(m_actorField, &SuggestField::chosen, this, [this](const Suggestion& s) {
        QString schema;
        if (m_ws) {
            if (auto d = m_ws->entity(ss(s.id)))
                schema = qs(d->entity.schema);
        }
        addActor({s.id, s.text, schema, false});
    });
    connect(m_actorField, &SuggestField::createRequested, this,
            [this](const QString& name, const QString& schema) {
                addActor({qs(store::Editor::newId("cp")), name,
                          schema.isEmpty() ? guessActorSchema(name) : schema, true});
            });
    m_sourceField->setProvider([this](const QString& text) { return sourceSuggestions(text); });
    m_sourceField->setCreateOptions([](const QString& typed) {
        QList<Suggestion> out;
        if (looksLikeFile(typed))
            out.append(
                {tr("New source with the file %1...").arg(QFileInfo(filePath(typed)).fileName()),
                 QString(), QString()});
        else
            out.append({tr("New source \"%1\"...").arg(typed), QString(), QString()});
        return out;
    });
    connect(m_sourceField, &SuggestField::chosen, this,
            [this](const Suggestion& s) { addExistingSource(s.id, s.text); });
    connect(m_sourceField, &SuggestField::createRequested, this,
            [this](const QString& typed) { createSource(typed); });
    connect(m_srcUrl, &QLineEdit::textChanged, this, [this](const QString& url) {
        // The publisher follows the URL's host until the user types one.
        if (!m_srcPublisher->text().isEmpty() && m_srcPublisher->text() != m_autoPublisher)
            return;
        QString host = QUrl::fromUserInput(url.trimmed()).host();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        m_autoPublisher = host;
        m_srcPublisher->setText(host);
    });
    connect(m_relationship, &QComboBox::currentIndexChanged, this,
            &FindingForm::relationshipChanged);
    for (QComboBox* end : {m_sourceEnd, m_targetEnd})
        connect(end, &QComboBox::activated, this, [this] { m_endsChosen = true; });
    connect(m_srcAdd, &QPushButton::clicked, this, &FindingForm::addNewSource);
    connect(m_srcBrowse, &QPushButton::clicked, this, &FindingForm::browseAttachment);
    for (QLineEdit* e : {m_srcTitle, m_srcUrl, m_srcPublisher, m_srcDate, m_srcFile})
        connect(e, &QLineEdit::returnPressed, this, &FindingForm::addNewSource);
    connect(m_save, &QPushButton::clicked, this, &FindingForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &FindingForm::cancelled);
    // Jumps to the sections, so that nobody tabs through lists to get there.
    const std::pair<QKeySequence, QWidget*> jumps[] = {
        {QKeySequence(Qt::ALT | Qt::Key_C), m_actorField->lineEdit()},
        {QKeySequence(Qt::ALT | Qt::Key_R), m_relationship},
        {QKeySequence(Qt::ALT | Qt::Key_U), m_sourceField->lineEdit()}};
    for (const auto& [key, target] : jumps) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QWidget* to = target;
        connect(shortcut, &QShortcut::activated, to,
                [to] { to->setFocus(Qt::ShortcutFocusReason); });
    }
    for (auto key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &FindingForm::save);
    }
    setEnabled(false);
}

void FindingForm::setWorkspace(store::Workspace* workspace)
{
    m_ws = workspace;
    // Another workspace (or none, e.g. when it locks): forget what the last one used.
    const std::string path = workspace ? workspace->path() : std::string();
    if (path.empty() || recent().workspace != path)
        recent() = Recent{path};
    setEnabled(m_ws != nullptr);
    reloadChoices();
    newFinding();
}

void FindingForm::setUndoStack(QUndoStack* stack)
{
    m_stack = stack;
}

void FindingForm::reloadChoices()
{
    const QString theme = m_theme->currentData().toString();
    m_theme->clear();
    m_theme->addItem(tr("(none)"), QString());
    m_tactics->clear();
    const QString dataset = m_dataset->currentText();
    m_dataset->clear();
    if (!m_ws)
        return;
    store::Catalog catalog(*m_ws);
    if (auto themes = catalog.taxonomy("theme")) {
        for (const auto& t : *themes)
            m_theme->addItem(taxonomyLabel(t.label), qs(t.key));
    }
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    if (auto tactics = catalog.taxonomy("tactic")) {
        for (const auto& t : *tactics) {
            auto* item = new QListWidgetItem(taxonomyLabel(t.label), m_tactics);
            item->setData(kKeyRole, qs(t.key));
            item->setToolTip(taxonomyLabel(t.description));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // The recently ticked first, the most recent on top.
        for (auto it = recent().tactics.crbegin(); it != recent().tactics.crend(); ++it) {
            for (int i = 0; i < m_tactics->count(); ++i) {
                if (m_tactics->item(i)->data(kKeyRole).toString() == *it) {
                    m_tactics->insertItem(0, m_tactics->takeItem(i));
                    break;
                }
            }
        }
    }
    if (auto names = catalog.datasetNames()) {
        for (const auto& n : *names)
            m_dataset->addItem(qs(n));
    }
    QString wanted = !dataset.isEmpty()            ? dataset
                     : !recent().dataset.isEmpty() ? recent().dataset
                                                   : Settings().defaultDataset();
    if (wanted.trimmed().isEmpty())
        wanted = QStringLiteral("research");
    if (m_dataset->findText(wanted) < 0)
        m_dataset->addItem(wanted);
    m_dataset->setCurrentText(wanted);
}

void FindingForm::newFinding()
{
    m_editKey.clear();
    m_loaded = {};
    m_relId.clear();
    m_relSchema.clear();
    m_relLoaded.clear();
    m_endExtras.clear();
    m_heading->setText(tr("Record a finding"));
    m_save->setText(tr("Save f&inding"));
    m_hint->setText(tr("Ctrl+Return saves, Escape cancels. Alt+C actors, Alt+R relationship, "
                       "Alt+U sources; Down in an empty field lists the recent ones."));
    for (QLineEdit* e : {m_title, m_date, m_country, m_tacticFilter, m_srcTitle, m_srcUrl,
                         m_srcPublisher, m_srcDate, m_srcFile})
        e->clear();
    m_date->setText(QDate::currentDate().toString(Qt::ISODate)); // Tab selects it: type over it
    m_text->clear();
    m_theme->setCurrentIndex(0);
    for (int i = 0; i < m_tactics->count(); ++i)
        m_tactics->item(i)->setCheckState(Qt::Unchecked);
    m_actorField->clear();
    m_sourceField->clear();
    m_actorData.clear();
    m_actors->clear();
    m_sourceData.clear();
    m_sources->clear();
    m_endsChosen = false;
    m_relationship->setCurrentIndex(0);
    m_newSourceBox->hide();
    m_srcDateNote->hide();
    m_sensitivity->setCurrentIndex(m_sensitivity->findData(
        recent().sensitivity >= 0 ? recent().sensitivity : int(Settings().defaultSensitivity())));
    m_status->hide();
    m_status->clear();
    updateTacticSummary();
    if (!m_loading)
        m_title->setFocus();
}

bool FindingForm::editFinding(const QString& findingKey)
{
    const QString key = findingKey; // may be m_editKey itself, which newFinding() clears
    if (!m_ws)
        return false;
    store::Catalog catalog(*m_ws);
    auto f = catalog.finding(ss(key));
    if (!f)
        return false;
    m_loading = true;
    newFinding();
    m_editKey = key;
    m_loaded = *f;
    m_heading->setText(tr("Edit finding"));
    m_save->setText(tr("Save f&inding"));
    m_hint->setText(
        tr("Ctrl+Return saves every change as one step (Ctrl+Z undoes it), Escape "
           "throws the changes away. Alt+C actors, Alt+R relationship, Alt+U sources."));
    m_title->setText(qs(f->title));
    m_title->setCursorPosition(0); // the start of a long title shows
    m_date->setText(qs(f->date));
    m_country->setText(countryName(f->country));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(qs(f->theme))));
    m_text->setPlainText(qs(f->text));
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        bool on = std::find(f->tactics.begin(), f->tactics.end(),
                            ss(item->data(kKeyRole).toString())) != f->tactics.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    // The first relationship goes to its own box; everything else linked is an actor.
    for (const auto& id : f->entities) {
        auto d = m_ws->entity(id);
        const model::Schema* schema =
            d ? model::Model::builtin().schema(d->entity.schema) : nullptr;
        if (m_relId.isEmpty() && schema && schema->edge()) {
            m_relId = qs(id);
            m_relSchema = qs(schema->name());
            continue;
        }
        addActor({qs(id), d ? qs(d->entity.caption) : qs(id), d ? qs(d->entity.schema) : QString(),
                  false});
    }
    for (const auto& k : f->sources) {
        auto s = catalog.source(k);
        addExistingSource(qs(k), s ? qs(s->title) : qs(k));
    }
    m_sensitivity->setCurrentIndex(std::max(0, m_sensitivity->findData(int(f->sensitivity))));
    if (m_dataset->findText(qs(f->dataset)) < 0)
        m_dataset->addItem(qs(f->dataset));
    m_dataset->setCurrentText(qs(f->dataset));
    if (!m_relId.isEmpty())
        loadRelationship(m_relId);
    m_loading = false;
    return true;
}

void FindingForm::loadRelationship(const QString& id)
{
    auto d = m_ws->entity(ss(id));
    if (!d)
        return;
    const model::Schema* schema = model::Model::builtin().schema(d->entity.schema);
    if (!schema || !schema->edge())
        return;
    const auto& edge = *schema->edge();
    // Its ends stay choices even when they are not (or no longer) actors of the finding:
    // removing an actor must not move the payment to someone else.
    for (const auto& st : d->statements) {
        if (st.prop != edge.source && st.prop != edge.target)
            continue;
        auto end = m_ws->entity(st.value);
        m_endExtras.emplace_back(
            qs(st.value),
            end ? tr("%1 (%2)").arg(qs(end->entity.caption), schemaLabel(end->entity.schema))
                : qs(st.value));
    }
    m_relationship->setCurrentIndex(std::max(0, m_relationship->findData(m_relSchema)));
    relationshipChanged();
    m_relLoaded.clear();
    auto first = [&](const std::string& prop) {
        for (const auto& st : d->statements)
            if (st.prop == prop)
                return qs(st.value);
        return QString();
    };
    for (auto [combo, prop] :
         {std::pair{m_sourceEnd, edge.source}, std::pair{m_targetEnd, edge.target}}) {
        const QString value = first(prop);
        combo->setCurrentIndex(combo->findData(value));
        m_relLoaded.emplace_back(prop, value);
    }
    for (const auto& [prop, edit] : m_relationshipValues) {
        edit->setText(first(prop));
        m_relLoaded.emplace_back(prop, edit->text());
    }
    m_endsChosen = true;
}

void FindingForm::filterTactics(const QString& text)
{
    // Matches at the start, at word starts and by initials ("lp": Funding local proxies) rank
    // before matches inside a word; the best one is highlighted: Return ticks it.
    const QString t = text.trimmed();
    QListWidgetItem* best = nullptr;
    int bestScore = 0;
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        const int score = t.isEmpty() ? 1 : matchScore(item->text(), t);
        item->setHidden(score == 0);
        if (!t.isEmpty() && score > bestScore) {
            best = item;
            bestScore = score;
        }
    }
    if (best)
        m_tactics->setCurrentItem(best);
    else if (!t.isEmpty())
        m_tactics->setCurrentItem(nullptr);
}

void FindingForm::tickFirstTactic()
{
    if (m_tacticFilter->text().trimmed().isEmpty())
        return;
    auto* item = m_tactics->currentItem(); // the best match, highlighted as it was typed
    if (!item || item->isHidden())
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    m_tacticFilter->clear();
    m_tactics->setCurrentItem(item);
}

void FindingForm::updateTacticSummary()
{
    QStringList ticked;
    for (int i = 0; i < m_tactics->count(); ++i)
        if (m_tactics->item(i)->checkState() == Qt::Checked)
            ticked << m_tactics->item(i)->text();
    m_tacticSummary->setText(ticked.isEmpty()
                                 ? tr("No tactic ticked")
                                 : tr("Ticked: %1").arg(ticked.join(QStringLiteral(", "))));
}

void FindingForm::addActor(const Actor& actor)
{
    for (const auto& a : m_actorData)
        if (a.id == actor.id)
            return;
    m_actorData.push_back(actor);
    QString text = tr("%1 (%2)").arg(actor.name, schemaLabel(actor.schema.toStdString()));
    if (actor.isNew)
        text = tr("%1 - new").arg(text);
    auto* item = new QListWidgetItem(text, m_actors);
    item->setData(kKeyRole, actor.id);
    refreshEndChoices();
}

void FindingForm::removeSelected(QListWidget* list)
{
    auto* item = list->currentItem();
    if (!item)
        return;
    const int row = list->row(item);
    if (list == m_actors && row < int(m_actorData.size())) {
        m_actorData.erase(m_actorData.begin() + row);
        delete item;
        refreshEndChoices();
    } else if (list == m_sources && row < int(m_sourceData.size())) {
        m_sourceData.erase(m_sourceData.begin() + row);
        delete item;
    }
}

void FindingForm::relationshipChanged()
{
    m_relationshipValues.clear();
    const QString name = m_relationship->currentData().toString();
    const model::Schema* schema =
        name.isEmpty() ? nullptr : model::Model::builtin().schema(ss(name));
    m_relationshipFields->setVisible(schema != nullptr);
    for (QLineEdit* edit : m_relationshipEdits) {
        edit->clear();
        m_relationshipLayout->setRowVisible(edit, false);
    }
    if (!schema)
        return;
    auto label = [&](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_relationshipLayout->labelForField(field)))
            l->setText(text + QLatin1Char(':'));
    };
    const auto& edge = *schema->edge();
    for (auto [combo, prop] :
         {std::pair{m_sourceEnd, edge.source}, std::pair{m_targetEnd, edge.target}}) {
        combo->setObjectName(QStringLiteral("relationship_%1ComboBox").arg(qs(prop)));
        combo->setAccessibleName(propertyLabel(schema->name(), prop));
        label(combo, propertyLabel(schema->name(), prop));
    }
    std::vector<std::string> props;
    for (const auto& p : schema->featured())
        if (p != edge.source && p != edge.target)
            props.push_back(p);
    if (auto amount = std::find(props.begin(), props.end(), "amount"); amount != props.end()) {
        // What a payment is about comes first: how much, in what.
        props.erase(amount);
        props.insert(props.begin(), "amount");
        if (schema->property("currency")) {
            props.erase(std::remove(props.begin(), props.end(), "currency"), props.end());
            props.insert(props.begin() + 1, "currency");
        }
    }
    if (std::find(props.begin(), props.end(), "date") == props.end() &&
        std::find(props.begin(), props.end(), "startDate") == props.end() &&
        schema->property("date"))
        props.push_back("date");
    std::size_t used = 0;
    for (const auto& p : props) {
        const model::Property* prop = schema->property(p);
        if (!prop || prop->type->kind == model::TypeKind::Entity ||
            used == m_relationshipEdits.size())
            continue;
        QLineEdit* edit = m_relationshipEdits[used++];
        edit->setObjectName(QStringLiteral("relationship_%1LineEdit").arg(qs(p)));
        edit->setAccessibleName(qs(prop->label));
        edit->setPlaceholderText(prop->type->kind == model::TypeKind::Date ? tr("YYYY-MM-DD")
                                 : p == "currency"                         ? tr("e.g. USD, EUR")
                                                                           : QString());
        label(edit, qs(prop->label));
        m_relationshipLayout->setRowVisible(edit, true);
        m_relationshipValues.emplace_back(p, edit);
        setDateEntryEnabled(edit, prop->type->kind == model::TypeKind::Date);
        if (p == "amount")
            edit->setPlaceholderText(tr("e.g. 50000, 50k, 1.2m USD"));
        if (!m_loading) {
            // Defaults: the finding's date, the currency used last.
            if (p == "date" || p == "startDate")
                edit->setText(dateEntryValue(m_date));
            else if (p == "currency")
                edit->setText(recent().currency);
        }
    }
    // The fields in the order they are shown (the ends last: they default to the actors).
    QWidget* previous = m_relationship;
    for (const auto& [p, edit] : m_relationshipValues) {
        setTabOrder(previous, edit);
        previous = edit;
    }
    setTabOrder(previous, m_sourceEnd);
    refreshEndChoices();
}

void FindingForm::refreshEndChoices()
{
    int n = 0;
    for (QComboBox* combo : {m_sourceEnd, m_targetEnd}) {
        const QString current = combo->currentData().toString();
        QSignalBlocker block(combo);
        combo->clear();
        for (const auto& a : m_actorData)
            combo->addItem(tr("%1 (%2)").arg(a.name, schemaLabel(a.schema.toStdString())), a.id);
        for (const auto& [id, label] : m_endExtras)
            if (combo->findData(id) < 0)
                combo->addItem(label, id);
        int index = m_endsChosen ? combo->findData(current) : -1;
        // By default the first actor pays the second, the first owns the second, ...
        if (index < 0)
            index = std::min(n, combo->count() - 1);
        combo->setCurrentIndex(index);
        ++n;
    }
}

void FindingForm::openNewSource(const QString& title)
{
    m_newSourceBox->show();
    m_srcTitle->setText(title);
    if (m_srcDate->text().trimmed().isEmpty())
        m_srcDate->setText(dateEntryValue(m_date));
    m_srcUrl->setFocus();
}

void FindingForm::createSource(const QString& typed)
{
    if (looksLikeFile(typed)) {
        // A file: the new source is titled after it; its URL comes next.
        const QString path = filePath(typed);
        openNewSource(titleFromFileName(path));
        m_srcFile->setText(path);
        // A PDF says when it was made: offered as the date, and said so, to be checked.
        if (const QString made = pdfCreationDate(path); !made.isEmpty()) {
            m_srcDate->setText(made);
            m_srcDateNote->setText(tr("From the file: the date it was created. Check it."));
            m_srcDateNote->show();
        }
        return;
    }
    const QUrl url(typed.trimmed());
    if (url.isValid() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        openNewSource({});
        m_srcUrl->setText(typed.trimmed());
        m_srcTitle->setFocus();
        return;
    }
    openNewSource(typed);
}

bool FindingForm::addNewSource()
{
    PendingSource p;
    auto& r = p.fresh.record;
    r.title = ss(m_srcTitle->text());
    r.url = ss(m_srcUrl->text());
    r.publisher = ss(m_srcPublisher->text());
    r.published = ss(dateEntryValue(m_srcDate));
    r.reliability = ss(m_srcReliability->currentData().toString());
    r.credibility = m_srcCredibility->currentData().toInt();
    r.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    if (r.title.empty()) {
        showError(tr("A new source needs a title."));
        m_srcTitle->setFocus();
        return false;
    }
    if (!r.published.empty() && !model::isDatePrefix(r.published)) {
        showError(tr("The source date \"%1\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY).")
                      .arg(qs(r.published)));
        m_srcDate->setFocus();
        return false;
    }
    const QString path = m_srcFile->text().trimmed();
    if (!path.isEmpty()) {
        QFileInfo info(path);
        if (!info.isFile()) {
            showError(tr("There is no file %1.").arg(path));
            m_srcFile->setFocus();
            return false;
        }
        if (info.size() > store::Editor::kMaxAttachmentBytes) {
            showError(tr("%1 is %2 MB; attachments may be at most %3 MB.")
                          .arg(info.fileName())
                          .arg(info.size() / (1024 * 1024))
                          .arg(store::Editor::kMaxAttachmentBytes / (1024 * 1024)));
            m_srcFile->setFocus();
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return false;
        }
        QByteArray bytes = file.readAll();
        p.fresh.attachment.assign(bytes.constData(), std::size_t(bytes.size()));
        r.attachmentName = info.fileName().toStdString();
    }
    QString label = tr("%1 - new").arg(qs(r.title));
    QString grading = gradingText(r.reliability, r.credibility);
    if (!grading.isEmpty())
        label = tr("%1 [%2] - new").arg(qs(r.title), grading);
    if (!r.attachmentName.empty())
        label += tr(", with %1").arg(qs(r.attachmentName));
    m_sourceData.push_back(std::move(p));
    new QListWidgetItem(label, m_sources);
    for (QLineEdit* e : {m_srcTitle, m_srcUrl, m_srcPublisher, m_srcDate, m_srcFile})
        e->clear();
    m_srcReliability->setCurrentIndex(0);
    m_srcCredibility->setCurrentIndex(0);
    m_autoPublisher.clear();
    m_srcDateNote->hide();
    m_newSourceBox->hide();
    m_status->hide();
    m_sourceField->lineEdit()->setFocus();
    return true;
}

void FindingForm::browseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the source"));
    if (!path.isEmpty())
        m_srcFile->setText(path);
}

void FindingForm::addExistingSource(const QString& key, const QString& title)
{
    for (const auto& s : m_sourceData)
        if (s.key == key)
            return;
    PendingSource p;
    p.key = key;
    m_sourceData.push_back(std::move(p));
    auto* item = new QListWidgetItem(title, m_sources);
    item->setData(kKeyRole, key);
}

QString FindingForm::relationshipValue(const std::string& prop, const QLineEdit* edit) const
{
    if (prop == "amount") {
        if (auto a = parseAmountInput(edit->text()))
            return a->amount;
    } else if (prop == "currency") {
        // A currency typed with the amount is the one meant, even before the amount is left.
        for (const auto& [p, e] : m_relationshipValues)
            if (p == "amount")
                if (auto a = parseAmountInput(e->text()); a && !a->currency.isEmpty())
                    return a->currency;
        return edit->text().trimmed().toUpper();
    }
    return dateEntryValue(edit);
}

void FindingForm::amountEdited(QLineEdit* edit)
{
    // "1.2m USD" shows as 1200000 and USD in the currency field, where it can be changed.
    for (const auto& [prop, e] : m_relationshipValues) {
        if (e != edit || prop != "amount")
            continue;
        auto a = parseAmountInput(edit->text());
        if (!a)
            return;
        if (edit->text() != a->amount)
            edit->setText(a->amount);
        if (a->currency.isEmpty())
            return;
        for (const auto& [p, currency] : m_relationshipValues)
            if (p == "currency")
                currency->setText(a->currency);
    }
}

void FindingForm::showError(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString FindingForm::errorText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

store::FindingRecord FindingForm::recordFromFields() const
{
    store::FindingRecord f = m_loaded;
    f.title = ss(m_title->text());
    f.date = ss(dateEntryValue(m_date));
    f.text = m_text->toPlainText().trimmed().toStdString();
    f.country = ss(m_country->text());
    f.theme = ss(m_theme->currentData().toString());
    f.dataset = ss(m_dataset->currentText());
    f.sensitivity = store::Sensitivity(m_sensitivity->currentData().toInt());
    f.tactics.clear();
    for (int i = 0; i < m_tactics->count(); ++i) {
        auto* item = m_tactics->item(i);
        if (item->checkState() == Qt::Checked)
            f.tactics.push_back(ss(item->data(kKeyRole).toString()));
    }
    f.entities.clear();
    for (const auto& a : m_actorData)
        if (!a.isNew)
            f.entities.push_back(ss(a.id));
    f.sources.clear();
    for (const auto& s : m_sourceData)
        if (!s.key.isEmpty())
            f.sources.push_back(ss(s.key));
    return f;
}

std::optional<store::NewEntity> FindingForm::relationshipFromFields() const
{
    const QString rel = m_relationship->currentData().toString();
    if (rel.isEmpty())
        return std::nullopt;
    const auto& edge = *model::Model::builtin().schema(ss(rel))->edge();
    store::NewEntity e;
    e.schema = ss(rel);
    e.values.push_back({edge.source, ss(m_sourceEnd->currentData().toString())});
    e.values.push_back({edge.target, ss(m_targetEnd->currentData().toString())});
    for (const auto& [prop, edit] : m_relationshipValues) {
        const QString value = relationshipValue(prop, edit);
        if (!value.isEmpty())
            e.values.push_back({prop, ss(value)});
    }
    return e;
}

bool FindingForm::buildAmendment(store::FindingAmendment& out) const
{
    out = {};
    out.finding = recordFromFields();
    for (const auto& s : m_sourceData)
        if (s.key.isEmpty())
            out.newSources.push_back(s.fresh);
    for (const auto& a : m_actorData)
        if (a.isNew)
            out.newEntities.push_back({ss(a.id), ss(a.schema), {{"name", ss(a.name)}}});
    const QString rel = m_relationship->currentData().toString();
    if (!m_relId.isEmpty() && rel == m_relSchema) {
        // The same relationship: it stays linked; what was changed in its fields is set.
        out.finding.entities.push_back(ss(m_relId));
        store::EntityValues values;
        values.entity = ss(m_relId);
        std::vector<std::pair<std::string, QString>> now;
        const auto& edge = *model::Model::builtin().schema(ss(rel))->edge();
        now.emplace_back(edge.source, m_sourceEnd->currentData().toString());
        now.emplace_back(edge.target, m_targetEnd->currentData().toString());
        for (const auto& [prop, edit] : m_relationshipValues)
            now.emplace_back(prop, relationshipValue(prop, edit));
        for (const auto& [prop, value] : now) {
            auto loaded = std::find_if(m_relLoaded.begin(), m_relLoaded.end(),
                                       [&](const auto& l) { return l.first == prop; });
            if (loaded == m_relLoaded.end() || loaded->second.trimmed() != value)
                values.values.emplace_back(prop, ss(value));
        }
        if (!values.values.empty())
            out.values.push_back(std::move(values));
    } else {
        // Another type, or none: the old relationship is unlinked (it stays in the workspace).
        out.relationship = relationshipFromFields();
    }
    // Links kept in the order they were, so an unchanged finding compares equal.
    auto sameSet = [](std::vector<std::string> a, std::vector<std::string> b) {
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return a == b;
    };
    const store::FindingRecord& f = out.finding;
    const bool fieldsSame =
        f.title == model::trim(m_loaded.title) && f.date == m_loaded.date &&
        f.text == m_loaded.text &&
        (f.country.empty()
             ? m_loaded.country.empty()
             : model::countryCode(f.country).value_or(f.country) == m_loaded.country) &&
        f.theme == m_loaded.theme && f.dataset == m_loaded.dataset &&
        f.sensitivity == m_loaded.sensitivity && sameSet(f.tactics, m_loaded.tactics) &&
        sameSet(f.entities, m_loaded.entities) && f.sources == m_loaded.sources;
    return !fieldsSame || !out.newSources.empty() || !out.newEntities.empty() || out.relationship ||
           !out.values.empty();
}

bool FindingForm::isModified() const
{
    if (m_editKey.isEmpty() || !m_ws)
        return false;
    store::FindingAmendment a;
    return buildAmendment(a) ||
           (m_newSourceBox->isVisible() && !m_srcTitle->text().trimmed().isEmpty());
}

bool FindingForm::hasUnsavedInput() const
{
    if (!m_ws)
        return false;
    if (!m_editKey.isEmpty())
        return isModified();
    // A new finding: anything typed or chosen beyond what the form fills in itself (the date).
    for (const QLineEdit* e : {m_title, m_country, m_srcTitle, m_srcUrl}) {
        if (!e->text().trimmed().isEmpty())
            return true;
    }
    if (!m_text->toPlainText().trimmed().isEmpty() || m_actors->count() > 0 ||
        m_sources->count() > 0 || m_theme->currentIndex() > 0 || m_relationship->currentIndex() > 0)
        return true;
    for (int i = 0; i < m_tactics->count(); ++i) {
        if (m_tactics->item(i)->checkState() == Qt::Checked)
            return true;
    }
    return false;
}

QList<Suggestion> FindingForm::actorSuggestions(const QString& text) const
{
    QList<Suggestion> out;
    if (!m_ws)
        return out;
    if (text.isEmpty())
        return recent().actors; // Down in an empty field
    if (auto rows = store::Catalog(*m_ws).completeEntities(ss(text), 8)) {
        for (const auto& r : *rows)
            out.append({qs(r.caption), qs(r.id), schemaLabel(r.schema)});
    }
    // The recently used first.
    std::stable_partition(out.begin(), out.end(), [this](const Suggestion& s) {
        return std::any_of(recent().actors.begin(), recent().actors.end(),
                           [&](const Suggestion& r) { return r.id == s.id; });
    });
    return out;
}

QList<Suggestion> FindingForm::sourceSuggestions(const QString& text) const
{
    QList<Suggestion> out;
    if (!m_ws)
        return out;
    if (text.isEmpty())
        return recent().sources;
    if (looksLikeFile(text))
        return out; // a file makes a new source
    if (auto rows = store::Catalog(*m_ws).sources(ss(text), 0, 8, false)) {
        for (const auto& r : *rows)
            out.append({qs(r.source.title), qs(r.source.key),
                        gradingText(r.source.reliability, r.source.credibility)});
    }
    std::stable_partition(out.begin(), out.end(), [this](const Suggestion& s) {
        return std::any_of(recent().sources.begin(), recent().sources.end(),
                           [&](const Suggestion& r) { return r.id == s.id; });
    });
    return out;
}

void FindingForm::remember(QList<Suggestion>& list, const Suggestion& s)
{
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == s.id) {
            list.removeAt(i);
            break;
        }
    list.prepend(s);
    while (list.size() > 6)
        list.removeLast();
}

bool FindingForm::save()
{
    if (!m_ws)
        return false;
    // A source typed in the new-source fields but not yet added is added now.
    if (m_newSourceBox->isVisible() && !m_srcTitle->text().trimmed().isEmpty() && !addNewSource())
        return false;
    store::FindingRecord f = recordFromFields();
    if (f.title.empty()) {
        showError(tr("A finding needs a title."));
        m_title->setFocus();
        return false;
    }
    if (!f.country.empty() && !model::countryCode(f.country)) {
        showError(tr("Unknown country \"%1\".").arg(qs(f.country)));
        m_country->setFocus();
        return false;
    }
    QString error;
    QString key;
    std::vector<std::string> newSourceKeys;
    if (!m_editKey.isEmpty()) {
        store::FindingAmendment amendment;
        if (!buildAmendment(amendment)) {
            showError({});
            return true; // nothing changed: nothing to save, nothing to undo
        }
        auto* command = new AmendFindingCommand(m_ws, std::move(amendment));
        if (Status st = command->apply(); !st) {
            error = qs(st.error().message);
            delete command;
        } else {
            for (const auto& s : command->amendment().newSources)
                newSourceKeys.push_back(s.record.key);
            key = m_editKey;
            if (m_stack)
                m_stack->push(command); // already applied: the first redo() does nothing
            else
                delete command;
        }
    } else {
        store::FindingDraft draft;
        draft.finding = f;
        for (const auto& s : m_sourceData)
            if (s.key.isEmpty())
                draft.newSources.push_back(s.fresh);
        for (const auto& a : m_actorData)
            if (a.isNew)
                draft.newEntities.push_back({ss(a.id), ss(a.schema), {{"name", ss(a.name)}}});
        draft.relationship = relationshipFromFields();
        auto* command = new RecordFindingCommand(m_ws, std::move(draft));
        if (Status st = command->apply(); !st) {
            error = qs(st.error().message);
            delete command;
        } else {
            key = command->findingKey();
            for (const auto& s : command->draft().newSources)
                newSourceKeys.push_back(s.record.key);
            if (m_stack)
                m_stack->push(command); // already applied: the first redo() does nothing
            else
                delete command;
        }
    }
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    showError({});
    // What was used is offered first next time.
    for (auto a = m_actorData.crbegin(); a != m_actorData.crend(); ++a)
        remember(recent().actors, {a->name, a->id, schemaLabel(a->schema.toStdString())});
    std::size_t fresh = 0;
    QList<Suggestion> usedSources;
    for (const auto& s : m_sourceData) {
        const QString sourceKey =
            s.key.isEmpty()
                ? (fresh < newSourceKeys.size() ? qs(newSourceKeys[fresh++]) : QString())
                : s.key;
        if (sourceKey.isEmpty())
            continue;
        QString title = qs(s.fresh.record.title);
        if (!s.key.isEmpty()) {
            auto r = store::Catalog(*m_ws).source(ss(sourceKey));
            title = r ? qs(r->title) : sourceKey;
        }
        usedSources.append({title, sourceKey, QString()});
    }
    for (auto it = usedSources.crbegin(); it != usedSources.crend(); ++it)
        remember(recent().sources, *it); // the first cited ends on top
    for (int i = m_tactics->count() - 1; i >= 0; --i) {
        if (m_tactics->item(i)->checkState() != Qt::Checked)
            continue;
        const QString tactic = m_tactics->item(i)->data(kKeyRole).toString();
        recent().tactics.removeAll(tactic);
        recent().tactics.prepend(tactic);
    }
    while (recent().tactics.size() > 6)
        recent().tactics.removeLast();
    for (const auto& [prop, edit] : m_relationshipValues)
        if (prop == "currency" && !relationshipValue(prop, edit).isEmpty())
            recent().currency = relationshipValue(prop, edit);
    emit saved(key);
    emit changed();
    if (m_editKey.isEmpty()) {
        // Keep the dataset and sensitivity for the next finding: researchers enter in series.
        const QString dataset = m_dataset->currentText();
        const int level = m_sensitivity->currentIndex();
        recent().dataset = dataset.trimmed();
        recent().sensitivity = m_sensitivity->currentData().toInt();
        reloadChoices();
        newFinding();
        m_dataset->setCurrentText(dataset);
        m_sensitivity->setCurrentIndex(level);
    } else {
        editFinding(m_editKey);
    }
    return true;
}

void FindingForm::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit cancelled();
        return;
    }
    if (event->key() == Qt::Key_Delete) {
        if (m_actors->hasFocus()) {
            removeSelected(m_actors);
            return;
        }
        if (m_sources->hasFocus()) {
            removeSelected(m_sources);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace commonplace::ui
