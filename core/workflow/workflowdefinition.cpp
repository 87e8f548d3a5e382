#include "workflow/workflowdefinition.h"

#include "common/application.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQueue>
#include <QRegularExpression>
#include <QSet>

namespace amtsdesk {

namespace {

constexpr qsizetype kMaxDefinitionBytes = 1 << 20;

Labels readLabels(const QJsonValue &value)
{
    Labels labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.byLanguage.insert(it.key(), it.value().toString());
    return labels;
}

QStringList readStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

} // namespace

QString Labels::text(const QString &fallback) const
{
    const QString own = byLanguage.value(Application::language());
    if (!own.isEmpty())
        return own;
    const QString english = byLanguage.value(QStringLiteral("en"));
    return english.isEmpty() ? fallback : english;
}

const WorkflowState *WorkflowDefinition::state(const QString &key) const
{
    for (const WorkflowState &s : m_states) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

const WorkflowTransition *WorkflowDefinition::transition(const QString &key) const
{
    for (const WorkflowTransition &t : m_transitions) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QList<const WorkflowTransition *> WorkflowDefinition::transitionsFrom(const QString &state) const
{
    QList<const WorkflowTransition *> result;
    for (const WorkflowTransition &t : m_transitions) {
        if (t.from.contains(state))
            result << &t;
    }
    return result;
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QByteArray &json, const QString &source)
{
    if (json.size() > kMaxDefinitionBytes)
        return Error::invalid(tr("The workflow definition %1 is larger than 1 MB.").arg(source));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::invalid(tr("The workflow definition %1 is not valid JSON at byte %2: %3")
                                  .arg(source)
                                  .arg(error.offset)
                                  .arg(error.errorString()));
    if (!doc.isObject())
        return Error::invalid(tr("The workflow definition %1 must be a JSON object.").arg(source));
    const QJsonObject root = doc.object();

    WorkflowDefinition def;
    def.m_json = json;
    def.m_key = root.value(QStringLiteral("key")).toString();
    def.m_version = root.value(QStringLiteral("version")).toInt(0);
    def.m_labels = readLabels(root.value(QStringLiteral("labels")));
    def.m_initial = root.value(QStringLiteral("initial")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("states")).toArray()) {
        const QJsonObject o = v.toObject();
        def.m_states << WorkflowState{
            o.value(QStringLiteral("key")).toString(), readLabels(o.value(QStringLiteral("labels"))),
            o.value(QStringLiteral("final")).toBool(), o.value(QStringLiteral("pause")).toBool()};
    }
    for (const QJsonValue &v : root.value(QStringLiteral("transitions")).toArray()) {
        const QJsonObject o = v.toObject();
        WorkflowTransition t;
        t.key = o.value(QStringLiteral("key")).toString();
        t.from = readStrings(o.value(QStringLiteral("from")));
        t.to = o.value(QStringLiteral("to")).toString();
        t.labels = readLabels(o.value(QStringLiteral("labels")));
        for (const QString &roleKey : readStrings(o.value(QStringLiteral("roles")))) {
            const auto role = Roles::fromKey(roleKey);
            if (!role)
                return Error::invalid(tr("The workflow definition %1: transition \"%2\" names the unknown role \"%3\".")
                                          .arg(source, t.key, roleKey));
            t.roles << *role;
        }
        t.sameDepartment = o.value(QStringLiteral("same_department")).toBool();
        for (const QString &roleKey : readStrings(o.value(QStringLiteral("any_department")))) {
            const auto role = Roles::fromKey(roleKey);
            if (!role || !t.roles.contains(*role))
                return Error::invalid(tr("The workflow definition %1: transition \"%2\" lets \"%3\" act for any "
                                         "department, but that is not one of its roles.")
                                          .arg(source, t.key, roleKey));
            t.anyDepartment << *role;
        }
        t.requiredFields = readStrings(o.value(QStringLiteral("required_fields")));
        t.commentRequired = o.value(QStringLiteral("comment_required")).toBool();
        t.notBy = readStrings(o.value(QStringLiteral("not_by")));
        t.system = o.value(QStringLiteral("system")).toBool();
        t.dueField = o.value(QStringLiteral("due_field")).toString();
        def.m_transitions << t;
    }
    if (Status s = def.validate(source); !s)
        return s.error();
    return def;
}

Status WorkflowDefinition::validate(const QString &source) const
{
    auto fail = [&](const QString &problem) {
        return Error::invalid(tr("The workflow definition %1: %2").arg(source, problem));
    };
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!keyPattern.match(m_key).hasMatch())
        return fail(tr("its key \"%1\" must be lower-case letters, digits and '_'.").arg(m_key));
    if (m_version < 1)
        return fail(tr("it needs a version number of 1 or more."));
    const QStringList languages = Application::languages();
    auto missingLanguage = [&](const Labels &labels) {
        for (const QString &lang : languages) {
            if (labels.byLanguage.value(lang).trimmed().isEmpty())
                return lang;
        }
        return QString();
    };
    if (const QString lang = missingLanguage(m_labels); !lang.isEmpty())
        return fail(tr("the workflow has no label in \"%1\".").arg(lang));
    if (m_states.isEmpty())
        return fail(tr("it has no states."));

    QSet<QString> stateKeys;
    bool anyFinal = false;
    for (const WorkflowState &s : m_states) {
        if (!keyPattern.match(s.key).hasMatch())
            return fail(tr("the state key \"%1\" must be lower-case letters, digits and '_'.").arg(s.key));
        if (stateKeys.contains(s.key))
            return fail(tr("the state \"%1\" is declared twice.").arg(s.key));
        stateKeys.insert(s.key);
        if (const QString lang = missingLanguage(s.labels); !lang.isEmpty())
            return fail(tr("the state \"%1\" has no label in \"%2\".").arg(s.key, lang));
        anyFinal = anyFinal || s.isFinal;
    }
    if (!stateKeys.contains(m_initial))
        return fail(tr("the initial state \"%1\" is not one of its states.").arg(m_initial));
    if (!anyFinal)
        return fail(tr("it has no final state."));

    QSet<QString> transitionKeys;
    for (const WorkflowTransition &t : m_transitions) {
        if (!keyPattern.match(t.key).hasMatch())
            return fail(tr("the transition key \"%1\" must be lower-case letters, digits and '_'.").arg(t.key));
        if (transitionKeys.contains(t.key))
            return fail(tr("the transition \"%1\" is declared twice.").arg(t.key));
        transitionKeys.insert(t.key);
        if (const QString lang = missingLanguage(t.labels); !lang.isEmpty())
            return fail(tr("the transition \"%1\" has no label in \"%2\".").arg(t.key, lang));
        if (t.from.isEmpty())
            return fail(tr("the transition \"%1\" does not say where it starts (\"from\").").arg(t.key));
        for (const QString &from : t.from) {
            if (!stateKeys.contains(from))
                return fail(tr("the transition \"%1\" starts in the unknown state \"%2\".").arg(t.key, from));
            if (state(from)->isFinal)
                return fail(tr("the transition \"%1\" leaves the final state \"%2\".").arg(t.key, from));
        }
        if (!stateKeys.contains(t.to))
            return fail(tr("the transition \"%1\" leads to the unknown state \"%2\".").arg(t.key, t.to));
        if (t.system && !t.roles.isEmpty())
            return fail(tr("the transition \"%1\" is taken by the system, so it cannot name roles.").arg(t.key));
        if (!t.system && t.roles.isEmpty())
            return fail(tr("the transition \"%1\" names no role that may take it.").arg(t.key));
        if (!t.dueField.isEmpty() && !t.system)
            return fail(tr("the transition \"%1\" has a due date field, which only the system's transitions can have.")
                            .arg(t.key));
        if (!t.dueField.isEmpty() && !keyPattern.match(t.dueField).hasMatch())
            return fail(tr("the due date field \"%1\" of \"%2\" must be lower-case letters, digits and '_'.")
                            .arg(t.dueField, t.key));
        if (t.system && (t.commentRequired || !t.notBy.isEmpty()))
            return fail(tr("the transition \"%1\" is taken by the system, so it can neither need a comment nor a "
                           "four-eyes rule.")
                            .arg(t.key));
    }
    for (const WorkflowTransition &t : m_transitions) {
        for (const QString &other : t.notBy) {
            if (!transitionKeys.contains(other))
                return fail(tr("the four-eyes rule of \"%1\" names the unknown transition \"%2\".").arg(t.key, other));
        }
    }

    // Every state must be reachable from the initial one, and every state that is not final
    // must have a way out.
    QSet<QString> reached{m_initial};
    QQueue<QString> queue;
    queue.enqueue(m_initial);
    while (!queue.isEmpty()) {
        const QString current = queue.dequeue();
        for (const WorkflowTransition *t : transitionsFrom(current)) {
            if (!reached.contains(t->to)) {
                reached.insert(t->to);
                queue.enqueue(t->to);
            }
        }
    }
    for (const WorkflowState &s : m_states) {
        if (!reached.contains(s.key))
            return fail(tr("the state \"%1\" cannot be reached from the initial state.").arg(s.key));
        if (!s.isFinal && transitionsFrom(s.key).isEmpty())
            return fail(tr("the state \"%1\" is not final but has no way out.").arg(s.key));
    }
    return {};
}

} // namespace amtsdesk
