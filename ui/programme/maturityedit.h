#pragma once

#include "programme/programmetypes.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace amtsdesk::ui {

// An OZG maturity: the model (1.1 or 2.0) and a level that the model has (0–4 or 0–7).
class MaturityEdit : public QWidget {
    Q_OBJECT

public:
    explicit MaturityEdit(const Maturity &maturity, QWidget *parent = nullptr);

    Maturity maturity() const;
    void setMaturity(const Maturity &maturity);
    QComboBox *modelBox() const { return m_model; }
    QSpinBox *levelBox() const { return m_level; }

private:
    QComboBox *m_model;
    QSpinBox *m_level;
};

// "3 (model 2.0)", as the tables show a maturity.
QString maturityText(const Maturity &maturity);

} // namespace amtsdesk::ui
