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
#include "models/caselistmodel.h"
#include "models/documentlistmodel.h"
#include "pages/fileplantree.h"
#include "pages/recordlists.h"
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
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace amtsdesk::ui {

EFilePage::EFilePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new FilePlanTree(*session.db, session.actor)),
      m_details(new QStackedWidget), m_unitLabel(new QLabel),
      m_unitLists(new RecordListsPanel(*session.db, session.actor)), m_fileHeader(new QLabel),
      m_caseModel(new CaseListModel(*session.db, session.actor, this)),
      m_documentModel(new DocumentListModel(*session.db, session.actor, this)), m_cases(new QTableView),
      m_documents(new QTableView),
      m_newFile(new QPushButton(tr("&New file…"))), m_newCase(new QPushButton(tr("New &case…"))),
      m_closeFile(new QPushButton(tr("Close file (&zdA)…"))), m_export(new QPushButton(tr("E&xport…"))),
      m_addDocuments(new QPushButton(tr("&Add documents…"))), m_note(new QPushButton(tr("N&ote…"))),
      m_resubmission(new QPushButton(tr("&Resubmission…"))), m_open(new QPushButton(tr("&Open"))),
      m_scannerFolder(new QPushButton(tr("&Scanner folder…")))
{
    setAcceptDrops(true);
    setUpListView(m_cases, m_caseModel);
    setUpListView(m_documents, m_documentModel);
    m_cases->hideColumn(CaseListModel::File);
    m_cases->setColumnWidth(CaseListModel::Number, 50);
    m_cases->setColumnWidth(CaseListModel::Subject, 360);
    m_cases->setColumnWidth(CaseListModel::State, 140);
    m_documents->hideColumn(DocumentListModel::CaseColumn);
    m_documents->setColumnWidth(DocumentListModel::Title, 320);
    m_documents->setColumnWidth(DocumentListModel::Version, 60);
    m_documents->setColumnWidth(DocumentListModel::Type, 60);
    m_cases->setAccessibleName(tr("Cases of the file"));
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
    unitLayout->addWidget(m_unitLists, 1);

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

    connect(m_tree, &FilePlanTree::allChosen, this, &EFilePage::showAll);
    connect(m_tree, &FilePlanTree::unitChosen, this, &EFilePage::showUnit);
    connect(m_tree, &FilePlanTree::fileChosen, this, &EFilePage::showFile);
    connect(m_unitLists, &RecordListsPanel::caseActivated, this, [this](FileId file, CaseId caseId) {
        if (selectFile(file))
            selectCase(caseId);
    });
    connect(m_unitLists, &RecordListsPanel::documentActivated, this,
            [this](DocumentId document) { emit openDocumentRequested(document, 1); });
    connect(m_cases->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { chooseCase(current.isValid() ? current.row() : -1); });
    // A new order shows the first rows: the chosen case is the first one then.
    connect(m_caseModel, &QAbstractItemModel::modelReset, this, [this] { chooseCase(0); });
    connect(m_documents->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EFilePage::updateActions);
    connect(m_documents, &QTableView::activated, this, &EFilePage::openCurrentDocument);
    connect(m_newFile, &QPushButton::clicked, this, &EFilePage::askNewFile);
    connect(m_newCase, &QPushButton::clicked, this, &EFilePage::askNewCase);
    connect(m_addDocuments, &QPushButton::clicked, this, &EFilePage::askImport);
    connect(m_note, &QPushButton::clicked, this, &EFilePage::askNote);
    connect(m_resubmission, &QPushButton::clicked, this, &EFilePage::askResubmission);
    connect(m_closeFile, &QPushButton::clicked, this, &EFilePage::askClose);
    connect(m_export, &QPushButton::clicked, this, &EFilePage::askExport);
    connect(m_open, &QPushButton::clicked, this, &EFilePage::openCurrentDocument);
    connect(m_scannerFolder, &QPushButton::clicked, this, &EFilePage::askScannerFolder);
    m_details->setCurrentIndex(0);
    updateActions();
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
                m_documentModel->reload();
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
    const int shown = m_details->currentIndex();
    m_tree->reload();
    if (file.isValid() && selectFile(file)) {
        if (caseId.isValid())
            selectCase(caseId);
    } else if (shown == 1 || !m_unitKey.isEmpty()) {
        m_unitLists->reload();
    }
}

bool EFilePage::selectFile(FileId file)
{
    if (!m_tree->selectFile(file))
        return false;
    // Chosen already: the tree says nothing, the file is shown again.
    if (m_file != file)
        showFile(file);
    return true;
}

bool EFilePage::selectCase(CaseId caseId)
{
    const int row = m_caseModel->rowOf(caseId);
    if (row < 0)
        return false;
    m_cases->selectRow(row);
    m_cases->scrollTo(m_caseModel->index(row, CaseListModel::Subject));
    chooseCase(row);
    return true;
}

bool EFilePage::selectDocument(DocumentId document)
{
    const int row = m_documentModel->rowOf(document);
    if (row < 0)
        return false;
    m_documents->selectRow(row);
    m_documents->scrollTo(m_documentModel->index(row, DocumentListModel::Title));
    return true;
}

void EFilePage::showAll()
{
    m_unitKey.clear();
    m_file = {};
    m_case = {};
    m_unitLabel->setText(tr("<h2>All files</h2>The cases and documents of every file you may see."));
    m_newFile->setVisible(false);
    m_unitLists->setScope(ListScope::all());
    m_details->setCurrentIndex(1);
    updateActions();
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
        m_unitLists->setScope(ListScope::ofUnit(unit->id));
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
        m_caseModel->setScope(ListScope::ofFile(id)); // empty, with the reason
        showDocuments();
        return;
    }
    m_fileUnit = file->planUnit;
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
    // The reset chooses the first case (chooseCase), which shows its documents.
    m_caseModel->setScope(ListScope::ofFile(m_file));
}

void EFilePage::chooseCase(int row)
{
    const CaseId chosen = m_caseModel->caseAt(row);
    if (row == 0 && chosen.isValid() && m_cases->selectionModel()->selectedRows().isEmpty()) {
        const QSignalBlocker block(m_cases->selectionModel());
        m_cases->selectRow(0);
    }
    if (chosen == m_case && m_documentModel->query().scope == ListScope::ofCase(chosen))
        return;
    m_case = chosen;
    showDocuments();
}

void EFilePage::showDocuments()
{
    if (m_case.isValid()) {
        m_documentModel->setScope(ListScope::ofCase(m_case));
    } else {
        // No case: an empty list (a scope nothing is in) instead of the last case's documents.
        m_documentModel->setScope(ListScope::ofCase(CaseId()));
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
    if (auto created = FileService(*m_session.db).loadFile(*id); created && m_tree->showFile(created->planUnit, *id))
        showFile(*id);
    emit message(tr("File %1 created.").arg(FileService(*m_session.db).loadFile(*id)->referenceNumber));
    return id;
}

Result<CaseId> EFilePage::createCase(const QString &subject)
{
    auto id = FileService(*m_session.db).createCase(m_session.actor, m_file, subject);
    if (!id)
        return id.error();
    m_caseModel->reload();
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
        this, *m_session.db,
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
            m_documentModel->reload();
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
    m_tree->showFile(m_fileUnit, file);
    showFile(file);
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
    if (const DocumentId document = m_documentModel->documentAt(rows.first().row()); document.isValid())
        emit openDocumentRequested(document, 1);
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
