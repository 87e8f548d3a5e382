#include "programme/maturityedit.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QSpinBox>

namespace amtsdesk::ui {

MaturityEdit::MaturityEdit(const Maturity &maturity, QWidget *parent)
    : QWidget(parent), m_model(new QComboBox), m_level(new QSpinBox)
{
    for (const MaturityModel m : {MaturityModel::V1_1, MaturityModel::V2_0})
        m_model->addItem(ProgrammeTerms::name(m), int(m));
    m_model->setAccessibleName(tr("Maturity model"));
    m_level->setAccessibleName(tr("Maturity level"));
    m_level->setPrefix(tr("level "));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_model, 1);
    layout->addWidget(m_level);
    connect(m_model, &QComboBox::currentIndexChanged, this,
            [this] { m_level->setRange(0, ProgrammeTerms::maxLevel(MaturityModel(m_model->currentData().toInt()))); });
    setMaturity(maturity);
    setFocusProxy(m_model);
}

Maturity MaturityEdit::maturity() const
{
    return Maturity{MaturityModel(m_model->currentData().toInt()), m_level->value()};
}

void MaturityEdit::setMaturity(const Maturity &maturity)
{
    m_model->setCurrentIndex(m_model->findData(int(maturity.model)));
    m_level->setRange(0, ProgrammeTerms::maxLevel(maturity.model));
    m_level->setValue(maturity.level);
}

QString maturityText(const Maturity &maturity)
{
    // In the context the tables used first, so that its translations stay.
    return QCoreApplication::translate("amtsdesk::ui::ServicesPanel", "%1 (model %2)")
        .arg(maturity.level)
        .arg(ProgrammeTerms::key(maturity.model));
}

} // namespace amtsdesk::ui
