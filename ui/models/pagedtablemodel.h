#pragma once

#include "access/actor.h"
#include "store/keysetquery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QMap>

#include <atomic>
#include <memory>

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui {

// A long list shown a window of rows at a time, read from core by keyset (after a known row,
// never by counting from the top), so that opening, scrolling, jumping to the end and sorting
// cost what is on screen, whatever the length, and memory holds what is on screen and a little
// around it (a cache of windows). The first window is read at once; the length is counted and
// an outline of the order (a mark every kStep rows) made on worker threads, so that the model
// starts out growing by fetchMore and then knows every row. Until the outline is there, a
// window far from every known row shows "…" instead of holding up the view. Sorting is by
// the list's orders in SQL. Subclasses say what the list is (PagedModel below).
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kWindow = 100;       // rows read at once
    static constexpr int kStep = 500;         // rows between two marks of the outline
    static constexpr int kCachedWindows = 40; // windows kept in memory

    PagedTableModel(Database &db, Actor actor, QObject *parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Whether the list's length is known (else it grows as the view asks for more).
    bool isComplete() const { return m_complete; }
    // Rows held in memory now.
    int cachedRows() const;
    // What went wrong when the list was last read (empty when nothing did).
    QString lastError() const { return m_error; }
    // Reads the list again from the start (the store changed).
    void reload();
    // The column the list is sorted by, and whether a column can sort it (in SQL, by an index).
    virtual int sortedColumn() const = 0;
    virtual bool isSortable(int column) const = 0;

signals:
    // The length became known (rows may have been added to reach it).
    void lengthKnown(int rows);
    // The outline arrived: every row can now be reached at once.
    void outlineReady();

protected:
    struct Window {
        virtual ~Window() = default;
        QList<ListPosition> positions;
    };
    // Opens the list for the current query and sort on the GUI thread's connection.
    virtual Status openList() = 0;
    // Reads up to limit rows after position (before it, nearest first, when backwards), skipping offset.
    virtual Result<std::unique_ptr<Window>> readWindow(const ListPosition &position, bool backwards, int offset,
                                                      int limit) const = 0;
    // Starts counting the rows on a worker (its own connection); the answer goes to lengthArrived.
    virtual void countInBackground(int generation) = 0;
    // Starts the outline on a worker; the answer goes to outlineArrived.
    virtual void outlineInBackground(int generation, std::shared_ptr<std::atomic<bool>> cancelled) = 0;

    // The window holding row and the row's place in it; null while it cannot be read (yet).
    std::pair<const Window *, int> windowOf(int row) const;
    // Opens the list again and shows its first window; keepLength: the rows are the same ones
    // in another order, so the length stays.
    void restart(bool keepLength);
    void lengthArrived(int generation, const Result<int> &rows);
    void outlineArrived(int generation, const Result<ListOutline> &outline);
    int generation() const { return m_generation; }
    Database &m_db;
    Actor m_actor;

private:
    const Window *load(int window) const;
    void remember(int firstRow, const Window &window) const;
    void startOutline();

    int m_rows = 0;
    bool m_complete = true; // nothing to read before a list is given

    int m_generation = 0;
    bool m_fetching = false;
    bool m_outlinePending = false;
    std::shared_ptr<std::atomic<bool>> m_cancelOutline;
    QString m_error;
    mutable QCache<int, Window> m_windows;
    // Rows whose position is known: the first and last of each window read, and the marks.
    mutable QMap<int, ListPosition> m_known;
};

} // namespace amtsdesk::ui
