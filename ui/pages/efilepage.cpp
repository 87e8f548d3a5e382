#include "pages/efilepage.h"

#include "background.h"
#include "common/settings.h"
#include "dialogs/filedialog.h"
#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/newfiledialog.h"
#include "efile/documentservice.h"
#include "efile/fileexport.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "efile/resubmissions.h"
#include "inbox/inboxwatcher.h"
#include "pdf/workerclient.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

enum TreeRole { KindRole = Qt::UserRole + 1, IdRole };
enum TreeKind { UnitItem = 1, FileItem = 2 };

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget;
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *cell(const QString &text, qint64 id = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, id);
    return item;
}

QString textStatusLabel(const QString &status)
{
    if (status == QStringLiteral("indexed"))
        return EFilePage::tr("searchable");
    if (status == QStringLiteral("pending"))
        return EFilePage::tr("being read");
    if (status == QStringLiteral("encrypted"))
        return EFilePage::tr("password-protected");
    if (status == QStringLiteral("unreadable"))
        return EFilePage::tr("cannot be read");
    return EFilePage::tr("no text");
}

} // namespace

EFilePage::EFilePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget), m_details(new QStackedWidget),
      m_unitLabel(new QLabel), m_fileHeader(new QLabel), m_cases(table({tr("No."), tr("Case"), tr("State")})),
      m_documents(table({tr("Document"), tr("Date"), tr("Way"), tr("Version"), tr("Type"), tr("Text")})),
      m_newFile(new QPushButton(tr("&New file…"))), m_newCase(new QPushButton(tr("New &case…"))),
      m_closeFile(new QPushButton(tr("Close file (&zdA)…"))), m_export(new QPushButton(tr("E&xport…"))),
      m_addDocuments(new QPushButton(tr("&Add documents…"))), m_note(new QPushButton(tr("N&ote…"))),
      m_resubmission(new QPushButton(tr("&Resubmission…"))), m_open(new QPushButton(tr("&Open"))),
      m_scannerFolder(new QPushButton(tr("&Scanner folder…")))
{
    setAcceptDrops(true);
    m_tree->setHeaderLabels({tr("File plan")});
    m_tree->setAccessibleName(tr("File plan and files"));
    m_unitLabel->setWordWrap(true);
    m_fileHeader->setWordWrap(true);
    m_fileHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documents->setAccessibleName(tr("Documents of the case"));
    m_documents->setToolTip(tr("Drop files here to add them to the case"));

    auto *hint = new QLabel(tr("Choose a unit of the file plan or a file on the left."));
    hint->setAlignment(Qt::AlignCenter);
    auto *unitPage = new QWidget;
    auto *unitLayout = new QVBoxLayout(unitPage);
    unitLayout->addWidget(m_unitLabel);
    unitLayout->addWidget(m_newFile, 0, Qt::AlignLeft);
    unitLayout->addStretch(1);

    auto *filePage = new QWidget;
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_newCase);
    fileButtons->addWidget(m_closeFile);
    fileButtons->addWidget(m_export);
    fileButtons->addStretch(1);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_addDocuments);
    documentButtons->addWidget(m_scannerFolder);
    documentButtons->addWidget(m_open);
    documentButtons->addWidget(m_note);
    documentButtons->addWidget(m_resubmission);
    documentButtons->addStretch(1);
    m_progressBox = new QWidget;
    auto *progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel;
    m_progress = new QProgressBar;
    auto *cancel = new QPushButton(tr("Cancel"));
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressBox->hide();
    connect(cancel, &QPushButton::clicked, this, &EFilePage::cancelImport);
    m_watchBox = new QWidget;
    auto *watchLayout = new QHBoxLayout(m_watchBox);
    watchLayout->setContentsMargins(0, 0, 0, 0);
    m_watchLabel = new QLabel;
    m_watchLabel->setWordWrap(true);
    auto *stopWatch = new QPushButton(tr("Stop watching"));
    watchLayout->addWidget(m_watchLabel, 1);
    watchLayout->addWidget(stopWatch);
    m_watchBox->hide();
    connect(stopWatch, &QPushButton::clicked, this, &EFilePage::stopWatching);
    auto *lists = new QSplitter(Qt::Vertical);
    lists->addWidget(m_cases);
    auto *documentsBox = new QWidget;
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    documentsLayout->setContentsMargins(0, 0, 0, 0);
    documentsLayout->addLayout(documentButtons);
    documentsLayout->addWidget(m_progressBox);
    documentsLayout->addWidget(m_watchBox);
    documentsLayout->addWidget(m_documents, 1);
    lists->addWidget(documentsBox);
    lists->setStretchFactor(1, 2);
    auto *fileLayout = new QVBoxLayout(filePage);
    fileLayout->addWidget(m_fileHeader);
    fileLayout->addLayout(fileButtons);
    fileLayout->addWidget(lists, 1);

    m_details->addWidget(hint);
    m_details->addWidget(unitPage);
    m_details->addWidget(filePage);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        if (item->data(0, KindRole).toInt() == FileItem)
            showFile(FileId(item->data(0, IdRole).toLongLong()));
        else
            showUnit(item->data(0, IdRole).toString());
    });
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_cases->selectionModel()->selectedRows();
        m_case =
            rows.isEmpty() ? CaseId() : CaseId(m_cases->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
        showDocuments();
    });
    connect(m_documents, &QTableWidget::itemSelectionChanged, this, &EFilePage::updateActions);
    connect(m_documents, &QTableWidget::itemActivated, this, &EFilePage::openCurrentDocument);
    connect(m_newFile, &QPushButton::clicked, this, &EFilePage::askNewFile);
    connect(m_newCase, &QPushButton::clicked, this, &EFilePage::askNewCase);
    connect(m_addDocuments, &QPushButton::clicked, this, &EFilePage::askImport);
    connect(m_note, &QPushButton::clicked, this, &EFilePage::askNote);
    connect(m_resubmission, &QPushButton::clicked, this, &EFilePage::askResubmission);
    connect(m_closeFile, &QPushButton::clicked, this, &EFilePage::askClose);
    connect(m_export, &QPushButton::clicked, this, &EFilePage::askExport);
    connect(m_open, &QPushButton::clicked, this, &EFilePage::openCurrentDocument);
    connect(m_scannerFolder, &QPushButton::clicked, this, &EFilePage::askScannerFolder);
    reload();
    // Watching goes on where it was left, if it was this store's and the case is still there.
    const QString watched = settings::inboxFolder.value();
    if (!watched.isEmpty() && settings::inboxStore.value() == m_session.db->path() && QDir(watched).exists()) {
        auto target = FileService(*m_session.db).caseById(m_session.actor, CaseId(settings::inboxCase.value()));
        if (target && !target->closed && selectFile(target->file) && selectCase(target->id))
            watchScannerFolder(watched);
    }
}

bool EFilePage::watchScannerFolder(const QString &folder, int intervalMs, int settleSeconds)
{
    if (!m_case.isValid() || !QDir(folder).exists())
        return false;
    if (!m_inbox) {
        m_inbox = new InboxWatcher(m_session.db->path(), m_session.actor, this);
        connect(m_inbox, &InboxWatcher::imported, this, [this](const ImportSummary &summary) {
            if (m_case == m_inbox->target())
                showDocuments();
            const QStringList lines = summary.describe();
            emit message(tr("Scanner folder: %1").arg(lines.first()));
            // The first lines only: a full scanner tray must not push the documents off the page.
            constexpr int kShownLines = 4;
            QStringList shown = lines.mid(0, kShownLines);
            if (lines.size() > kShownLines)
                shown << tr("… and %n more; each document's Text column says how it went.", nullptr, int(lines.size() - kShownLines));
            showWatch(shown.join(QLatin1Char('\n')));
            emit importFinished(summary);
        });
        connect(m_inbox, &InboxWatcher::failed, this, [this](const QString &problem) {
            m_watchBox->hide();
            MessageBox::critical(this, tr("Scanner folder no longer watched"), problem);
        });
    }
    auto target = FileService(*m_session.db).caseById(m_session.actor, m_case);
    if (!target)
        return false;
    m_inbox->start(folder, m_case, intervalMs, settleSeconds);
    settings::inboxFolder.setValue(folder);
    settings::inboxCase.setValue(m_case.value);
    settings::inboxStore.setValue(m_session.db->path());
    m_watchTarget = tr("%1, case %2 \"%3\"").arg(target->referenceNumber).arg(target->number).arg(target->subject);
    showWatch();
    return true;
}

void EFilePage::stopWatching()
{
    if (m_inbox)
        m_inbox->stop();
    settings::inboxFolder.reset();
    settings::inboxCase.reset();
    settings::inboxStore.reset();
    m_watchBox->hide();
}

void EFilePage::showWatch(const QString &lastResult)
{
    if (!m_inbox || !m_inbox->isWatching())
        return;
    QString text =
        tr("Files that arrive in the scanner folder %1 are added to %2; they move to its folders imported and "
           "failed.")
            .arg(QDir::toNativeSeparators(m_inbox->folder()), m_watchTarget);
    if (!lastResult.isEmpty())
        text += QLatin1Char('\n') + tr("Last: %1").arg(lastResult);
    m_watchLabel->setText(text);
    m_watchBox->show();
}

void EFilePage::askScannerFolder()
{
    const QString folder =
        FileDialog::existingDirectory(this, tr("Scanner folder for this case"),
                                      m_inbox && m_inbox->isWatching() ? m_inbox->folder() : QDir::homePath());
    if (folder.isEmpty())
        return;
    if (!watchScannerFolder(folder))
        MessageBox::critical(this, tr("Scanner folder not watched"),
                            tr("%1 cannot be watched.").arg(QDir::toNativeSeparators(folder)));
}

void EFilePage::reload()
{
    const FileId file = m_file;
    const CaseId caseId = m_case;
    fillTree();
    if (file.isValid() && selectFile(file) && caseId.isValid())
        selectCase(caseId);
}

void EFilePage::fillTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto units = FilePlan(*m_session.db).units();
    if (!units) {
        emit message(units.error().message);
        return;
    }
    QHash<qint64, QTreeWidgetItem *> items;
    for (const PlanUnit &u : *units) {
        auto *item = new QTreeWidgetItem({QStringLiteral("%1 %2").arg(u.key, u.title)});
        item->setData(0, KindRole, UnitItem);
        item->setData(0, IdRole, u.key);
        item->setIcon(0, QIcon::fromTheme(QStringLiteral("folder")));
        items.insert(u.id.value, item);
    }
    for (const PlanUnit &u : *units) {
        if (QTreeWidgetItem *parent = items.value(u.parent.value))
            parent->addChild(items.value(u.id.value));
        else
            m_tree->addTopLevelItem(items.value(u.id.value));
    }
    FileService files(*m_session.db);
    FileId after;
    while (true) {
        auto page = files.files(m_session.actor, {}, after, 500);
        if (!page) {
            emit message(page.error().message);
            break;
        }
        for (const EFile &f : *page) {
            QTreeWidgetItem *unit = items.value(f.planUnit.value);
            if (!unit)
                continue;
            auto *item = new QTreeWidgetItem({QStringLiteral("%1 %2").arg(f.referenceNumber, f.subject)});
            item->setData(0, KindRole, FileItem);
            item->setData(0, IdRole, f.id.value);
            item->setIcon(0, QIcon::fromTheme(QStringLiteral("invoice")));
            item->setToolTip(0,
                             f.confidentiality == Confidentiality::Restricted ? QStringLiteral("VS-NfD") : QString());
            if (f.isClosed()) {
                item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setText(0, item->text(0) + QLatin1Char(' ') + tr("(zdA)"));
            }
            unit->addChild(item);
        }
        if (page->size() < 500)
            break;
        after = page->last().id;
    }
    m_tree->expandAll();
    m_details->setCurrentIndex(0);
    m_file = {};
    m_case = {};
    updateActions();
}

bool EFilePage::selectFile(FileId file)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == FileItem && (*it)->data(0, IdRole).toLongLong() == file.value) {
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

bool EFilePage::selectCase(CaseId caseId)
{
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        if (m_cases->item(row, 0)->data(Qt::UserRole).toLongLong() == caseId.value) {
            m_cases->selectRow(row);
            return true;
        }
    }
    return false;
}

bool EFilePage::selectDocument(DocumentId document)
{
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        if (m_documents->item(row, 0)->data(Qt::UserRole).toLongLong() == document.value) {
            m_documents->selectRow(row);
            return true;
        }
    }
    return false;
}

void EFilePage::showUnit(const QString &key)
{
    m_unitKey = key;
    m_file = {};
    m_case = {};
    auto unit = FilePlan(*m_session.db).unit(key);
    if (!unit) {
        m_unitLabel->setText(unit.error().message.toHtmlEscaped());
    } else {
        m_unitLabel->setText(
            tr("<h2>%1 %2</h2>Department %3 · retention %4")
                .arg(unit->key.toHtmlEscaped(), unit->title.toHtmlEscaped(), unit->departmentCode.toHtmlEscaped(),
                     unit->retentionYears ? tr("%n year(s)", nullptr, *unit->retentionYears) : tr("unlimited")));
    }
    const bool leaf = unit && FilePlan(*m_session.db).isLeaf(unit->id).valueOr(false);
    m_newFile->setVisible(leaf);
    m_details->setCurrentIndex(1);
    updateActions();
}

void EFilePage::showFile(FileId id)
{
    auto file = FileService(*m_session.db).file(m_session.actor, id);
    m_file = id;
    m_case = {};
    m_details->setCurrentIndex(2);
    if (!file) {
        m_fileHeader->setText(file.error().message.toHtmlEscaped());
        m_fileClosed = true;
        m_cases->setRowCount(0);
        m_documents->setRowCount(0);
        updateActions();
        return;
    }
    m_fileClosed = file->isClosed();
    const QLocale locale;
    QString status =
        file->isClosed()
            ? tr("closed (zdA) on %1, kept until %2")
                  .arg(locale.toString(file->closedAt.toLocalTime().date(), QLocale::ShortFormat),
                       file->retentionUntil.isValid() ? locale.toString(file->retentionUntil, QLocale::ShortFormat)
                                                      : tr("forever"))
            : tr("open");
    m_fileHeader->setText(
        tr("<h2>%1</h2><b>%2</b><br>File plan %3 · department %4 · confidentiality %5 · %6")
            .arg(file->referenceNumber.toHtmlEscaped(), file->subject.toHtmlEscaped(), file->planKey.toHtmlEscaped(),
                 file->departmentCode.toHtmlEscaped(),
                 file->confidentiality == Confidentiality::Restricted ? QStringLiteral("<b>VS-NfD</b>") : tr("Open"),
                 status));
    showCases();
}

void EFilePage::showCases()
{
    const QSignalBlocker block(m_cases);
    m_cases->setRowCount(0);
    auto cases = FileService(*m_session.db).cases(m_session.actor, m_file);
    if (cases) {
        m_cases->setRowCount(int(cases->size()));
        for (int row = 0; row < cases->size(); ++row) {
            const Case &c = cases->at(row);
            m_cases->setItem(row, 0, cell(QString::number(c.number), c.id.value));
            m_cases->setItem(row, 1, cell(c.subject));
            m_cases->setItem(row, 2, cell(c.stateLabel));
        }
        m_cases->resizeColumnToContents(0);
        m_cases->resizeColumnToContents(1);
    }
    if (m_cases->rowCount() > 0) {
        m_cases->selectRow(0);
        m_case = CaseId(m_cases->item(0, 0)->data(Qt::UserRole).toLongLong());
    }
    showDocuments();
}

void EFilePage::showDocuments()
{
    m_documents->setRowCount(0);
    if (m_case.isValid()) {
        auto documents = DocumentService(*m_session.db).documents(m_session.actor, m_case);
        if (documents) {
            const QLocale locale;
            m_documents->setRowCount(int(documents->size()));
            for (int row = 0; row < documents->size(); ++row) {
                const Document &d = documents->at(row);
                const QString way = d.direction == Direction::Incoming   ? tr("incoming")
                                    : d.direction == Direction::Outgoing ? tr("outgoing")
                                                                         : tr("internal");
                m_documents->setItem(row, 0, cell(d.title, d.id.value));
                m_documents->setItem(
                    row, 1,
                    cell(locale.toString(d.documentDate.isValid() ? d.documentDate : d.createdAt.toLocalTime().date(),
                                         QLocale::ShortFormat)));
                m_documents->setItem(row, 2, cell(way));
                m_documents->setItem(row, 3, cell(QString::number(d.current.version)));
                m_documents->setItem(row, 4, cell(QFileInfo(d.current.fileName).suffix().toUpper()));
                auto *text = cell(textStatusLabel(d.current.textStatus));
                text->setToolTip(d.current.textNote);
                m_documents->setItem(row, 5, text);
            }
            m_documents->resizeColumnsToContents();
        }
    }
    updateActions();
}

void EFilePage::updateActions()
{
    const bool fileOpen = m_file.isValid() && !m_fileClosed;
    const bool mayWork = m_session.actor.hasRole(Role::Clerk) || m_session.actor.hasRole(Role::Signatory);
    m_newFile->setEnabled(mayWork);
    m_newCase->setEnabled(fileOpen && mayWork);
    m_closeFile->setEnabled(fileOpen && mayWork);
    m_export->setEnabled(m_file.isValid());
    m_addDocuments->setEnabled(fileOpen && mayWork && m_case.isValid() && !m_importRunning);
    m_note->setEnabled(fileOpen && mayWork && m_case.isValid());
    m_resubmission->setEnabled(fileOpen && mayWork && m_case.isValid());
    m_scannerFolder->setEnabled(fileOpen && mayWork && m_case.isValid());
    m_open->setEnabled(!m_documents->selectionModel()->selectedRows().isEmpty());
}

Result<FileId> EFilePage::createFile(const NewFile &file)
{
    auto id = FileService(*m_session.db).createFile(m_session.actor, file);
    if (!id)
        return id.error();
    fillTree();
    selectFile(*id);
    emit message(tr("File %1 created.").arg(FileService(*m_session.db).loadFile(*id)->referenceNumber));
    return id;
}

Result<CaseId> EFilePage::createCase(const QString &subject)
{
    auto id = FileService(*m_session.db).createCase(m_session.actor, m_file, subject);
    if (!id)
        return id.error();
    showCases();
    selectCase(*id);
    return id;
}

bool EFilePage::importFiles(const QStringList &paths)
{
    if (m_importRunning || !m_case.isValid() || paths.isEmpty())
        return false;
    m_importRunning = true;
    updateActions();
    emit message(tr("Adding %n document(s)…", nullptr, int(paths.size())));
    const Actor actor = m_session.actor;
    const CaseId caseId = m_case;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancelImport = cancel;
    m_progress->setRange(0, int(paths.size()));
    m_progress->setValue(0);
    m_progressBox->show();
    QPointer<EFilePage> self(this);
    // Storing, hashing and reading the text of big files takes time: off the GUI thread, with a
    // worker process of its own; progress comes back queued, cancel goes there as a flag.
    runInBackground<ImportSummary>(
        this, m_session.db->path(),
        [actor, caseId, paths, cancel, self](Database &db) -> Result<ImportSummary> {
            PdfWorker worker;
            return BatchImport(db, worker)
                .run(actor, caseId, paths, Direction::Incoming, {}, {}, {},
                     [cancel, self](int done, int total, const QString &path) {
                         QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total, path] {
                             if (self)
                                 self->showProgress(done, total, path);
                         });
                         return !cancel->load();
                     });
        },
        [this](Result<ImportSummary> summary) {
            m_importRunning = false;
            m_progressBox->hide();
            m_cancelImport.reset();
            showDocuments();
            if (!summary) {
                MessageBox::critical(this, tr("Documents not added"), summary.error().message);
                return;
            }
            const QStringList lines = summary->describe();
            emit message(lines.first());
            if (lines.size() > 1 || !summary->failed.isEmpty())
                MessageBox::information(this, tr("Documents added"), lines.join(QLatin1Char('\n')));
            emit importFinished(*summary);
        });
    return true;
}

void EFilePage::showProgress(int done, int total, const QString &path)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressLabel->setText(path.isEmpty()
                                 ? tr("Finishing…")
                                 : tr("%1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
}

void EFilePage::cancelImport()
{
    if (m_cancelImport)
        m_cancelImport->store(true);
}

Status EFilePage::addNote(const QString &text)
{
    auto id = DocumentService(*m_session.db).addNote(m_session.actor, QStringLiteral("case"), m_case.value, text);
    if (!id)
        return id.error();
    emit message(tr("Note added."));
    return {};
}

Status EFilePage::addResubmission(QDate due, const QString &reason)
{
    auto id = Resubmissions(*m_session.db).add(m_session.actor, m_case, due, reason);
    if (!id)
        return id.error();
    emit message(tr("Resubmission on %1 set.").arg(QLocale().toString(due, QLocale::ShortFormat)));
    return {};
}

Status EFilePage::closeCurrentFile()
{
    if (Status s = FileService(*m_session.db).closeFile(m_session.actor, m_file); !s)
        return s;
    const FileId file = m_file;
    fillTree();
    selectFile(file);
    return {};
}

void EFilePage::askNewFile()
{
    auto unit = FilePlan(*m_session.db).unit(m_unitKey);
    if (!unit)
        return;
    NewFileDialog dialog(unit->key, unit->title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = createFile(dialog.file()); !id)
        MessageBox::critical(this, tr("File not created"), id.error().message);
}

void EFilePage::askNewCase()
{
    bool ok = false;
    const QString subject =
        QInputDialog::getText(this, tr("New case"), tr("Subject of the case:"), QLineEdit::Normal, {}, &ok);
    if (!ok || subject.trimmed().isEmpty())
        return;
    if (auto id = createCase(subject); !id)
        MessageBox::critical(this, tr("Case not created"), id.error().message);
}

void EFilePage::askImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add documents"), QDir::homePath());
    importFiles(paths);
}

void EFilePage::askNote()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Note on the case"), tr("Note:"), {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    if (Status s = addNote(text); !s)
        MessageBox::critical(this, tr("Note not added"), s.error().message);
}

void EFilePage::askResubmission()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Resubmission"));
    auto *date = new QDateEdit(QDate::currentDate().addDays(14));
    date->setCalendarPopup(true);
    date->setMinimumDate(QDate::currentDate());
    auto *reason = new QLineEdit;
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Reason:"), reason);
    formdialog::addOkCancel(dialog, form);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = addResubmission(date->date(), reason->text()); !s)
        MessageBox::critical(this, tr("Resubmission not set"), s.error().message);
}

void EFilePage::askClose()
{
    if (MessageBox::question(
            this, tr("Close file"),
            tr("Close the file (zdA)? Its retention period starts, and it cannot be changed any more.")) !=
        QMessageBox::Yes)
        return;
    if (Status s = closeCurrentFile(); !s)
        MessageBox::critical(this, tr("File not closed"), s.error().message);
}

void EFilePage::askExport()
{
    const QString folder = FileDialog::existingDirectory(this, tr("Export into an empty folder"), QDir::homePath());
    if (folder.isEmpty())
        return;
    auto summary = FileExport(*m_session.db).exportFile(m_session.actor, m_file, folder);
    if (!summary)
        MessageBox::critical(this, tr("Export failed"), summary.error().message);
    else
        emit message(
            tr("Exported %1 documents to %2.").arg(summary->documents).arg(QDir::toNativeSeparators(summary->folder)));
}

void EFilePage::openCurrentDocument()
{
    const auto rows = m_documents->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    emit openDocumentRequested(DocumentId(m_documents->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong()),
                               1);
}

void EFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_addDocuments->isEnabled())
        event->acceptProposedAction();
}

void EFilePage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (importFiles(paths))
        event->acceptProposedAction();
}

} // namespace amtsdesk::ui
