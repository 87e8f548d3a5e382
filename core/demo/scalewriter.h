#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "demo/scalecontent.h"
#include "efile/documentsearch.h"

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>

namespace amtsdesk {

class Database;
class FixedClock;

// Puts what ScaleContent wrote into the store through the core services, as the people of the
// district would have done it, each step at its own time on the clock of the connection: files
// and cases by their department's clerks, documents (their blobs written and synced by the
// generator already) with the text indexed as it was laid out, the case workflow's steps with
// four eyes where it demands them, notes, resubmissions, closing; invoices through the inbox.
class ScaleWriter {
    Q_DECLARE_TR_FUNCTIONS(ScaleWriter)

public:
    ScaleWriter(Database &db, FixedClock &clock, const ScaleContent &content, const QString &adminLogin);

    Status prepare();
    // Inside the caller's transaction; the versions' blobHash must be set. The documents' text
    // waits for indexText.
    Status writeFile(const GeneratedFile &file);
    // Indexes the text of the documents written since the last call, all at once (see
    // DocumentIndex::storeAll); inside the caller's transaction, before it commits.
    Status indexText();
    // Invoice number k (0, 1, …), received at the given time; returns whether it was valid.
    Result<bool> writeInvoice(qint64 k, const QDateTime &at);

private:
    struct People {
        QList<Actor> clerks;
        QList<Actor> signatories;
    };
    Status takeSteps(const GeneratedCase &c, CaseId caseId, const Actor &clerk, const People &people);
    Status step(WorkflowItemId item, const Actor &actor, const QString &transition, const QDateTime &at,
                const QString &comment = {}, const QJsonObject &fields = {});
    Status advanceInvoice(InvoiceId id, QRandomGenerator &random, const QDateTime &at, bool valid);
    void at(const QDateTime &time);

    Database &m_db;
    FixedClock &m_clock;
    const ScaleContent &m_content;
    QString m_adminLogin;
    Actor m_admin;
    Actor m_checker; // invoice checker of the Kämmerei
    Actor m_payer;   // payment approver
    QHash<QString, People> m_people; // by department code
    QTemporaryDir m_scratch;         // invoices as files, for the inbox to take in
    QList<DocumentIndex::Text> m_texts; // written, not indexed yet
};

} // namespace amtsdesk
