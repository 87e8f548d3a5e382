#include "models/fileplanmodel.h"

#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "store/database.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPalette>

#include <vector>

namespace amtsdesk::ui {

struct FilePlanModel::Node {
    Kind kind = Kind::All;
    Node *parent = nullptr;
    int row = 0;
    PlanUnit unit;
    EFile file;
    std::vector<std::unique_ptr<Node>> children; // sub-units first, then files
    int subUnits = 0;
    bool holdsFiles = false;
    bool filesComplete = true;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

FilePlanModel::FilePlanModel(Database &db, Actor actor, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_actor(std::move(actor))
{
    build();
}

FilePlanModel::~FilePlanModel() = default;

void FilePlanModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void FilePlanModel::build()
{
    m_root = std::make_unique<Node>();
    m_units.clear();
    m_error.clear();
    m_root->add(std::make_unique<Node>()); // "All files"
    auto units = FilePlan(m_db).units();
    auto holding = FileService(m_db).unitsWithFiles(m_actor);
    if (!units || !holding) {
        m_error = !units ? units.error().message : holding.error().message;
        return;
    }
    QList<Node *> created;
    for (const PlanUnit &u : std::as_const(*units)) {
        auto node = std::make_unique<Node>();
        node->kind = Kind::Unit;
        node->unit = u;
        node->holdsFiles = holding->contains(u.id);
        node->filesComplete = !node->holdsFiles;
        m_units.insert(u.id.value, node.get());
        created << node.release();
    }
    // In key order under their parents (a parent may sort after its child).
    for (Node *node : std::as_const(created)) {
        Node *parent = m_units.value(node->unit.parent.value, m_root.get());
        parent->add(std::unique_ptr<Node>(node));
        ++parent->subUnits;
    }
}

FilePlanModel::Node *FilePlanModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FilePlanModel::indexOf(const Node *node) const
{
    return !node || node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex FilePlanModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex FilePlanModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int FilePlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.column() > 0 ? 0 : int(nodeOf(parent)->children.size());
}

int FilePlanModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool FilePlanModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return !node->children.empty() || (node->kind == Kind::Unit && !node->filesComplete);
}

bool FilePlanModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node->kind == Kind::Unit && !node->filesComplete;
}

void FilePlanModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (node->kind != Kind::Unit || node->filesComplete)
        return;
    const FileId after = int(node->children.size()) > node->subUnits ? node->children.back()->file.id : FileId();
    auto page = FileService(m_db).files(m_actor, node->unit.id, after, kFilePage);
    if (!page) {
        m_error = page.error().message;
        node->filesComplete = true;
        return;
    }
    node->filesComplete = page->size() < kFilePage;
    if (page->isEmpty()) {
        // The unit looked as if it had files: the view asks again and draws no branch.
        emit dataChanged(parent, parent);
        return;
    }
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + int(page->size()) - 1);
    for (const EFile &f : std::as_const(*page)) {
        auto child = std::make_unique<Node>();
        child->kind = Kind::File;
        child->file = f;
        node->add(std::move(child));
    }
    endInsertRows();
}

void FilePlanModel::reloadFiles(PlanUnitId unit)
{
    Node *node = m_units.value(unit.value);
    if (!node)
        return;
    const QModelIndex index = indexOf(node);
    if (int(node->children.size()) > node->subUnits) {
        beginRemoveRows(index, node->subUnits, int(node->children.size()) - 1);
        node->children.erase(node->children.begin() + node->subUnits, node->children.end());
        endRemoveRows();
    }
    // Whether it holds files is found out by reading them.
    node->holdsFiles = true;
    node->filesComplete = false;
    emit dataChanged(index, index);
}

FilePlanModel::Kind FilePlanModel::kind(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->kind : Kind::All;
}

FileId FilePlanModel::fileAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == Kind::File ? node->file.id : FileId();
}

const PlanUnit *FilePlanModel::unitAt(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == Kind::Unit ? &node->unit : nullptr;
}

bool FilePlanModel::isLeaf(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return index.isValid() && node->kind == Kind::Unit && node->subUnits == 0;
}

int FilePlanModel::loadedFiles(const QModelIndex &unit) const
{
    const Node *node = nodeOf(unit);
    return int(node->children.size()) - node->subUnits;
}

QModelIndex FilePlanModel::indexOfUnit(PlanUnitId unit) const
{
    return indexOf(m_units.value(unit.value));
}

QModelIndex FilePlanModel::indexOfFile(FileId file)
{
    FileService files(m_db);
    auto f = files.loadFile(file);
    if (!f || !files.mayRead(m_actor, *f))
        return {};
    Node *unit = m_units.value(f->planUnit.value);
    if (!unit)
        return {};
    // Files come in the order of their ids: read on until it is there, or past it.
    for (;;) {
        for (int row = unit->subUnits; row < int(unit->children.size()); ++row) {
            if (unit->children.at(row)->file.id == file)
                return createIndex(row, 0, unit->children.at(row).get());
        }
        const bool past = int(unit->children.size()) > unit->subUnits && unit->children.back()->file.id.value > file.value;
        if (past || unit->filesComplete)
            return {};
        fetchMore(indexOf(unit));
    }
}

QVariant FilePlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (node->kind) {
    case Kind::All:
        if (role == Qt::DisplayRole)
            return tr("All files");
        if (role == Qt::ToolTipRole)
            return tr("The cases and documents of every file you may see");
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("search"));
        return {};
    case Kind::Unit:
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1 %2").arg(node->unit.key, node->unit.title);
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("folder"));
        return {};
    case Kind::File: {
        const EFile &f = node->file;
        if (role == Qt::DisplayRole) {
            const QString text = QStringLiteral("%1 %2").arg(f.referenceNumber, f.subject);
            return f.isClosed() ? text + QLatin1Char(' ') + tr("(zdA)") : text;
        }
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(QStringLiteral("invoice"));
        if (role == Qt::ToolTipRole && f.confidentiality == Confidentiality::Restricted)
            return QStringLiteral("VS-NfD");
        if (role == Qt::ForegroundRole && f.isClosed())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    }
    return {};
}

QVariant FilePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("File plan");
    return {};
}

} // namespace amtsdesk::ui
