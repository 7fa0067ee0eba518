// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

class QComboBox;
class QLineEdit;

namespace commonplace::ui {

/**
 * Short forms of a date, read unambiguously and written back as an ISO date of the precision
 * typed (YYYY, YYYY-MM or YYYY-MM-DD): "2020", "2020-3", "3.2020", "2020-3-15", "20200315",
 * "15.3.2020" / "3/15/2020" (day and month in the order of `locale` when both could be either),
 * "15" (that day of the month in `context`, else of today's month), "15.3" (that day in the
 * year of `context`, else this year), "t" or the word for today, "+3" / "-3" days from today.
 * Returns "" for empty input and nullopt when `typed` is not a date.
 */
std::optional<QString> parseDateInput(const QString& typed, const QString& context = {},
                                      const QLocale& locale = QLocale(),
                                      const QDate& today = QDate::currentDate());

/** An amount with its currency as typed in one field: "50k", "1.2m USD", "EUR 50,000". */
struct AmountInput
{
    QString amount;   ///< plain digits with an optional '.' decimal part: "1200000"
    QString currency; ///< ISO 4217 code in capitals, empty when none was typed
};

/**
 * Reads an amount: digits with group separators and a decimal separator of `locale` (or '.'),
 * an optional k/m/bn multiplier and an ISO currency code before or after (or €/£). nullopt
 * when it is not one.
 */
std::optional<AmountInput> parseAmountInput(const QString& typed,
                                            const QLocale& locale = QLocale());

/** True for a known ISO 4217 currency code ("USD", "EUR", ...). */
bool isCurrencyCode(const QString& code);

/**
 * Makes a date line edit take the short forms: the month or year shown when it receives the
 * focus is the context of a day typed alone, and what was typed is shown back in ISO when it
 * loses the focus (left as typed, to be refused with a message, when it is not a date).
 */
void installDateEntry(QLineEdit* edit);

/** What the short forms of a date are, for a date field's tooltip. */
QString dateEntryHelp();

/** Turns the short forms of installDateEntry() on or off (for fields reused by types). */
void setDateEntryEnabled(QLineEdit* edit, bool enabled);

/** The ISO date of a line edit made with installDateEntry() (as typed when not a date). */
QString dateEntryValue(const QLineEdit* edit);

/**
 * The creation date a PDF file states about itself (its document information /CreationDate,
 * else its XMP xmp:CreateDate), as an ISO date; empty when the file is not a PDF or says none.
 * Only the first and last megabyte are read (where PDF writers put them uncompressed).
 */
QString pdfCreationDate(const QString& path);

/**
 * Score of `label` for what was typed into a filter: 0 when it does not match; higher for a
 * match at the start, then at a word start, then by initials ("lp" for "local proxies"),
 * then by word prefixes in order ("loc prox"), then anywhere.
 */
int matchScore(const QString& label, const QString& typed);

/**
 * Typing a digit 1-6 in a reliability combo box (A-F) sets `credibility` to it and moves
 * there: a grading is typed as it is written, "A2".
 */
void installGradingEntry(QComboBox* reliability, QComboBox* credibility);

} // namespace commonplace::ui
