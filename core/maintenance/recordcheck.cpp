#include "maintenance/recordcheck.h"

#include "store/database.h"

#include <functional>

namespace amtsdesk {

namespace {

// One rule: a query whose rows are the findings, and the sentence for one row.
struct Rule {
    QString sql;
    std::function<QString(const QSqlQuery &)> describe;
};

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

// What a kind of record is called, at the start of a sentence.
QString noun(const QString &type)
{
    if (type == QLatin1String("case"))
        return RecordCheck::tr("Case");
    if (type == QLatin1String("invoice"))
        return RecordCheck::tr("Invoice");
    if (type == QLatin1String("subproject"))
        return RecordCheck::tr("Sub-project");
    if (type == QLatin1String("document"))
        return RecordCheck::tr("Document");
    if (type == QLatin1String("file"))
        return RecordCheck::tr("File");
    return type;
}

// Items (cases, invoices, sub-projects) and the rows they point at, both ways round.
QList<Rule> workflowRules()
{
    QList<Rule> rules;
    for (const auto &[type, table] : {std::pair{QStringLiteral("case"), QStringLiteral("cases")},
                                      std::pair{QStringLiteral("invoice"), QStringLiteral("invoices")},
                                      std::pair{QStringLiteral("subproject"), QStringLiteral("subprojects")}}) {
        const QString name = noun(type); // a variable: clang before 16 cannot capture a structured binding
        rules << Rule{
            QStringLiteral("SELECT o.id FROM %1 o WHERE NOT EXISTS (SELECT 1 FROM workflow_items w "
                           "WHERE w.item_type = '%2' AND w.item_ref = CAST(o.id AS TEXT))")
                .arg(table, type),
            [name](const QSqlQuery &q) {
                return RecordCheck::tr("%1 %2 has no workflow item, so it has no state.").arg(name, text(q, 0));
            }};
        rules << Rule{QStringLiteral("SELECT w.id, w.item_ref FROM workflow_items w WHERE w.item_type = '%2' AND NOT "
                                     "EXISTS (SELECT 1 FROM %1 o WHERE o.id = CAST(w.item_ref AS INTEGER))")
                          .arg(table, type),
                      [name](const QSqlQuery &q) {
                          return RecordCheck::tr("Workflow item %1 belongs to a record that does not exist: %2 %3.")
                              .arg(text(q, 0), name, text(q, 1));
                      }};
    }
    rules << Rule{QStringLiteral("SELECT v.id, v.workflow_item_id FROM invoices v JOIN workflow_items w ON "
                                 "w.item_type = 'invoice' AND w.item_ref = CAST(v.id AS TEXT) "
                                 "WHERE v.workflow_item_id IS NOT w.id"),
                  [](const QSqlQuery &q) {
                      return RecordCheck::tr("Invoice %1 points at workflow item %2, which is not its own.")
                          .arg(text(q, 0), q.value(1).isNull() ? QStringLiteral("-") : text(q, 1));
                  }};
    // The start writes the first history row; each step one more, with the new state.
    rules << Rule{QStringLiteral("SELECT id, state, last FROM (SELECT w.id, w.state, (SELECT h.to_state FROM "
                                 "workflow_history h WHERE h.item_id = w.id ORDER BY h.id DESC LIMIT 1) AS last "
                                 "FROM workflow_items w) WHERE last IS NULL OR last <> state"),
                  [](const QSqlQuery &q) {
                      if (q.value(2).isNull())
                          return RecordCheck::tr("Workflow item %1 has no history.").arg(text(q, 0));
                      return RecordCheck::tr("Workflow item %1 is in state \"%2\", but its history ends in \"%3\".")
                          .arg(text(q, 0), text(q, 1), text(q, 2));
                  }};
    // Every step has its audit entry, counted from the item's start (an id of a destroyed
    // case may come again, with a new start).
    rules << Rule{
        QStringLiteral("SELECT id, item_type, item_ref, steps, started, audited FROM (SELECT o.*, (SELECT count(*) "
                       "FROM audit_log a WHERE a.object_type = o.item_type AND a.object_id = o.item_ref AND "
                       "a.action = 'workflow.transition' AND a.id > o.started) AS audited FROM (SELECT w.id, "
                       "w.item_type, w.item_ref, (SELECT count(*) FROM workflow_history h WHERE h.item_id = w.id "
                       "AND h.transition IS NOT NULL) AS steps, (SELECT max(a.id) FROM audit_log a WHERE "
                       "a.object_type = w.item_type AND a.object_id = w.item_ref AND a.action = 'workflow.started') "
                       "AS started FROM workflow_items w) o) WHERE started IS NULL OR audited <> steps"),
        [](const QSqlQuery &q) {
            if (q.value(4).isNull())
                return RecordCheck::tr("Workflow item %1 (%2 %3) has no audit entry for its start.")
                    .arg(text(q, 0), noun(text(q, 1)), text(q, 2));
            return RecordCheck::tr("Workflow item %1 (%2 %3) took %4 steps, but the audit trail records %5.")
                .arg(text(q, 0), noun(text(q, 1)), text(q, 2), text(q, 3), text(q, 5));
        }};
    return rules;
}

QList<Rule> documentRules()
{
    QList<Rule> rules;
    rules << Rule{QStringLiteral("SELECT d.id FROM documents d WHERE NOT EXISTS "
                                 "(SELECT 1 FROM document_versions v WHERE v.document_id = d.id)"),
                  [](const QSqlQuery &q) {
                      return RecordCheck::tr("Document %1 has no version, so no stored file.").arg(text(q, 0));
                  }};
    rules << Rule{QStringLiteral("SELECT document_id, count(*), max(version) FROM document_versions "
                                 "GROUP BY document_id HAVING count(*) <> max(version) OR min(version) <> 1"),
                  [](const QSqlQuery &q) {
                      return RecordCheck::tr("Document %1 lacks versions: it has %2 of the versions 1 to %3.")
                          .arg(text(q, 0), text(q, 1), text(q, 2));
                  }};
    // The indexer writes the text and the status in one transaction.
    rules << Rule{
        QStringLiteral("SELECT v.document_id, v.version FROM document_versions v WHERE v.text_status = 'indexed' AND "
                       "v.version = (SELECT max(x.version) FROM document_versions x WHERE x.document_id = "
                       "v.document_id) AND NOT EXISTS (SELECT 1 FROM document_text t WHERE t.version_id = v.id "
                       "AND t.page = 0)"),
        [](const QSqlQuery &q) {
            return RecordCheck::tr("Document %1, version %2, is marked as indexed, but it is not in the "
                                   "search index.")
                .arg(text(q, 0), text(q, 1));
        }};
    return rules;
}

// Each record and the audit entry written with it.
QList<Rule> auditRules()
{
    QList<Rule> rules;
    const auto missingEntry = [](const QString &what, const QString &action) {
        return [what, action](const QSqlQuery &q) {
            return RecordCheck::tr("%1 %2 has no audit entry \"%3\".").arg(noun(what), text(q, 0), action);
        };
    };
    rules << Rule{QStringLiteral("SELECT f.reference_number FROM files f WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                 "WHERE a.object_type = 'file' AND a.object_id = f.reference_number AND "
                                 "a.action = 'file.created')"),
                  missingEntry(QStringLiteral("file"), QStringLiteral("file.created"))};
    for (const auto &[type, table, action] :
         {std::tuple{QStringLiteral("document"), QStringLiteral("documents"), QStringLiteral("document.added")},
          std::tuple{QStringLiteral("invoice"), QStringLiteral("invoices"), QStringLiteral("invoice.received")},
          std::tuple{QStringLiteral("subproject"), QStringLiteral("subprojects"),
                     QStringLiteral("subproject.created")}})
        rules << Rule{QStringLiteral("SELECT o.id FROM %1 o WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE "
                                     "a.object_type = '%2' AND a.object_id = CAST(o.id AS TEXT) AND a.action = '%3')")
                          .arg(table, type, action),
                      missingEntry(type, action)};
    rules << Rule{QStringLiteral("SELECT v.document_id, v.version FROM document_versions v WHERE v.version > 1 AND "
                                 "NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.object_type = 'document' AND "
                                 "a.object_id = CAST(v.document_id AS TEXT) AND a.action = 'document.version_added' "
                                 "AND json_extract(a.details, '$.version') = v.version)"),
                  [](const QSqlQuery &q) {
                      return RecordCheck::tr("Document %1, version %2, has no audit entry \"%3\".")
                          .arg(text(q, 0), text(q, 1), QStringLiteral("document.version_added"));
                  }};
    rules << Rule{QStringLiteral("SELECT n.id, n.object_type, n.object_id FROM notes n WHERE NOT EXISTS (SELECT 1 "
                                 "FROM audit_log a WHERE a.object_type = n.object_type AND a.object_id = "
                                 "CAST(n.object_id AS TEXT) AND a.action = 'note.added' AND "
                                 "json_extract(a.details, '$.note') = n.id)"),
                  [](const QSqlQuery &q) {
                      return RecordCheck::tr("Note %1 (on %2 %3) has no audit entry \"%4\".")
                          .arg(text(q, 0), noun(text(q, 1)), text(q, 2), QStringLiteral("note.added"));
                  }};
    // The other way round: an entry that records a creation names a record that is there,
    // unless its file was destroyed (Kassation), which the trail records too.
    rules << Rule{
        QStringLiteral("SELECT a.id, a.action, a.object_type, a.object_id FROM audit_log a WHERE "
                       "(a.action = 'file.created' AND NOT EXISTS (SELECT 1 FROM files f WHERE f.reference_number = "
                       "a.object_id) AND NOT EXISTS (SELECT 1 FROM audit_log x WHERE x.object_type = 'file' AND "
                       "x.object_id = a.object_id AND x.action = 'file.destroyed')) "
                       "OR (a.action = 'document.added' AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = "
                       "CAST(a.object_id AS INTEGER)) AND NOT EXISTS (SELECT 1 FROM audit_log x WHERE "
                       "x.object_type = 'file' AND x.object_id = json_extract(a.details, '$.file') AND "
                       "x.action = 'file.destroyed')) "
                       "OR (a.action = 'invoice.received' AND NOT EXISTS (SELECT 1 FROM invoices v WHERE v.id = "
                       "CAST(a.object_id AS INTEGER))) "
                       "OR (a.action = 'subproject.created' AND NOT EXISTS (SELECT 1 FROM subprojects s WHERE "
                       "s.id = CAST(a.object_id AS INTEGER)))"),
        [](const QSqlQuery &q) {
            return RecordCheck::tr("Audit entry %1 (\"%2\") names a record that does not exist and was "
                                   "not destroyed: %3 %4.")
                .arg(text(q, 0), text(q, 1), noun(text(q, 2)), text(q, 3));
        }};
    return rules;
}

} // namespace

QStringList RecordCheck::run(const Database &db)
{
    QStringList findings;
    for (const Rule &rule : workflowRules() + documentRules() + auditRules()) {
        auto q = db.exec(rule.sql);
        if (!q) {
            findings << tr("A check could not run: %1").arg(q.error().message);
            continue;
        }
        int found = 0;
        while (q->next()) {
            if (++found <= kNamedPerRule)
                findings << rule.describe(*q);
        }
        if (found > kNamedPerRule)
            findings << tr("… and %1 more of the same kind.").arg(found - kNamedPerRule);
    }
    return findings;
}

} // namespace amtsdesk
