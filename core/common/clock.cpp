#include "common/clock.h"

#include <QTimeZone>

namespace amtsdesk {

namespace {
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString toStoredTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(text, Qt::ISODate);
    return result.toUTC();
}

} // namespace amtsdesk
