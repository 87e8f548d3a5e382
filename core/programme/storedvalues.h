#pragma once

// How the programme tables store what a person enters: dates as ISO text or NULL, texts never
// NULL. One place for the sub-project, milestone and service code.

#include <QDate>
#include <QString>
#include <QVariant>

namespace amtsdesk::stored {

inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

inline QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

inline QVariant date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText();
}

// Qt binds a null QString as NULL; the text columns are NOT NULL with '' for nothing.
inline QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QDate readDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

inline QString isoOrEmpty(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace amtsdesk::stored
