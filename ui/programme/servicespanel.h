#pragma once

#include "programme/ozgservices.h"
#include "startup/session.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace amtsdesk::ui {

class CatalogueImportDialog;
class ServiceDialog;

// OZG-Leistungen: the services the district offers, with their maturity now and target, and
// the selected one's maturity history. The programme manager (or an administrator) imports the
// OZG catalogue; an officer of the responsible department (or the programme manager) offers a
// service from it, edits it and records a new maturity level.
class ServicesPanel : public QWidget {
    Q_OBJECT

public:
    explicit ServicesPanel(Session &session, QWidget *parent = nullptr);

    // Reads the store; nothing is read before the first call.
    void reload();
    QTableWidget *table() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    std::optional<DistrictService> current() const;

    // The action behind "Set maturity…" with what the dialog asked (for tests).
    bool setMaturity(const Maturity &maturity, QDate changedOn, const QString &comment);
    // Imports the catalogue CSV on a worker thread; at the end catalogueImported() and, when it
    // was read, the report of what was added, updated, unchanged and rejected. false when it
    // could not start (no right, or an import is running).
    bool importCatalogue(const QString &path);
    CatalogueImportDialog *lastImportReport() const;
    // Open the dialog (window-modal); on saving the list is read again and changed() emitted.
    // openEdit: nullptr when no service is selected or this person may not change it.
    ServiceDialog *openOffer();
    ServiceDialog *openEdit();

signals:
    void changed(const QString &message);
    void catalogueImported(bool ok);

private:
    void showCurrent();
    void askMaturity();
    void askImport();
    ServiceDialog *openDialog(ServiceDialog *dialog, const QString &message);
    bool select(DistrictServiceId id);

    Session &m_session;
    QLineEdit *m_filter;
    QCheckBox *m_mine;
    QTableWidget *m_table;
    QLabel *m_summary;
    QTableWidget *m_history;
    QPushButton *m_maturityButton;
    QPushButton *m_importButton;
    QPushButton *m_offerButton;
    QPushButton *m_editButton;
    QLabel *m_importState;
    QPointer<CatalogueImportDialog> m_report;
    bool m_importing = false;
    QList<DistrictService> m_shown;
};

} // namespace amtsdesk::ui
