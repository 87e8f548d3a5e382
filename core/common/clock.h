#pragma once

#include <QDateTime>

namespace amtsdesk {

// The source of "now" for core; tests inject a FixedClock so dates are reproducible.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static const Clock &system();
};

// A clock that says what it is told, for tests and the demo generator.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(std::move(nowUtc)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = std::move(nowUtc); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Stored timestamps are UTC ISO-8601 with milliseconds and a Z.
QString toStoredTimestamp(const QDateTime &utc);
QDateTime fromStoredTimestamp(const QString &text);

} // namespace amtsdesk
