#include "programme/programmechoices.h"

#include "access/accessservice.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QScrollBar>

#include <algorithm>

namespace amtsdesk::ui::programmechoices {

void keepNarrow(QComboBox *box)
{
    // Long department names would otherwise widen every row they stand in beyond a 1366 px screen;
    // the open list still shows them in full.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(22);
}

namespace {

// The open list as wide as its longest entry, however narrow the box.
void widenPopup(QComboBox *box)
{
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) +
                                 box->view()->verticalScrollBar()->sizeHint().width());
}

} // namespace

void addDepartments(QComboBox *box, Database &db, const std::function<bool(DepartmentId)> &keep)
{
    keepNarrow(box);
    auto departments = AccessService(db).departments();
    if (!departments)
        return;
    for (const Department &d : std::as_const(*departments)) {
        if (d.active && (!keep || keep(d.id)))
            box->addItem(d.code + QStringLiteral(" ") + d.name, d.id.value);
    }
    widenPopup(box);
}

void addUsers(QComboBox *box, Database &db)
{
    keepNarrow(box);
    auto users = AccessService(db).users();
    if (!users)
        return;
    QList<User> people;
    for (const User &u : std::as_const(*users)) {
        if (u.active && !u.isSystem)
            people << u;
    }
    QCollator collator;
    std::sort(people.begin(), people.end(),
              [&collator](const User &a, const User &b) { return collator.compare(a.displayName, b.displayName) < 0; });
    for (const User &u : std::as_const(people)) {
        const QString where = u.departmentCode.isEmpty() ? u.login : u.departmentCode;
        box->addItem(QStringLiteral("%1 (%2)").arg(u.displayName, where), u.id.value);
    }
    widenPopup(box);
}

bool selectData(QComboBox *box, qint64 value)
{
    const int index = box->findData(value);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

} // namespace amtsdesk::ui::programmechoices
