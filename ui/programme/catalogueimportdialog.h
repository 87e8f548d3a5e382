#pragma once

#include "programme/ozgservices.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace amtsdesk::ui {

// What an import of the OZG catalogue did: how many services were added, updated and left
// unchanged, and each rejected row with its line number and the reason.
class CatalogueImportDialog : public QDialog {
    Q_OBJECT

public:
    CatalogueImportDialog(const QString &source, const CatalogueImport &result, QWidget *parent = nullptr);
    QLabel *summary() const { return m_summary; }
    QTableWidget *rejectedTable() const { return m_rejected; }

private:
    QLabel *m_summary;
    QTableWidget *m_rejected;
};

} // namespace amtsdesk::ui
