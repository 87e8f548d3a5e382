#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace amtsdesk {
class Database;
struct Actor;
} // namespace amtsdesk

namespace amtsdesk::ui {

// The routing table of the invoice inbox (administrators): which department each Leitweg-ID
// (BT-10) belongs to. Changes go through the inbox, which checks and audits them.
class LeitwegDialog : public QDialog {
    Q_OBJECT

public:
    LeitwegDialog(Database &db, const Actor &actor, QWidget *parent = nullptr);

private:
    void reload();
    void save();
    void removeSelected();

    Database &m_db;
    const Actor &m_actor;
    QTableWidget *m_table;
    QLineEdit *m_leitweg;
    QComboBox *m_department;
};

} // namespace amtsdesk::ui
