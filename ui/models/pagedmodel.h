#pragma once

#include "background.h"
#include "models/pagedtablemodel.h"
#include "store/database.h"

#include <optional>

namespace amtsdesk::ui {

// A PagedTableModel over one of core's keyset lists (CaseList, DocumentList): List has a Query
// (scope, sort, descending), open(), read(), count() and outline(); Row is what read() gives.
template <typename List, typename Row>
class PagedModel : public PagedTableModel {
public:
    using Query = typename List::Query;

    PagedModel(Database &db, Actor actor, QObject *parent) : PagedTableModel(db, std::move(actor), parent) {}

    const Query &query() const { return m_query; }
    // Shows another list (scope or order); the same scope in another order keeps its length.
    void setQuery(const Query &query)
    {
        const bool sameRows = m_list.has_value() && isComplete() && lastError().isEmpty() &&
                              query.scope == m_query.scope;
        m_query = query;
        m_started = true;
        restart(sameRows);
    }
    // Changes the order; before a scope was given, it is only remembered.
    void setOrder(const Query &query)
    {
        if (query == m_query)
            return;
        if (m_started)
            setQuery(query);
        else
            m_query = query;
    }
    // The row, read when needed; null when it cannot be read (yet).
    const Row *rowAt(int row) const
    {
        const auto [window, at] = windowOf(row);
        return window ? &static_cast<const Rows *>(window)->rows.at(at) : nullptr;
    }

    // The row of the item whose position core finds by `find` (the list's rowOf), or -1 when it
    // is not in the list; a list still growing learns its length first.
    template <typename Find>
    int rowWhere(Find find)
    {
        if (!m_list)
            return -1;
        auto row = find(*m_list);
        if (!row)
            return -1;
        if (*row >= rowCount() && !isComplete())
            lengthArrived(generation(), m_list->count());
        return *row < rowCount() ? *row : -1;
    }

protected:
    struct Rows : Window {
        QList<Row> rows;
    };

    Status openList() override
    {
        auto list = List::open(m_db, m_actor, m_query);
        if (!list) {
            m_list.reset();
            return list.error();
        }
        m_list.emplace(std::move(*list));
        return {};
    }

    Result<std::unique_ptr<Window>> readWindow(const ListPosition &position, bool backwards, int offset,
                                               int limit) const override
    {
        if (!m_list)
            return Error::internal(QStringLiteral("no list is open"));
        auto rows = m_list->read(position, backwards, offset, limit);
        if (!rows)
            return rows.error();
        auto window = std::make_unique<Rows>();
        window->rows = std::move(*rows);
        if (backwards)
            std::reverse(window->rows.begin(), window->rows.end());
        for (const Row &row : std::as_const(window->rows))
            window->positions << row.position;
        return std::unique_ptr<Window>(std::move(window));
    }

    void countInBackground(int generation) override
    {
        runInBackground<int>(
            this, m_db,
            [actor = m_actor, query = m_query](Database &db) -> Result<int> {
                auto list = List::open(db, actor, query);
                if (!list)
                    return list.error();
                return list->count();
            },
            [this, generation](Result<int> rows) { lengthArrived(generation, rows); });
    }

    void outlineInBackground(int generation, std::shared_ptr<std::atomic<bool>> cancelled) override
    {
        runInBackground<ListOutline>(
            this, m_db,
            [actor = m_actor, query = m_query, cancelled](Database &db) -> Result<ListOutline> {
                auto list = List::open(db, actor, query);
                if (!list)
                    return list.error();
                return list->outline(kStep, cancelled.get());
            },
            [this, generation](Result<ListOutline> outline) { outlineArrived(generation, outline); });
    }

    // The list as last opened on the GUI thread's connection.
    std::optional<List> m_list;
    Query m_query;
    bool m_started = false;
};

} // namespace amtsdesk::ui
