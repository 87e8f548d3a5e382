#pragma once

#include "startup/session.h"

#include <QWidget>

class QTableView;

namespace amtsdesk::ui {

class AuditLogModel;

// The audit trail (Protokoll) for administrators: every change, who made it and for whom.
class AuditLogPage : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPage(Session &session, QWidget *parent = nullptr);
    void reload();
    AuditLogModel *model() const { return m_model; }

private:
    AuditLogModel *m_model;
    QTableView *m_view;
};

} // namespace amtsdesk::ui
