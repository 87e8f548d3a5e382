#pragma once

#include "startup/session.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace amtsdesk::ui {

// Schulungsquote (the first tab of TrainingTabs): per department and required course, how many
// of the staff who must take it have, on a chosen day; shares below the goal stand out.
class TrainingPanel : public QWidget {
    Q_OBJECT

public:
    explicit TrainingPanel(Session &session, QWidget *parent = nullptr);
    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }

private:
    Session &m_session;
    QDateEdit *m_day;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace amtsdesk::ui
