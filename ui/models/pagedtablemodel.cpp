#include "models/pagedtablemodel.h"

#include "store/database.h"

#include <QScopeGuard>

namespace amtsdesk::ui {

PagedTableModel::PagedTableModel(Database &db, Actor actor, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_actor(std::move(actor)), m_windows(kCachedWindows)
{
}

PagedTableModel::~PagedTableModel()
{
    if (m_cancelOutline)
        m_cancelOutline->store(true);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_fetching && m_error.isEmpty();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A view (or the model tester) asked again while the rows go in: one window at a time.
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    // While the length is unknown the rows are whole windows, read one after the other.
    const Window *window = load(m_rows / kWindow);
    const int n = window ? int(window->positions.size()) : 0;
    if (n > 0) {
        beginInsertRows({}, m_rows, m_rows + n - 1);
        m_rows += n;
        endInsertRows();
    }
    if (window && n < kWindow) {
        m_complete = true;
        emit lengthKnown(m_rows);
    }
}

int PagedTableModel::cachedRows() const
{
    int rows = 0;
    for (int key : m_windows.keys())
        rows += int(m_windows.object(key)->positions.size());
    return rows;
}

void PagedTableModel::reload()
{
    restart(false);
}

void PagedTableModel::restart(bool keepLength)
{
    ++m_generation;
    if (m_cancelOutline)
        m_cancelOutline->store(true);
    m_cancelOutline.reset();
    m_outlinePending = false;
    beginResetModel();
    m_windows.clear();
    m_known.clear();
    m_error.clear();
    if (!keepLength) {
        m_rows = 0;
        m_complete = false;
    }
    if (Status opened = openList(); !opened) {
        m_error = opened.error().message;
        m_rows = 0;
        m_complete = true;
        endResetModel();
        return;
    }
    if (!keepLength || !m_complete) {
        const Window *first = load(0);
        m_rows = first ? int(first->positions.size()) : 0;
        m_complete = !first || m_rows < kWindow;
    }
    endResetModel();
    if (!m_complete) {
        countInBackground(m_generation);
        return;
    }
    emit lengthKnown(m_rows);
    startOutline();
}

void PagedTableModel::lengthArrived(int generation, const Result<int> &rows)
{
    if (generation != m_generation)
        return;
    if (!rows) // the view goes on growing the list window by window
        return;
    if (!m_complete) {
        if (*rows > m_rows) {
            beginInsertRows({}, m_rows, *rows - 1);
            m_rows = *rows;
            endInsertRows();
        } else if (*rows < m_rows) { // rows went away since the first window was read
            beginRemoveRows({}, *rows, m_rows - 1);
            m_rows = *rows;
            endRemoveRows();
        }
        m_complete = true;
        emit lengthKnown(m_rows);
    }
    startOutline();
}

void PagedTableModel::startOutline()
{
    // A short list is reached from its ends and its windows at once.
    if (m_rows <= 2 * kStep || m_outlinePending)
        return;
    m_outlinePending = true;
    m_cancelOutline = std::make_shared<std::atomic<bool>>(false);
    outlineInBackground(m_generation, m_cancelOutline);
}

void PagedTableModel::outlineArrived(int generation, const Result<ListOutline> &outline)
{
    if (generation != m_generation)
        return;
    m_outlinePending = false;
    if (outline) {
        for (qsizetype m = 0; m < outline->marks.size(); ++m) {
            const qsizetype row = (m + 1) * outline->step - 1;
            if (row < m_rows)
                m_known.insert(int(row), outline->marks.at(m));
        }
        emit outlineReady();
    }
    // Rows shown as "…" while the outline was missing are read now.
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

std::pair<const PagedTableModel::Window *, int> PagedTableModel::windowOf(int row) const
{
    if (row < 0 || row >= m_rows)
        return {nullptr, 0};
    const int w = row / kWindow;
    const Window *window = m_windows.object(w);
    if (!window)
        window = load(w);
    const int at = row - w * kWindow;
    if (!window || at >= window->positions.size())
        return {nullptr, 0};
    return {window, at};
}

const PagedTableModel::Window *PagedTableModel::load(int w) const
{
    const int first = w * kWindow;
    const int last = (m_complete ? std::min(first + kWindow, m_rows) : first + kWindow) - 1;
    if (last < first)
        return nullptr;
    // Read from the nearest row whose position is known: the start, the end, a window read
    // before or a mark of the outline. What lies between is skipped inside SQLite.
    struct Start {
        int cost;
        ListPosition position;
        bool backwards;
    };
    Start best{first, {}, false};
    if (m_complete && m_rows - 1 - last < best.cost)
        best = {m_rows - 1 - last, {}, true};
    if (auto it = m_known.lowerBound(first); it != m_known.cbegin()) {
        --it;
        if (first - it.key() - 1 < best.cost)
            best = {first - it.key() - 1, it.value(), false};
    }
    if (auto it = m_known.upperBound(last); it != m_known.cend() && it.key() - last - 1 < best.cost)
        best = {it.key() - last - 1, it.value(), true};
    // Far from every known row: the outline on its way makes this cheap soon.
    if (best.cost > 2 * kStep && m_outlinePending)
        return nullptr;
    auto read = readWindow(best.position, best.backwards, best.cost, last - first + 1);
    if (!read) {
        const_cast<PagedTableModel *>(this)->m_error = read.error().message;
        return nullptr;
    }
    Window *window = read->release();
    remember(first, *window);
    m_windows.insert(w, window);
    return window;
}

void PagedTableModel::remember(int firstRow, const Window &window) const
{
    if (window.positions.isEmpty())
        return;
    m_known.insert(firstRow, window.positions.constFirst());
    m_known.insert(firstRow + int(window.positions.size()) - 1, window.positions.constLast());
}

} // namespace amtsdesk::ui
