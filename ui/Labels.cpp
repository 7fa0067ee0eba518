// SPDX-License-Identifier: GPL-3.0-or-later
#include "Labels.h"

#include "EntityName.h"

#include "model/Model.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <unicode/uloc.h>

#include <array>

namespace commonplace::ui {

namespace {

const model::Property* findProperty(const std::string& schema, const std::string& property)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    return s ? s->property(property) : nullptr;
}

/** ICU's name of a country or language in the UI's language; empty when ICU has none. */
QString icuName(model::TypeKind kind, const std::string& code)
{
    const QByteArray display = QLocale().name().toLatin1();
    std::array<UChar, 256> buffer{};
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    if (kind == model::TypeKind::Country) {
        // Only ISO 3166 codes: ICU reads "ge-ab" (Abkhazia) as Georgia, "zz" as unknown.
        if (code.size() != 2 || code == "zz")
            return {};
        const std::string locale = "und_" + code;
        length = uloc_getDisplayCountry(locale.c_str(), display.constData(), buffer.data(),
                                        int32_t(buffer.size()), &status);
    } else {
        length = uloc_getDisplayLanguage(code.c_str(), display.constData(), buffer.data(),
                                         int32_t(buffer.size()), &status);
    }
    if (U_FAILURE(status) || length <= 0)
        return {};
    const QString name =
        QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer.data()), length);
    // ICU hands back the code itself when it knows no name for it.
    if (name.compare(QString::fromStdString(code), Qt::CaseInsensitive) == 0)
        return {};
    return name;
}

/**
 * The label of a coded value in the UI's language: countries and languages from ICU, genders
 * from the catalogue; the model's English label otherwise (and in English).
 */
QString vocabularyLabel(const model::PropertyType& type, const std::string& code,
                        const std::string& english)
{
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (type.kind == model::TypeKind::Country || type.kind == model::TypeKind::Language) {
            if (QString name = icuName(type.kind, code); !name.isEmpty())
                return name;
        } else if (type.kind == model::TypeKind::Gender) {
            if (code == "female")
                return QCoreApplication::translate("Labels", "female");
            if (code == "male")
                return QCoreApplication::translate("Labels", "male");
            if (code == "other")
                return QCoreApplication::translate("Labels", "other", "gender");
        }
    }
    return QString::fromStdString(english);
}

} // namespace

QString schemaLabel(const std::string& schema)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    if (!s || s->label().empty())
        return QString::fromStdString(schema);
    // The model's names are marked for translation in ModelStrings.cpp.
    return QCoreApplication::translate("Schema", s->label().c_str());
}

bool hasOwnName(const std::string& caption, const std::string& id)
{
    return !caption.empty() && caption != id;
}

QString entityName(const std::string& caption, const std::string& id, const std::string& schema)
{
    return hasOwnName(caption, id) ? QString::fromStdString(caption) : schemaLabel(schema);
}

QString schemaPlural(const std::string& schema)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    if (s && !s->plural().empty())
        return QCoreApplication::translate("Schema", s->plural().c_str());
    return schemaLabel(schema);
}

QString propertyLabel(const std::string& schema, const std::string& property)
{
    const model::Property* p = findProperty(schema, property);
    if (!p || p->label.empty())
        return QString::fromStdString(property);
    return QCoreApplication::translate("Property", p->label.c_str());
}

bool isEntityProperty(const std::string& schema, const std::string& property)
{
    const model::Property* p = findProperty(schema, property);
    return p && p->type && p->type->kind == model::TypeKind::Entity;
}

QString formatNumber(const QString& text)
{
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!plain.match(text).hasMatch())
        return text;
    const QLocale locale;
    const int dot = text.indexOf(QLatin1Char('.'));
    bool ok = false;
    const qlonglong whole = text.left(dot < 0 ? text.size() : dot).toLongLong(&ok);
    if (!ok)
        return text;
    // Keep the decimals exactly as written: amounts must not be rounded for display.
    QString out = locale.toString(whole);
    if (whole == 0 && text.startsWith(QLatin1Char('-')))
        out.prepend(locale.negativeSign());
    if (dot >= 0) {
        // Digit by digit, so locales with their own digits (Arabic) write the decimals alike.
        out += locale.decimalPoint();
        for (const QChar digit : text.mid(dot + 1))
            out += locale.toString(digit.digitValue());
    }
    return out;
}

QString formatDate(const QString& text)
{
    const QLocale locale;
    // English keeps ISO dates: unambiguous for partners on both sides of the Atlantic.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return text;
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ][0-9:.]+Z?)?$"));
    const QRegularExpressionMatch match = iso.match(text);
    if (!match.hasMatch())
        return text;
    const int year = match.captured(1).toInt();
    const int month = match.capturedLength(2) ? match.captured(2).toInt() : 0;
    const int day = match.capturedLength(3) ? match.captured(3).toInt() : 0;
    if (month == 0)
        return locale.toString(year).remove(locale.groupSeparator());
    const QDate date(year, month, day == 0 ? 1 : day);
    if (!date.isValid())
        return text;
    if (day == 0)
        return locale.toString(date, QStringLiteral("MMMM yyyy"));
    // The language's long date without the weekday: "29 décembre 2011", "29 de diciembre de 2011".
    static const QRegularExpression weekday(QStringLiteral("d{4}[^dMy']*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString displayValue(const std::string& schema, const std::string& property,
                     const std::string& value)
{
    const QString raw = QString::fromStdString(value);
    const model::Property* p = findProperty(schema, property);
    if (!p || !p->type)
        return raw;
    if (p->type->kind == model::TypeKind::Number)
        return formatNumber(raw);
    if (p->type->kind == model::TypeKind::Date)
        return formatDate(raw);
    if (auto it = p->type->values.find(value); it != p->type->values.end()) {
        const QString label = vocabularyLabel(*p->type, value, it->second);
        if (label.compare(raw, Qt::CaseInsensitive) == 0)
            return label;
        return QCoreApplication::translate("Labels", "%1 (%2)").arg(label, raw);
    }
    return raw;
}

bool captionIsNumber(const std::string& schema)
{
    const model::Schema* s = model::Model::builtin().schema(schema);
    if (!s || s->caption().empty())
        return false;
    const model::Property* p = s->property(s->caption().front());
    return p && p->type && p->type->kind == model::TypeKind::Number;
}

QString taxonomyLabel(const std::string& label)
{
    // The defaults are marked for translation in ModelStrings.cpp; any other label is not in
    // the catalogue and comes back as it is.
    return QCoreApplication::translate("Taxonomy", label.c_str());
}

QString sensitivityLabel(store::Sensitivity sensitivity)
{
    switch (sensitivity) {
    case store::Sensitivity::Public:
        return QCoreApplication::translate("Labels", "Public");
    case store::Sensitivity::Coalition:
        return QCoreApplication::translate("Labels", "Coalition");
    case store::Sensitivity::Internal:
        return QCoreApplication::translate("Labels", "Internal");
    case store::Sensitivity::Restricted:
        return QCoreApplication::translate("Labels", "Restricted");
    }
    return {};
}

QString gradingText(const std::string& reliability, int credibility)
{
    if (reliability.empty() && credibility == 0)
        return {};
    QString text = reliability.empty() ? QStringLiteral("?") : QString::fromStdString(reliability);
    text += credibility > 0 ? QString::number(credibility) : QStringLiteral("?");
    return text;
}

QString gradingDescription(const std::string& reliability, int credibility)
{
    static const char* const kReliability[] = {
        QT_TRANSLATE_NOOP("Labels", "completely reliable"),
        QT_TRANSLATE_NOOP("Labels", "usually reliable"),
        QT_TRANSLATE_NOOP("Labels", "fairly reliable"),
        QT_TRANSLATE_NOOP("Labels", "not usually reliable"),
        QT_TRANSLATE_NOOP("Labels", "unreliable"),
        QT_TRANSLATE_NOOP("Labels", "reliability cannot be judged"),
    };
    static const char* const kCredibility[] = {
        QT_TRANSLATE_NOOP("Labels", "confirmed by other sources"),
        QT_TRANSLATE_NOOP("Labels", "probably true"),
        QT_TRANSLATE_NOOP("Labels", "possibly true"),
        QT_TRANSLATE_NOOP("Labels", "doubtful"),
        QT_TRANSLATE_NOOP("Labels", "improbable"),
        QT_TRANSLATE_NOOP("Labels", "truth cannot be judged"),
    };
    QStringList parts;
    if (reliability.size() == 1 && reliability[0] >= 'A' && reliability[0] <= 'F') {
        parts << QCoreApplication::translate("Labels", "Source reliability %1: %2.")
                     .arg(
                         QString::fromStdString(reliability),
                         QCoreApplication::translate("Labels", kReliability[reliability[0] - 'A']));
    }
    if (credibility >= 1 && credibility <= 6) {
        parts << QCoreApplication::translate("Labels", "Information credibility %1: %2.")
                     .arg(credibility)
                     .arg(QCoreApplication::translate("Labels", kCredibility[credibility - 1]));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace commonplace::ui
