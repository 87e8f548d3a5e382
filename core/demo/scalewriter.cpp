#include "demo/scalewriter.h"

#include "access/accessservice.h"
#include "common/clock.h"
#include "demo/scalecatalogue.h"
#include "efile/documentsearch.h"
#include "efile/documentservice.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "invoice/inbox/invoiceinbox.h"
#include "store/database.h"
#include "workflow/workflowengine.h"

#include <QFile>

namespace amtsdesk {

namespace {

enum Stream : quint32 { InvoiceStepsStream = 4 };

QStringList pageTexts(const GeneratedVersion &version)
{
    QStringList pages;
    pages.reserve(version.pages.size());
    for (const QStringList &lines : version.pages)
        pages << lines.join(QLatin1Char('\n'));
    return pages;
}

} // namespace

ScaleWriter::ScaleWriter(Database &db, FixedClock &clock, const ScaleContent &content, const QString &adminLogin)
    : m_db(db), m_clock(clock), m_content(content), m_adminLogin(adminLogin)
{
}

void ScaleWriter::at(const QDateTime &time)
{
    m_clock.set(time);
}

Status ScaleWriter::prepare()
{
    AccessService access(m_db);
    auto admin = access.actorForLogin(m_adminLogin);
    if (!admin)
        return admin.error();
    m_admin = *admin;
    auto users = access.users();
    if (!users)
        return users.error();
    for (const User &u : *users) {
        if (u.isSystem || !u.active)
            continue;
        const bool clerk = u.roles.contains(Role::Clerk), signatory = u.roles.contains(Role::Signatory);
        if (!clerk && !signatory)
            continue;
        auto actor = access.actorForLogin(u.login);
        if (!actor)
            return actor.error();
        People &people = m_people[u.departmentCode];
        if (clerk)
            people.clerks << *actor;
        if (signatory)
            people.signatories << *actor;
    }
    auto checker = access.actorForLogin(QStringLiteral("k.wolf"));
    auto payer = access.actorForLogin(QStringLiteral("f.neumann"));
    if (!checker || !payer)
        return !checker ? checker.error() : payer.error();
    m_checker = *checker;
    m_payer = *payer;
    if (!m_scratch.isValid())
        return Error::io(tr("No temporary folder can be made for the generated invoices."));
    return {};
}

Status ScaleWriter::step(WorkflowItemId item, const Actor &actor, const QString &transition, const QDateTime &when,
                         const QString &comment, const QJsonObject &fields)
{
    at(when);
    auto taken = WorkflowEngine(m_db).take(actor, item, TransitionRequest{transition, comment, fields, {}});
    if (!taken)
        return taken.error();
    return {};
}

Status ScaleWriter::takeSteps(const GeneratedCase &c, CaseId caseId, const Actor &clerk, const People &people)
{
    if (c.state == ScaleCaseState::Received)
        return {};
    auto item = WorkflowEngine(m_db).itemFor(QStringLiteral("case"), QString::number(caseId.value));
    if (!item)
        return item.error();
    const WorkflowItemId id = item->id;
    QDateTime when = c.openedAt.addSecs(3 * 3600);
    if (when > c.lastActivity)
        when = c.lastActivity;
    if (Status s = step(id, clerk, QStringLiteral("start_work"), when); !s)
        return s;
    when = c.lastActivity;
    const auto later = [&] {
        when = when.addSecs(3600);
        return when;
    };
    // Someone else of the department co-signs and signs. Where there is nobody, the case waits for
    // co-signing or is closed by its clerk: nobody acts on a case of another department.
    const Actor *signatory = nullptr;
    for (const Actor &a : people.signatories) {
        if (a.userId != clerk.userId)
            signatory = &a;
    }
    const Actor *coSigner = signatory;
    for (const Actor &a : people.clerks) {
        if (!coSigner && a.userId != clerk.userId)
            coSigner = &a;
    }
    const auto requestCoSigning = [&]() -> Status {
        if (Status s = step(id, clerk, QStringLiteral("request_co_signing"), later()); !s)
            return s;
        if (c.returnedOnce && coSigner) {
            if (Status s = step(id, *coSigner, QStringLiteral("return"), later(),
                                QStringLiteral("Bitte die Stellungnahme der Fachbehörde ergänzen."));
                !s)
                return s;
            return step(id, clerk, QStringLiteral("request_co_signing"), later());
        }
        return {};
    };
    switch (c.state) {
    case ScaleCaseState::Received:
    case ScaleCaseState::InProgress:
        break;
    case ScaleCaseState::Resubmission:
        if (Status s = step(id, clerk, QStringLiteral("set_aside"), later(), {},
                            QJsonObject{{QStringLiteral("resubmission_date"),
                                         c.resubmissionDate.toString(Qt::ISODate)}});
            !s)
            return s;
        break;
    case ScaleCaseState::CoSigning:
        if (Status s = requestCoSigning(); !s)
            return s;
        break;
    case ScaleCaseState::FinalSignature:
        if (!coSigner)
            break;
        if (Status s = requestCoSigning(); !s)
            return s;
        if (Status s = step(id, *coSigner, QStringLiteral("co_sign"), later()); !s)
            return s;
        break;
    case ScaleCaseState::Closed:
        if (c.viaCoSigning && signatory && coSigner) {
            if (Status s = requestCoSigning(); !s)
                return s;
            if (Status s = step(id, *coSigner, QStringLiteral("co_sign"), later()); !s)
                return s;
            if (Status s = step(id, *signatory, QStringLiteral("sign"), later()); !s)
                return s;
        } else if (Status s = step(id, clerk, QStringLiteral("close_to_file"), later()); !s) {
            return s;
        }
        break;
    }
    return {};
}

Status ScaleWriter::indexText()
{
    const Status s = DocumentIndex(m_db).storeAll(m_texts);
    m_texts.clear();
    return s;
}

Status ScaleWriter::writeFile(const GeneratedFile &f)
{
    const ScalePlanUnit &unit = ScaleCatalogue::units().at(f.unit);
    const People people = m_people.value(QString::fromUtf8(unit.department));
    if (people.clerks.isEmpty())
        return Error::internal(
            tr("The department %1 has no clerk to keep its files.").arg(QString::fromUtf8(unit.department)));
    const Actor &clerk = people.clerks.at(f.index % people.clerks.size());
    FileService files(m_db);
    DocumentService documents(m_db);
    Resubmissions resubmissions(m_db);
    at(f.openedAt);
    auto fileId = files.createFile(
        clerk, NewFile{QString::fromUtf8(unit.key), f.subject, {}, f.confidentiality, {}, {}});
    if (!fileId)
        return fileId.error();
    for (const GeneratedCase &c : f.cases) {
        at(c.openedAt);
        auto caseId = files.createCase(clerk, *fileId, c.subject);
        if (!caseId)
            return caseId.error();
        for (const GeneratedDocument &d : c.documents) {
            at(d.at);
            auto document = documents.addStoredDocument(
                clerk, NewDocument{*caseId, d.title, d.direction, d.at.date(), d.sender, d.recipients},
                StoredFile{d.first.blobHash, d.first.size, d.fileName, QStringLiteral("application/pdf")});
            if (!document)
                return document.error();
            auto version = m_db.scalar(
                QStringLiteral("SELECT id FROM document_versions WHERE document_id = ? AND version = 1"),
                {document->value});
            if (!version)
                return version.error();
            m_texts.append({VersionId(version->toLongLong()), pageTexts(d.first), int(d.first.pages.size()),
                            QStringLiteral("indexed"), {}});
            if (d.second) {
                at(d.secondAt);
                auto second = documents.addStoredVersion(
                    clerk, *document,
                    StoredFile{d.second->blobHash, d.second->size, d.fileName, QStringLiteral("application/pdf")},
                    QStringLiteral("Überarbeitete Fassung"));
                if (!second)
                    return second.error();
                m_texts.append({*second, pageTexts(*d.second), int(d.second->pages.size()), QStringLiteral("indexed"), {}});
            }
            if (!d.note.isEmpty()) {
                if (auto n = documents.addNote(clerk, QStringLiteral("document"), document->value, d.note); !n)
                    return n.error();
            }
        }
        at(c.lastActivity);
        if (!c.note.isEmpty()) {
            if (auto n = documents.addNote(clerk, QStringLiteral("case"), caseId->value, c.note); !n)
                return n.error();
        }
        if (c.resubmissionDate.isValid()) {
            if (auto r = resubmissions.add(clerk, *caseId, c.resubmissionDate, c.resubmissionReason); !r)
                return r.error();
        }
        if (Status s = takeSteps(c, *caseId, clerk, people); !s)
            return s;
    }
    if (f.closedAt.isValid()) {
        at(f.closedAt);
        if (Status s = files.closeFile(clerk, *fileId); !s)
            return s;
    }
    return {};
}

Result<bool> ScaleWriter::writeInvoice(qint64 k, const QDateTime &when)
{
    auto invoice = m_content.invoice(k, when.date());
    if (!invoice)
        return invoice.error();
    const QString path = m_scratch.filePath(invoice->fileName);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(invoice->xml) != invoice->xml.size())
            return Error::io(tr("%1 cannot be written: %2").arg(path, file.errorString()));
    }
    at(when);
    auto taken = InvoiceInbox(m_db).importFile(m_admin, path, InvoiceChannel::Folder, nullptr);
    QFile::remove(path);
    if (!taken)
        return taken.error();
    const bool valid = taken->errors == 0 && taken->readable;
    if (!taken->department.isEmpty()) {
        QRandomGenerator random = m_content.random(InvoiceStepsStream, quint64(k));
        if (Status s = advanceInvoice(taken->id, random, when, valid); !s)
            return s.error();
    }
    return valid;
}

Status ScaleWriter::advanceInvoice(InvoiceId id, QRandomGenerator &random, const QDateTime &when, bool valid)
{
    InvoiceInbox inbox(m_db);
    const qint64 age = when.daysTo(m_content.end());
    const double r = random.generateDouble();
    QDateTime time = when;
    const auto later = [&] {
        time = time.addDays(1 + random.bounded(4u));
        if (time > m_content.end())
            time = m_content.end();
        at(time);
    };
    if (!valid) {
        if (age > 45 && r < 0.7) {
            later();
            return inbox.take(m_checker, id, QStringLiteral("reject"),
                              QStringLiteral("Die Rechnung verstößt gegen die Geschäftsregeln; bitte korrigiert neu senden."));
        }
        return {};
    }
    // How far it has come: old invoices are paid (or rejected), recent ones anywhere on the way.
    int reach = 0; // 0 checked, 1 factually, 2 arithmetically, 3 payment ordered, -1 rejected
    if (age > 45)
        reach = r < 0.9 ? 3 : r < 0.96 ? -1 : 0;
    else
        reach = int(random.bounded(4u));
    if (reach == -1) {
        later();
        return inbox.take(m_checker, id, QStringLiteral("reject"),
                          QStringLiteral("Leistung nicht bestellt; Rechnung wird zurückgewiesen."));
    }
    if (reach == 0)
        return {};
    auto record = inbox.invoice(m_admin, id);
    if (!record)
        return record.error();
    const QList<Actor> clerks = m_people.value(record->departmentCode).clerks;
    const Actor &clerk = clerks.isEmpty() ? m_admin : clerks.at(int(id.value % clerks.size()));
    QString centre = QStringLiteral("KST-") + record->departmentCode;
    centre.remove(QLatin1Char('.'));
    later();
    if (Status s = inbox.approveFactually(
            clerk, id,
            {{centre, QStringLiteral("1.%1.0100.523100").arg(record->departmentCode), *record->payableAmount}});
        !s)
        return s;
    if (reach >= 2) {
        later();
        if (Status s = inbox.take(m_checker, id, QStringLiteral("approve_arithmetically"), {}); !s)
            return s;
    }
    if (reach >= 3) {
        later();
        if (Status s = inbox.take(m_payer, id, QStringLiteral("order_payment"), {}); !s)
            return s;
    }
    return {};
}

} // namespace amtsdesk
