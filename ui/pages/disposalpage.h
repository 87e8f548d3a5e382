#pragma once

#include "efile/disposal.h"
#include "startup/session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

// Aussonderung: the closed files of the person's departments whose retention period has
// ended. A clerk asks for a file's destruction (Kassation); a signatory of the department who
// did not ask approves it, and the file's content and metadata are removed for good. Both
// steps are confirmed first and are in the audit trail.
class DisposalPage : public QWidget {
    Q_OBJECT

public:
    // At most this many files are listed, the longest expired first (the summary counts all).
    static constexpr int kShown = 1000;

    explicit DisposalPage(Session &session, QWidget *parent = nullptr);

    // Reads the list on a worker thread; loaded() says when it is shown.
    void reload();
    QTableWidget *table() const { return m_table; }
    QList<DisposalCandidate> candidates() const { return m_candidates; }
    // The actions on the selected file, with their confirmation (answerable in tests).
    void requestDestruction();
    void approveDestruction();

signals:
    void message(const QString &text);
    void loaded(int files);

private:
    struct Listing {
        QList<DisposalCandidate> candidates;
        int total = 0;
    };
    std::optional<DisposalCandidate> selected() const;
    void updateActions();
    void show(const Result<Listing> &listing);

    Session &m_session;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_request;
    QPushButton *m_approve;
    QList<DisposalCandidate> m_candidates;
    int m_generation = 0;
};

} // namespace amtsdesk::ui
