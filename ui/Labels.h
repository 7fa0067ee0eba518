// SPDX-License-Identifier: GPL-3.0-or-later
// How core's names read to a person: schema and property labels from the model, sensitivity
// levels, Admiralty gradings.
#pragma once

#include "store/Types.h"

#include <QString>

#include <string>

namespace commonplace::ui {

/** "Person" for "Person"; the schema name itself when the model does not know it. */
QString schemaLabel(const std::string& schema);
/** "People" for "Person". */
QString schemaPlural(const std::string& schema);
/** The label of a property of a schema ("Payer" for Payment.payer); the name when unknown. */
QString propertyLabel(const std::string& schema, const std::string& property);
/** True when the property's values are ids of other entities. */
bool isEntityProperty(const std::string& schema, const std::string& property);
/**
 * A value as a person reads it: coded values in words with the code ("Kenya (ke)"), numbers
 * of number-typed properties with digit grouping ("1,085,000"), anything else as stored.
 */
QString displayValue(const std::string& schema, const std::string& property,
                     const std::string& value);
/** True when the schema's name comes from a number (a Payment's amount). */
bool captionIsNumber(const std::string& schema);
/**
 * An ISO date ("2011-12-29", "2011-12", "2011", or a timestamp) as the UI's language writes it
 * ("29 décembre 2011"); unchanged in English (ISO is unambiguous) and when not a date.
 */
QString formatDate(const QString& text);
/** "1085000" -> "1,085,000" in the user's locale; the text unchanged when not a number. */
QString formatNumber(const QString& text);

QString sensitivityLabel(store::Sensitivity sensitivity);
/**
 * A tactic or theme's label (or description) as the UI's language has it: the default ones
 * (resources/taxonomy) translated, those a user added or edited as stored.
 */
QString taxonomyLabel(const std::string& label);
/** "B2", "B?" or "?2"; empty when the source has no grading. */
QString gradingText(const std::string& reliability, int credibility);
/** What a grading means, e.g. "Reliability B: usually reliable. Credibility 2: probably true." */
QString gradingDescription(const std::string& reliability, int credibility);

} // namespace commonplace::ui
