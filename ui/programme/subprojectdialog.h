#pragma once

#include "programme/ideas.h"
#include "programme/subprojects.h"
#include "startup/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace amtsdesk::ui {

class OptionalDateEdit;

// Every field of a sub-project, for a new one (also from an adopted idea) or to edit one. OK
// saves through core; when core refuses (no right, a cycle of dependencies, someone else changed
// it meanwhile) its message is shown and the dialog stays open with everything entered.
class SubProjectDialog : public QDialog {
    Q_OBJECT

public:
    // A new sub-project; from the idea when one is given (core records where it came from).
    explicit SubProjectDialog(Session &session, const std::optional<Idea> &idea = std::nullopt,
                              QWidget *parent = nullptr);
    // The sub-project as the person saw it: its row version tells whether someone changed it since.
    SubProjectDialog(Session &session, const SubProject &subProject, QWidget *parent = nullptr);

    // Checks what was entered and saves it; false, with a message box naming the problem, when
    // something is wrong or core refuses.
    bool save();
    // After save(): the sub-project written.
    SubProjectId savedId() const { return m_savedId; }
    QString savedCode() const { return m_savedCode; }

    // The fields, for tests.
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *areaBox() const { return m_area; }
    QComboBox *leadBox() const { return m_lead; }
    QComboBox *departmentBox() const { return m_department; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *risksEdit() const { return m_risks; }
    QListWidget *participatingList() const { return m_participating; }
    QListWidget *dependencyList() const { return m_dependencies; }
    OptionalDateEdit *plannedStartEdit() const { return m_plannedStart; }
    OptionalDateEdit *plannedEndEdit() const { return m_plannedEnd; }
    OptionalDateEdit *forecastStartEdit() const { return m_forecastStart; }
    OptionalDateEdit *forecastEndEdit() const { return m_forecastEnd; }
    QLineEdit *budgetPlannedEdit() const { return m_budgetPlanned; }
    QLineEdit *budgetSpentEdit() const { return m_budgetSpent; }
    QLineEdit *fileEdit() const { return m_file; }
    // Ticks the items of a list whose text starts with one of the codes, unticks the others.
    static void tick(QListWidget *list, const QStringList &codes);

private:
    void build();
    void fill(const SubProject &subProject);
    // The draft from the fields; std::nullopt after a message box when a field is not usable.
    std::optional<SubProjectDraft> draft();
    QString suggestedCode() const;

    Session &m_session;
    std::optional<SubProject> m_editing;
    std::optional<Idea> m_idea;
    QLineEdit *m_code;
    QLineEdit *m_title;
    QComboBox *m_area;
    QComboBox *m_lead;
    QComboBox *m_department;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_risks;
    QListWidget *m_participating;
    QListWidget *m_dependencies;
    OptionalDateEdit *m_plannedStart;
    OptionalDateEdit *m_plannedEnd;
    OptionalDateEdit *m_forecastStart;
    OptionalDateEdit *m_forecastEnd;
    QLineEdit *m_budgetPlanned;
    QLineEdit *m_budgetSpent;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
    SubProjectId m_savedId;
    QString m_savedCode;
};

} // namespace amtsdesk::ui
