// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Match.h"

#include <algorithm>
#include <cctype>

namespace commonplace::match {

std::optional<Judgement> parseJudgement(std::string_view text)
{
    std::string word(text);
    std::transform(word.begin(), word.end(), word.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (word == "yes" || word == "positive")
        return Judgement::Positive;
    if (word == "no" || word == "negative")
        return Judgement::Negative;
    if (word == "unsure")
        return Judgement::Unsure;
    return std::nullopt;
}

std::string_view toString(Judgement j)
{
    switch (j) {
    case Judgement::Positive:
        return "positive";
    case Judgement::Negative:
        return "negative";
    case Judgement::Unsure:
        return "unsure";
    }
    return "unsure";
}

} // namespace commonplace::match
