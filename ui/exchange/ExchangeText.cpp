// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeText.h"

#include <QStringList>

namespace commonplace::ui {

QString ExchangeText::trustLabel(std::optional<crypto::TrustState> state)
{
    if (!state)
        return tr("Unknown key");
    switch (*state) {
    case crypto::TrustState::Trusted:
        return tr("Trusted");
    case crypto::TrustState::Untrusted:
        return tr("Not yet trusted");
    case crypto::TrustState::Revoked:
        return tr("Revoked");
    }
    return tr("Unknown key");
}

QString ExchangeText::groups(const std::string& fingerprint)
{
    return QString::fromStdString(crypto::fingerprintGroups(fingerprint));
}

QString ExchangeText::words(const std::string& fingerprint)
{
    return QString::fromStdString(crypto::fingerprintWords(fingerprint));
}

QString ExchangeText::withheld(const io::RedactionSummary& s)
{
    if (s.total() == 0)
        return tr("Nothing is withheld.");
    QStringList lines;
    if (s.statements)
        lines << tr("Values withheld: %n", nullptr, int(s.statements));
    if (s.sources)
        lines << tr("Sources withheld: %n", nullptr, int(s.sources));
    if (s.pseudonymised)
        lines << tr("Sources replaced by pseudonyms: %n", nullptr, int(s.pseudonymised));
    if (s.findings)
        lines << tr("Findings withheld: %n", nullptr, int(s.findings));
    if (s.judgements)
        lines << tr("Judgements withheld: %n", nullptr, int(s.judgements));
    if (s.attachments)
        lines << tr("Attachments withheld: %n", nullptr, int(s.attachments));
    return lines.join(QLatin1Char('\n'));
}

} // namespace commonplace::ui
