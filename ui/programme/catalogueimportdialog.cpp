#include "programme/catalogueimportdialog.h"

#include "programme/programmetables.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace amtsdesk::ui {

CatalogueImportDialog::CatalogueImportDialog(const QString &source, const CatalogueImport &result, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel), m_rejected(programmetables::readOnly({tr("Line"), tr("Why rejected")}))
{
    setWindowTitle(tr("OZG catalogue imported"));
    const QLocale locale;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("<b>%1</b><br>%2 added, %3 updated, %4 unchanged, %5 rejected.")
                           .arg(QDir::toNativeSeparators(source).toHtmlEscaped(), locale.toString(result.added),
                                locale.toString(result.updated), locale.toString(result.unchanged),
                                locale.toString(result.rejected.size())));
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_rejected->setRowCount(int(result.rejected.size()));
    for (int row = 0; row < result.rejected.size(); ++row) {
        const CatalogueImport::Rejected &r = result.rejected.at(row);
        programmetables::setRow(m_rejected, row, {locale.toString(r.line), r.reason});
    }
    m_rejected->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    if (result.rejected.isEmpty()) {
        m_rejected->hide();
    } else {
        layout->addWidget(new QLabel(tr("Rows not imported (the file is left as it is; correct them and import "
                                        "again):")));
    }
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(640, result.rejected.isEmpty() ? 160 : 420);
}

} // namespace amtsdesk::ui
