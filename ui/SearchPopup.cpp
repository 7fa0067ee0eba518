// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchPopup.h"

#include "Labels.h"
#include "SearchWorker.h"

#include <QApplication>
#include <QFocusEvent>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace commonplace::ui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kKeyRole = Qt::UserRole + 2;
// Short enough to feel instant, long enough not to query every key of a fast typist.
constexpr int kDelayMs = 60;

QString fromCore(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

SearchPopup::SearchPopup(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("searchPopup"));
    setAccessibleName(tr("Search everything"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    hide();

    m_worker = new SearchWorker(this);
    connect(m_worker, &SearchWorker::finished, this, &SearchPopup::showResults);
    connect(m_worker, &SearchWorker::failed, this, [this](quint64 serial, const QString& message) {
        if (serial != m_pending)
            return;
        m_openWhenShown = false;
        m_status->setText(tr("Search failed: %1").arg(message));
    });

    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("globalSearchLineEdit"));
    m_edit->setAccessibleName(tr("Search everything"));
    m_edit->setPlaceholderText(tr("Search actors, relationships, findings and sources…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->addAction(QIcon(QStringLiteral(":/ui/icons/search.svg")), QLineEdit::LeadingPosition);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_openWhenShown = false; // Enter meant the text as it was
        m_delay.start();
    });

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchPopup::textChanged);

    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnCount(2);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setIndentation(8);
    m_results->setUniformRowHeights(true);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the box
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_results, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { activate(item); });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_edit);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    parent->installEventFilter(this);
}

void SearchPopup::setWorkspacePath(const QString& path, crypto::DataKeyHandle key)
{
    m_worker->setWorkspacePath(path, std::move(key));
    m_results->clear();
    m_shownText.clear();
    m_openWhenShown = false;
}

void SearchPopup::popup()
{
    place();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (m_results->topLevelItemCount() == 0)
        m_status->setText(tr("Type a name, an alias or words of a finding. Enter opens the "
                             "result, Escape closes."));
}

bool SearchPopup::isUpToDate() const
{
    return !m_delay.isActive() && m_shownText == m_edit->text().trimmed() &&
           m_pending == m_worker->latestSerial();
}

void SearchPopup::searchNow()
{
    m_delay.stop();
    textChanged();
}

void SearchPopup::place()
{
    QWidget* host = parentWidget();
    const int width = std::min(host->width() - 40, 720);
    const int height = std::min(host->height() - 80, 520);
    setGeometry((host->width() - width) / 2, 48, width, height);
}

void SearchPopup::textChanged()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_pending = 0;
        m_openWhenShown = false;
        m_results->clear();
        m_shownText.clear();
        m_status->clear();
        return;
    }
    m_pending = m_worker->search(text, kPerGroup);
}

void SearchPopup::showResults(quint64 serial, const QString& text,
                              const store::SearchGroups& groups, double milliseconds)
{
    // A slower, older query that finishes late must not replace newer results.
    if (serial != m_pending)
        return;
    m_results->clear();
    const QList<std::tuple<QString, QString, const std::vector<store::SearchHit>*>> sections = {
        {tr("Actors"), QStringLiteral("entity"), &groups.actors},
        {tr("Relationships"), QStringLiteral("entity"), &groups.relationships},
        {tr("Findings"), QStringLiteral("finding"), &groups.findings},
        {tr("Sources"), QStringLiteral("source"), &groups.sources},
    };
    QTreeWidgetItem* first = nullptr;
    int count = 0;
    for (const auto& [title, kind, hits] : sections) {
        if (hits->empty())
            continue;
        auto* header = new QTreeWidgetItem(m_results, {title});
        header->setFlags(Qt::ItemIsEnabled);
        QFont bold = header->font(0);
        bold.setBold(true);
        header->setFont(0, bold);
        header->setForeground(0, palette().brush(QPalette::PlaceholderText));
        for (const store::SearchHit& hit : *hits) {
            QString name = fromCore(hit.caption);
            QString type;
            if (kind == QLatin1String("entity")) {
                type = schemaLabel(hit.schema);
                if (name.isEmpty() || hit.caption == hit.id)
                    name = tr("(%1)").arg(type);
            } else if (kind == QLatin1String("finding")) {
                type = tr("Finding");
            } else {
                type = tr("Source");
            }
            auto* item = new QTreeWidgetItem(header, {name, type});
            item->setData(0, kKindRole, kind);
            item->setData(0, kKeyRole, fromCore(hit.id));
            const QString snippet = fromCore(hit.snippet).simplified();
            if (!snippet.isEmpty() && snippet != name)
                item->setToolTip(0, snippet);
            item->setData(0, Qt::AccessibleTextRole, tr("%1, %2").arg(name, type));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
            if (!first)
                first = item;
            ++count;
        }
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    m_shownText = text;
    const QLocale locale;
    if (count == 0)
        m_status->setText(tr("Nothing found for “%1”.").arg(text));
    else
        m_status->setText(tr("%n results in %1 ms. Enter opens the selected one.", nullptr, count)
                              .arg(locale.toString(milliseconds, 'f', 1)));
    emit resultsShown();
    if (m_openWhenShown) {
        m_openWhenShown = false;
        activate(m_results->currentItem()); // nothing found: nothing opens, the popup stays
    }
}

void SearchPopup::hideEvent(QHideEvent* event)
{
    m_openWhenShown = false;
    QFrame::hideEvent(event);
}

void SearchPopup::activate(QTreeWidgetItem* item)
{
    if (!item || item->data(0, kKindRole).toString().isEmpty())
        return;
    const QString kind = item->data(0, kKindRole).toString();
    const QString key = item->data(0, kKeyRole).toString();
    hide();
    emit activated(kind, key);
}

void SearchPopup::moveSelection(int delta)
{
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_results->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            items << group->child(j);
    }
    if (items.isEmpty())
        return;
    int index = int(items.indexOf(m_results->currentItem()));
    index = index < 0 ? 0 : std::clamp(index + delta, 0, int(items.size()) - 1);
    m_results->setCurrentItem(items[index]);
    m_results->scrollToItem(items[index]);
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget()) {
        if (event->type() == QEvent::Resize && isVisible())
            place();
        return false;
    }
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(5);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-5);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter before the results caught up with the typing: search now, then open.
            // One pending open however often Enter is pressed; a search already running for
            // this text is not asked again.
            if (!isUpToDate() && !m_edit->text().trimmed().isEmpty()) {
                if (m_delay.isActive() || !m_openWhenShown)
                    searchNow();
                m_openWhenShown = true;
                return true;
            }
            activate(m_results->currentItem());
            return true;
        case Qt::Key_Escape:
            hide();
            if (parentWidget())
                parentWidget()->setFocus(Qt::OtherFocusReason);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace commonplace::ui
