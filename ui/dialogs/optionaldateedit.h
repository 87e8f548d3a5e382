#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace amtsdesk::ui {

// A date that may be left out: a box to tick and the date beside it. date() is invalid while
// the box is not ticked.
class OptionalDateEdit : public QWidget {
    Q_OBJECT

public:
    // proposal: the date shown when the box is ticked and no date was set.
    explicit OptionalDateEdit(QDate proposal, QWidget *parent = nullptr);

    QDate date() const;
    // An invalid date unticks the box.
    void setDate(QDate date);
    void setAccessibleName(const QString &name);

private:
    QCheckBox *m_set;
    QDateEdit *m_date;
};

} // namespace amtsdesk::ui
