#include "pages/searchpage.h"

#include "background.h"
#include "search/searchquery.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

SearchPage::SearchPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_query(new QLineEdit), m_status(new QLabel), m_results(new QListWidget)
{
    auto *title = new QLabel(tr("<h2>Search</h2>"));
    m_query->setPlaceholderText(tr("e.g. Müller Bauantrag, \"keine Bedenken\", Gebühr* NOT Mahnung, akte:63- von:1.1.2026"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search text"));
    auto *go = new QPushButton(tr("&Search"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Words are found in every spelling: Müller, Mueller and Muller; Straße and Strasse. "
                         "Bau* finds Bauantrag and Baugenehmigung. Filters: akte: oe: plan: von: bis: typ: status:"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setTextElideMode(Qt::ElideNone);

    auto *row = new QHBoxLayout;
    row->addWidget(m_query, 1);
    row->addWidget(go);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);

    m_results->viewport()->installEventFilter(this);

    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(go, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const SearchHit &h = m_hits.at(m_results->row(item));
        emit openHit(h.file, h.caseId, h.document, std::max(1, h.page), m_terms);
    });
}

void SearchPage::search(const QString &text)
{
    m_query->setText(text);
    auto parsed = SearchQuery::parse(text, DocumentSearch::filterKeys());
    m_terms = parsed ? parsed->terms : QStringList();
    const int generation = ++m_generation;
    m_status->setText(tr("Searching…"));
    const Actor actor = m_session.actor;
    runInBackground<QList<SearchHit>>(
        this, *m_session.db, [actor, text](Database &db) { return DocumentSearch(db).search(actor, text, 200); },
        [this, generation](Result<QList<SearchHit>> hits) {
            if (generation == m_generation)
                showHits(std::move(hits));
        });
}

int SearchPage::resultCount() const
{
    return int(m_hits.size());
}

QString SearchPage::statusText() const
{
    return m_status->text();
}

void SearchPage::showHits(Result<QList<SearchHit>> hits)
{
    m_results->clear();
    m_hits = hits ? *hits : QList<SearchHit>();
    if (!hits) {
        m_status->setText(hits.error().message);
        emit finished(0);
        return;
    }
    m_status->setText(m_hits.isEmpty() ? tr("Nothing found.") : tr("%n document(s) found, best first.", nullptr, int(m_hits.size())));
    const QLocale locale;
    for (const SearchHit &h : std::as_const(m_hits)) {
        QString snippet = h.snippet.simplified().toHtmlEscaped();
        snippet.replace(DocumentSearch::kHitStart, QStringLiteral("<b style='background:#fff2a8'>")).replace(DocumentSearch::kHitEnd, QStringLiteral("</b>"));
        const QString where = h.page > 0 ? tr("%1, case %2, page %3").arg(h.referenceNumber).arg(h.caseNumber).arg(h.page)
                                         : tr("%1, case %2").arg(h.referenceNumber).arg(h.caseNumber);
        auto *item = new QListWidgetItem(m_results);
        auto *label = new QLabel(QStringLiteral("<b>%1</b> &nbsp;<span style='color:gray'>%2 · %3</span><br>%4")
                                     .arg(h.title.toHtmlEscaped(), where.toHtmlEscaped(), h.fileSubject.toHtmlEscaped(), snippet));
        label->setWordWrap(true);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_results->setItemWidget(item, label);
    }
    fitRows();
    emit finished(int(m_hits.size()));
}

void SearchPage::fitRows()
{
    const int width = m_results->viewport()->width();
    for (int row = 0; row < m_results->count(); ++row) {
        QListWidgetItem *item = m_results->item(row);
        if (const auto *label = qobject_cast<QLabel *>(m_results->itemWidget(item)))
            item->setSizeHint(QSize(width, label->heightForWidth(width) + 4));
    }
}

void SearchPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Choosing the area means wanting to search: the text goes into the field at once.
    m_query->setFocus();
}

bool SearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_results->viewport() && event->type() == QEvent::Resize)
        fitRows();
    return QWidget::eventFilter(watched, event);
}

} // namespace amtsdesk::ui
