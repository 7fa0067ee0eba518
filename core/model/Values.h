// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"

#include <optional>
#include <string>
#include <string_view>

namespace commonplace::model {

/**
 * Checks a value already in FollowTheMoney's clean form (as found in FtM JSON) against its
 * type. Returns nullopt when it is acceptable, else a short reason ("'2019-13-01' is not an
 * ISO date"). Free-text types accept anything.
 */
std::optional<std::string> validate(const PropertyType& type, std::string_view value);

/** Options for turning raw spreadsheet text into clean values. */
struct CleanOptions
{
    /** strptime-like date format for Date values ("%d.%m.%Y"); empty means ISO input. */
    std::string dateFormat;
};

/**
 * Turns raw text (a CSV cell) into the clean form of its type: trims white space, maps
 * country names in many languages to ISO codes, parses dates with `dateFormat`.
 * Returns nullopt when nothing usable remains (an empty cell, an unknown country name).
 */
std::optional<std::string> clean(const PropertyType& type, std::string_view raw,
                                 const CleanOptions& options = {});

/** ISO code for a country name or code in any common language, or nullopt. */
std::optional<std::string> countryCode(std::string_view nameOrCode);

/** True if `s` is an ISO 8601 date prefix as FtM allows (2021, 2021-02, 2021-02-16T21:48...). */
bool isDatePrefix(std::string_view s);

/** Trims ASCII and Unicode white space at both ends; collapses nothing inside. */
std::string_view trim(std::string_view s);

} // namespace commonplace::model
