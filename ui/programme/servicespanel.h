#pragma once

#include "programme/ozgservices.h"
#include "startup/session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// OZG-Leistungen: the services the district offers, with their maturity now and target, and
// the selected one's maturity history. An officer of the responsible department (or the
// programme manager) records a new maturity level.
class ServicesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ServicesPanel(Session &session, QWidget *parent = nullptr);

    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    std::optional<DistrictService> current() const;

    // The action behind "Set maturity…" with what the dialog asked (for tests).
    bool setMaturity(const Maturity &maturity, QDate changedOn, const QString &comment);

signals:
    void changed(const QString &message);

private:
    void showCurrent();
    void askMaturity();

    Session &m_session;
    QLineEdit *m_filter;
    QCheckBox *m_mine;
    QTableWidget *m_table;
    QLabel *m_summary;
    QTableWidget *m_history;
    QPushButton *m_maturityButton;
    QList<DistrictService> m_shown;
};

} // namespace amtsdesk::ui
