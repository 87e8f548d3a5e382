#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <type_traits>

namespace amtsdesk {

// A typed handle on one setting: its key and default live in the table below, nowhere else.
template <typename T> class Setting {
public:
    constexpr Setting(const char *key, T fallback, QSettings::Scope scope = QSettings::UserScope)
        : m_key(key), m_default(std::move(fallback)), m_scope(scope)
    {
    }

    T value() const
    {
        const QVariant v = settings().value(QString::fromLatin1(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { settings().setValue(QString::fromLatin1(m_key), QVariant::fromValue(value)); }
    void reset() const { settings().remove(QString::fromLatin1(m_key)); }
    QString key() const { return QString::fromLatin1(m_key); }

private:
    QSettings settings() const
    {
        return QSettings(QSettings::IniFormat, m_scope, QStringLiteral("Amtsdesk"), QStringLiteral("amtsdesk"));
    }

    const char *m_key;
    T m_default;
    QSettings::Scope m_scope;
};

// A typed handle on a setting kept in the store itself (its store_info table) rather than in a
// settings file: the store is what every user of an installation shares, so each one's Amtsdesk
// sees the same value, and an administrator of Amtsdesk (not of the computer) sets it through
// core, which checks the permission and audits the change.
template <typename T> class StoreSetting {
public:
    StoreSetting(const char *key, T fallback) : m_key(key), m_default(std::move(fallback)) {}

    QString key() const { return QString::fromLatin1(m_key); }
    T fallback() const { return m_default; }
    // The value as stored (text), or the default where it is missing or not of the type.
    T from(const QString &stored) const
    {
        if (stored.isEmpty())
            return m_default;
        if constexpr (std::is_same_v<T, int>) {
            bool ok = false;
            const int value = stored.toInt(&ok);
            return ok ? value : m_default;
        } else {
            return stored;
        }
    }
    QString toStored(const T &value) const
    {
        if constexpr (std::is_same_v<T, int>)
            return QString::number(value);
        else
            return value;
    }

private:
    const char *m_key;
    T m_default;
};

// Every setting of Amtsdesk with its default. System-scope ones are made by an administrator
// (on Linux /etc/xdg/Amtsdesk/amtsdesk.ini); the user cannot override them in the user file.
namespace settings {
inline const Setting<QString> storeDatabase{"store/database", {}, QSettings::SystemScope};
inline const Setting<QString> language{"ui/language", {}};
inline const Setting<QByteArray> mainWindowGeometry{"ui/mainWindowGeometry", {}};
inline const Setting<QByteArray> mainWindowState{"ui/mainWindowState", {}};
inline const Setting<QString> lastArea{"ui/lastArea", QStringLiteral("start")};
inline const Setting<QString> lastExportFolder{"ui/lastExportFolder", {}};
// The scanner folder watched in the E-Akte, the case it feeds and the store that case is in.
inline const Setting<QString> inboxFolder{"efile/inboxFolder", {}};
inline const Setting<qlonglong> inboxCase{"efile/inboxCase", 0};
inline const Setting<QString> inboxStore{"efile/inboxStore", {}};
// The folder watched for e-invoices (an e-mail gateway or a portal drops them there) and its store.
inline const Setting<QString> invoiceFolder{"invoice/inboxFolder", {}};
inline const Setting<QString> invoiceFolderStore{"invoice/inboxStore", {}};
// The finance software's import folder the invoices were last handed over to.
inline const Setting<QString> financeFolder{"invoice/financeFolder", {}};

// In the store, for the whole installation (BackupSchedule): the folder of the scheduled backup
// (empty: none), how often (hours; 24 daily, 168 weekly) and how many backups are kept there.
inline const StoreSetting<QString> backupFolder{"backup.folder", {}};
inline const StoreSetting<int> backupIntervalHours{"backup.interval_hours", 24};
inline const StoreSetting<int> backupKeep{"backup.keep", 7};
} // namespace settings

} // namespace amtsdesk
