#pragma once

#include "access/role.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace amtsdesk {

// Labels of a state, transition or workflow in German, English and Turkish: definitions are
// data, so tr() cannot reach them.
struct Labels {
    QHash<QString, QString> byLanguage;
    // The label in the language in force, else English, else the fallback.
    QString text(const QString &fallback) const;
};

struct WorkflowState {
    QString key;
    Labels labels;
    bool isFinal = false;
    bool isPause = false; // waiting for a date, such as a Wiedervorlage
};

struct WorkflowTransition {
    QString key;
    QStringList from;
    QString to;
    Labels labels;
    QList<Role> roles;           // any of these may take it (a deputy borrows the principal's)
    bool sameDepartment = false; // only people of the item's department (or their deputies)
    QList<Role> anyDepartment;   // … except holders of these roles, who act for every department
    QStringList requiredFields;  // item fields that must be filled before it is taken
    bool commentRequired = false;
    QStringList notBy;   // four-eyes: not the person who took any of these on the item
    bool system = false; // taken by the program itself, never by a person
    // For a system transition: the item field holding a date (YYYY-MM-DD); the program takes
    // the transition once that day has come (WorkflowEngine::takeDueSteps).
    QString dueField;
};

// A workflow declared as data (resources/workflows/*.json): states, transitions and the rules
// on them. parse() checks it completely; a broken definition is refused naming the problem.
class WorkflowDefinition {
    Q_DECLARE_TR_FUNCTIONS(WorkflowDefinition)

public:
    static Result<WorkflowDefinition> parse(const QByteArray &json, const QString &source);

    QString key() const { return m_key; }
    int version() const { return m_version; }
    QString label() const { return m_labels.text(m_key); }
    QString initialState() const { return m_initial; }
    const QList<WorkflowState> &states() const { return m_states; }
    const QList<WorkflowTransition> &transitions() const { return m_transitions; }
    const WorkflowState *state(const QString &key) const;
    const WorkflowTransition *transition(const QString &key) const;
    // The transitions that leave the state, in definition order.
    QList<const WorkflowTransition *> transitionsFrom(const QString &state) const;
    QByteArray json() const { return m_json; }

private:
    Status validate(const QString &source) const;

    QString m_key;
    int m_version = 0;
    Labels m_labels;
    QString m_initial;
    QList<WorkflowState> m_states;
    QList<WorkflowTransition> m_transitions;
    QByteArray m_json;
};

} // namespace amtsdesk
