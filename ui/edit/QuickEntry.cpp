// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/QuickEntry.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace commonplace::ui {

namespace {

const char* const kContextProperty = "quickEntryDateContext";
const char* const kEnabledProperty = "quickEntryDate";

QString iso(int y, int m = 0, int d = 0)
{
    if (m == 0)
        return QStringLiteral("%1").arg(y, 4, 10, QLatin1Char('0'));
    if (d == 0)
        return QStringLiteral("%1-%2")
            .arg(y, 4, 10, QLatin1Char('0'))
            .arg(m, 2, 10, QLatin1Char('0'));
    return QDate(y, m, d).toString(Qt::ISODate);
}

std::optional<QString> day(int y, int m, int d)
{
    if (!QDate(y, m, d).isValid())
        return std::nullopt;
    return iso(y, m, d);
}

std::optional<QString> month(int y, int m)
{
    if (y < 1 || m < 1 || m > 12)
        return std::nullopt;
    return iso(y, m);
}

bool dayFirst(const QLocale& locale)
{
    const QString f = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = f.indexOf(QLatin1Char('d'));
    const qsizetype m = f.indexOf(QLatin1Char('M'));
    return d >= 0 && (m < 0 || d < m);
}

/** Day and month typed as a b: the locale's order when both readings are dates, else the one. */
std::optional<QString> dayMonth(int y, int a, int b, const QLocale& locale)
{
    auto asDayMonth = day(y, b, a);
    auto asMonthDay = day(y, a, b);
    if (asDayMonth && asMonthDay)
        return dayFirst(locale) ? asDayMonth : asMonthDay;
    return asDayMonth ? asDayMonth : asMonthDay;
}

} // namespace

std::optional<QString> parseDateInput(const QString& typed, const QString& context,
                                      const QLocale& locale, const QDate& today)
{
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QString();
    const QString lower = t.toLower();
    if (lower == QLatin1String("t") || lower == QLatin1String("today") ||
        //: The word for today typed in a date field instead of a date (t also works).
        lower == QCoreApplication::translate("commonplace::ui::QuickEntry", "today").toLower())
        return today.toString(Qt::ISODate);
    static const QRegularExpression relative(QStringLiteral("^([+-])(\\d{1,4})$"));
    if (auto m = relative.match(t); m.hasMatch()) {
        const int n = m.captured(2).toInt();
        return today.addDays(m.captured(1) == QLatin1String("+") ? n : -n).toString(Qt::ISODate);
    }
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})(?:[-./](\\d{1,2})(?:[-./](\\d{1,2}))?)?$"));
    if (auto m = ymd.match(t); m.hasMatch()) {
        const int y = m.captured(1).toInt();
        if (m.captured(2).isEmpty())
            return y > 0 ? std::optional<QString>(iso(y)) : std::nullopt;
        if (m.captured(3).isEmpty())
            return month(y, m.captured(2).toInt());
        return day(y, m.captured(2).toInt(), m.captured(3).toInt());
    }
    static const QRegularExpression basic(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    if (auto m = basic.match(t); m.hasMatch())
        return day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[./](\\d{4})$"));
    if (auto m = monthYear.match(t); m.hasMatch())
        return month(m.captured(2).toInt(), m.captured(1).toInt());
    static const QRegularExpression full(
        QStringLiteral("^(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})$"));
    if (auto m = full.match(t); m.hasMatch())
        return dayMonth(m.captured(4).toInt(), m.captured(1).toInt(), m.captured(3).toInt(),
                        locale);
    // Without a year (and without a month): the field's context, else today.
    int contextYear = today.year();
    int contextMonth = today.month();
    static const QRegularExpression ctx(QStringLiteral("^(\\d{4})(?:-(\\d{2}))?"));
    if (auto m = ctx.match(context.trimmed()); m.hasMatch()) {
        contextYear = m.captured(1).toInt();
        contextMonth = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    }
    static const QRegularExpression dayOnly(QStringLiteral("^(\\d{1,2})$"));
    if (auto m = dayOnly.match(t); m.hasMatch()) {
        if (contextMonth == 0)
            return std::nullopt; // a year alone gives no month for the day
        return day(contextYear, contextMonth, m.captured(1).toInt());
    }
    static const QRegularExpression dayAndMonth(QStringLiteral("^(\\d{1,2})[./](\\d{1,2})$"));
    if (auto m = dayAndMonth.match(t); m.hasMatch())
        return dayMonth(contextYear, m.captured(1).toInt(), m.captured(2).toInt(), locale);
    return std::nullopt;
}

bool isCurrencyCode(const QString& code)
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale& l : locales) {
            const QString c = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (c.size() == 3)
                out.insert(c);
        }
        // Codes no locale uses as its own but researchers meet in filings.
        for (const char* c : {"USD", "EUR", "GBP", "CHF", "XOF", "XAF", "XDR"})
            out.insert(QString::fromLatin1(c));
        return out;
    }();
    return codes.contains(code.toUpper());
}

std::optional<AmountInput> parseAmountInput(const QString& typed, const QLocale& locale)
{
    QString t = typed.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    AmountInput out;
    static const QRegularExpression codeFirst(QStringLiteral("^([A-Za-z]{3})\\s*(.+)$"));
    static const QRegularExpression codeLast(QStringLiteral("^(.+?)\\s*([A-Za-z]{3})$"));
    if (t.startsWith(QChar(0x20AC)) || t.endsWith(QChar(0x20AC))) {
        out.currency = QStringLiteral("EUR");
        t.remove(QChar(0x20AC));
    } else if (t.startsWith(QChar(0xA3)) || t.endsWith(QChar(0xA3))) {
        out.currency = QStringLiteral("GBP");
        t.remove(QChar(0xA3));
    } else if (auto m = codeFirst.match(t); m.hasMatch() && isCurrencyCode(m.captured(1))) {
        out.currency = m.captured(1).toUpper();
        t = m.captured(2);
    } else if (auto m2 = codeLast.match(t); m2.hasMatch() && isCurrencyCode(m2.captured(2))) {
        out.currency = m2.captured(2).toUpper();
        t = m2.captured(1);
    }
    t = t.trimmed();
    static const QRegularExpression number(
        QStringLiteral("^(\\d[\\d.,' \\x{00A0}\\x{202F}]*)\\s*(k|m|mn|mio|bn|b)?$"),
        QRegularExpression::CaseInsensitiveOption);
    auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1).trimmed();
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('\''));
    digits.remove(QChar(0xA0));
    digits.remove(QChar(0x202F));
    // The decimal separator: the last of '.' and ',' when both are there; otherwise the
    // locale's decimal point, or '.' typed once (a group separator is repeated or before 3).
    const qsizetype dot = digits.lastIndexOf(QLatin1Char('.'));
    const qsizetype comma = digits.lastIndexOf(QLatin1Char(','));
    QChar decimal;
    if (dot >= 0 && comma >= 0) {
        decimal = dot > comma ? QLatin1Char('.') : QLatin1Char(',');
    } else if (dot >= 0 || comma >= 0) {
        const QChar c = dot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const bool once = digits.count(c) == 1;
        const qsizetype at = digits.lastIndexOf(c);
        const bool threeAfter = digits.size() - at - 1 == 3;
        if (once && (!threeAfter || locale.decimalPoint() == QString(c)))
            decimal = c;
        if (once && threeAfter && c == QLatin1Char('.') && !m.captured(2).isEmpty())
            decimal = c; // "1.500m"
    }
    QString intPart = digits;
    QString fracPart;
    if (!decimal.isNull()) {
        const qsizetype at = digits.lastIndexOf(decimal);
        intPart = digits.left(at);
        fracPart = digits.mid(at + 1);
    }
    if (intPart.contains(QLatin1Char('.')) || intPart.contains(QLatin1Char(','))) {
        // Group separators: groups of three digits after the first ("1,250,000").
        static const QRegularExpression groups(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
        if (!groups.match(intPart).hasMatch())
            return std::nullopt;
    }
    intPart.remove(QLatin1Char('.'));
    intPart.remove(QLatin1Char(','));
    if (intPart.isEmpty() || fracPart.contains(QLatin1Char('.')) ||
        fracPart.contains(QLatin1Char(',')))
        return std::nullopt;
    const QString suffix = m.captured(2).toLower();
    int shift = 0;
    if (suffix == QLatin1String("k"))
        shift = 3;
    else if (suffix == QLatin1String("m") || suffix == QLatin1String("mn") ||
             suffix == QLatin1String("mio"))
        shift = 6;
    else if (suffix == QLatin1String("bn") || suffix == QLatin1String("b"))
        shift = 9;
    // Move the decimal point in the digits themselves: exact, no floating point.
    QString whole = intPart;
    QString frac = fracPart;
    for (int i = 0; i < shift; ++i) {
        if (!frac.isEmpty()) {
            whole += frac.front();
            frac.remove(0, 1);
        } else {
            whole += QLatin1Char('0');
        }
    }
    while (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        whole.remove(0, 1);
    while (!frac.isEmpty() && frac.back() == QLatin1Char('0'))
        frac.chop(1);
    out.amount = frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
    return out;
}

void installDateEntry(QLineEdit* edit)
{
    struct Filter : QObject
    {
        using QObject::QObject;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::FocusIn)
                watched->setProperty(kContextProperty, static_cast<QLineEdit*>(watched)->text());
            return false;
        }
    };
    edit->setProperty(kEnabledProperty, true);
    edit->installEventFilter(new Filter(edit));
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
        if (!edit->property(kEnabledProperty).toBool())
            return;
        const QString value = dateEntryValue(edit);
        if (value != edit->text())
            edit->setText(value);
        edit->setProperty(kContextProperty, value);
    });
}

QString dateEntryHelp()
{
    //: Tooltip of date fields. Keep 't' and the examples as they are: they are what is typed.
    return QCoreApplication::translate(
        "commonplace::ui::QuickEntry",
        "Short forms: 2020, 2020-3, 3.2020, 15.3.2020 or 3/15/2020 (in the order of your "
        "language), 20200315; 15 alone is that day of the month shown, 15.3 that day "
        "of the year shown; t is today, -3 three days ago. The date shows in ISO form "
        "(YYYY-MM-DD) when you leave the field.");
}

void setDateEntryEnabled(QLineEdit* edit, bool enabled)
{
    edit->setProperty(kEnabledProperty, enabled);
}

QString dateEntryValue(const QLineEdit* edit)
{
    if (!edit->property(kEnabledProperty).toBool())
        return edit->text().trimmed();
    const QString context = edit->property(kContextProperty).toString();
    if (auto d = parseDateInput(edit->text(), context))
        return *d;
    return edit->text().trimmed();
}

QString pdfCreationDate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kWindow = 1024 * 1024;
    QByteArray bytes = file.read(kWindow);
    if (!bytes.startsWith("%PDF-"))
        return {};
    if (file.size() > kWindow) {
        file.seek(std::max(kWindow, file.size() - kWindow));
        bytes += file.read(kWindow);
    }
    static const QRegularExpression info(
        QStringLiteral("/CreationDate\\s*\\(D:(\\d{4})(\\d{2})?(\\d{2})?"));
    static const QRegularExpression xmp(
        QStringLiteral("<xmp:CreateDate>(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?"));
    const QString text = QString::fromLatin1(bytes);
    for (const QRegularExpression* re : {&info, &xmp}) {
        auto m = re->match(text);
        if (!m.hasMatch())
            continue;
        const int y = m.captured(1).toInt();
        const int mo = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        const int d = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
        std::optional<QString> out = mo == 0  ? std::optional<QString>(iso(y))
                                     : d == 0 ? month(y, mo)
                                              : day(y, mo, d);
        if (out && y >= 1900)
            return *out;
    }
    return {};
}

int matchScore(const QString& label, const QString& typed)
{
    const QString q = typed.trimmed().toLower();
    if (q.isEmpty())
        return 1;
    const QString l = label.toLower();
    if (l.startsWith(q))
        return 500;
    static const QRegularExpression split(QStringLiteral("[^\\w]+"));
    const QStringList words = l.split(split, Qt::SkipEmptyParts);
    for (const QString& w : words)
        if (w.startsWith(q))
            return 400;
    if (!q.contains(QLatin1Char(' ')) && q.size() >= 2) {
        QString initials;
        for (const QString& w : words)
            initials += w.front();
        if (initials.startsWith(q))
            return 300;
        if (initials.contains(q))
            return 250;
    }
    const QStringList tokens = q.split(split, Qt::SkipEmptyParts);
    if (tokens.size() > 1) {
        qsizetype at = 0;
        bool all = true;
        for (const QString& token : tokens) {
            while (at < words.size() && !words[at].startsWith(token))
                ++at;
            if (at == words.size()) {
                all = false;
                break;
            }
            ++at;
        }
        if (all)
            return 200;
    }
    return l.contains(q) ? 100 : 0;
}

void installGradingEntry(QComboBox* reliability, QComboBox* credibility)
{
    struct Filter : QObject
    {
        QComboBox* credibility;
        Filter(QObject* parent, QComboBox* c)
            : QObject(parent)
            , credibility(c)
        {}
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() != QEvent::KeyPress)
                return false;
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
                return false;
            const QString text = key->text();
            if (text.size() != 1 || text[0] < QLatin1Char('1') || text[0] > QLatin1Char('6'))
                return false;
            const int index = credibility->findData(text.toInt());
            if (index < 0)
                return false;
            credibility->setCurrentIndex(index);
            credibility->setFocus(Qt::TabFocusReason);
            return true;
        }
    };
    reliability->installEventFilter(new Filter(reliability, credibility));
}

} // namespace commonplace::ui
