#pragma once

#include "access/accessservice.h"
#include "efile/fileservice.h"

#include <QCoreApplication>
#include <QDate>

namespace amtsdesk::cli {

// Turns what people type on the command line of 'programme …' into ids; the errors name the
// option and what is wrong with the value.
class ProgrammeOptions {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeOptions)

public:
    ProgrammeOptions(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    Result<UserId> user(const QString &login) const
    {
        auto u = AccessService(m_db).userByLogin(login);
        if (!u)
            return Error::invalid(tr("--lead: %1").arg(u.error().message));
        return u->id;
    }
    Result<DepartmentId> department(const QString &code, const QString &option) const
    {
        auto d = AccessService(m_db).departmentByCode(code);
        if (!d)
            return Error::invalid(tr("%1: %2").arg(option, d.error().message));
        return *d;
    }
    Result<FileId> file(const QString &reference) const
    {
        auto f = FileService(m_db).fileByReference(m_actor, reference);
        if (!f)
            return Error::invalid(tr("--file: %1").arg(f.error().message));
        return f->id;
    }
    // YYYY-MM-DD; a day after today only where future is true.
    Result<QDate> date(const QString &text, const QString &option, bool future) const
    {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return Error::invalid(tr("%1: '%2' is not a date; write it as YYYY-MM-DD.").arg(option, text));
        if (!future && d > m_db.clock().today())
            return Error::invalid(tr("%1: %2 lies in the future.").arg(option, text));
        return d;
    }
    static QStringList list(const QString &commaSeparated)
    {
        QStringList result;
        for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                result << part.trimmed();
        return result;
    }

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace amtsdesk::cli
