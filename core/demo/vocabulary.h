#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>

namespace amtsdesk {

// Words of a real German vocabulary (Debian's word list, package wngerman) drawn with
// Zipf-like frequencies: the word of rank r has weight 1/r, so that a few words are very
// common and most are rare, as in real files. The ranks are a fixed shuffle of the list by the
// seed. Loaded once and shared read-only; draws take the caller's random generator, so that
// several generators (one per file of the scale generator) draw from one vocabulary.
class Vocabulary {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static inline const QString kWordList = QStringLiteral("/usr/share/dict/ngerman");

    // Refuses with a message naming the list and the package when it is missing or empty.
    static Result<std::shared_ptr<const Vocabulary>> load(quint32 seed, const QString &path = kWordList);

    QString word(QRandomGenerator &random) const;
    // count words separated by spaces.
    QString text(QRandomGenerator &random, int count) const;
    // The word of a rank (1 is the most common); past the end, the rarest word.
    QString wordOfRank(qsizetype rank) const;
    qsizetype size() const { return m_words.size(); }

private:
    Vocabulary() = default;
    QStringList m_words;
    QList<double> m_cumulative;
};

} // namespace amtsdesk
