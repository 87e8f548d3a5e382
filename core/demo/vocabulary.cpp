#include "demo/vocabulary.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <random>

namespace amtsdesk {

Result<std::shared_ptr<const Vocabulary>> Vocabulary::load(quint32 seed, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("The German word list %1 is missing (%2); install the Debian package wngerman "
                                  "(apt-get install wngerman).")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    std::shared_ptr<Vocabulary> vocabulary(new Vocabulary);
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.size() >= 3 && !line.contains('\''))
            vocabulary->m_words << QString::fromUtf8(line);
    }
    if (vocabulary->m_words.isEmpty())
        return Error::invalid(tr("The German word list %1 has no words; reinstall the Debian package wngerman.")
                                  .arg(QDir::toNativeSeparators(path)));
    // A fixed shuffle gives every word its rank.
    std::shuffle(vocabulary->m_words.begin(), vocabulary->m_words.end(), std::mt19937(seed));
    vocabulary->m_cumulative.reserve(vocabulary->m_words.size());
    double sum = 0;
    for (qsizetype r = 1; r <= vocabulary->m_words.size(); ++r) {
        sum += 1.0 / double(r);
        vocabulary->m_cumulative << sum;
    }
    return std::shared_ptr<const Vocabulary>(std::move(vocabulary));
}

QString Vocabulary::word(QRandomGenerator &random) const
{
    const double x = random.generateDouble() * m_cumulative.last();
    const auto at = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x) - m_cumulative.cbegin();
    return m_words.at(std::min<qsizetype>(at, m_words.size() - 1));
}

QString Vocabulary::text(QRandomGenerator &random, int count) const
{
    QString out;
    out.reserve(count * 12);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += word(random);
    }
    return out;
}

QString Vocabulary::wordOfRank(qsizetype rank) const
{
    return m_words.at(std::clamp<qsizetype>(rank - 1, 0, m_words.size() - 1));
}

} // namespace amtsdesk
