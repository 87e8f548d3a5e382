#pragma once

#include "efile/documentsearch.h"
#include "startup/session.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace amtsdesk::ui {

// Suche: one field for the clerk's search syntax, results as they are ranked, each with its
// file, case, page and a snippet with the hits marked. Searching runs off the GUI thread.
class SearchPage : public QWidget {
    Q_OBJECT

public:
    explicit SearchPage(Session &session, QWidget *parent = nullptr);

    void search(const QString &text);
    int resultCount() const;
    const SearchHit &hit(int row) const { return m_hits.at(row); }
    QString statusText() const;

signals:
    void finished(int count);
    void openHit(amtsdesk::FileId file, amtsdesk::CaseId caseId, amtsdesk::DocumentId document, int page, const QStringList &terms);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHits(Result<QList<SearchHit>> hits);
    // Each result as high as its text at the list's width (a wrapped label's own size hint
    // assumes a narrow one, which made rows several lines higher than their text).
    void fitRows();

    Session &m_session;
    QLineEdit *m_query;
    QLabel *m_status;
    QListWidget *m_results;
    QList<SearchHit> m_hits;
    QStringList m_terms; // of the search shown, for marking hits in the document
    int m_generation = 0;
};

} // namespace amtsdesk::ui
