#pragma once

#include "startup/session.h"

#include <QWidget>

class QTableView;

namespace amtsdesk::ui {

class AuditLogModel;

// The audit trail (Protokoll) for administrators: every change, who made it and for whom; and
// the export of its head, which shows a later rewrite of the whole trail.
class AuditLogPage : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPage(Session &session, QWidget *parent = nullptr);
    void reload();
    AuditLogModel *model() const { return m_model; }
    // Asks where to save the head of the trail (hash, entries, time, store) and saves it there,
    // for `amtsdesk-cli verify --expect-head-file`; false when cancelled or it failed (said so).
    bool exportHead();

private:
    Session &m_session;
    AuditLogModel *m_model;
    QTableView *m_view;
};

} // namespace amtsdesk::ui
