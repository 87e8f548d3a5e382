#pragma once

#include "programme/ozgservices.h"
#include "startup/session.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace amtsdesk::ui {

class MaturityEdit;
class OptionalDateEdit;

// Offering a service of the OZG catalogue in the district (found by name, LeiKa key or OZG id),
// or editing one offered: responsible department, sub-project, maturity now (when offering) and
// target, online link, go-live and status. The maturity of an offered service changes through
// "Set maturity…", which keeps its history. OK saves through core; a refusal or a conflict is
// shown and the dialog stays open.
class ServiceDialog : public QDialog {
    Q_OBJECT

public:
    explicit ServiceDialog(Session &session, QWidget *parent = nullptr);
    // As the person saw it: its row version tells whether someone changed it since.
    ServiceDialog(Session &session, const DistrictService &service, QWidget *parent = nullptr);

    // false, with a message box naming the problem, when something is missing or core refuses.
    bool save();
    DistrictServiceId savedId() const { return m_savedId; }
    QString savedName() const;

    // Lists the catalogue entries matching the text (at most 50); the first is chosen.
    void search(const QString &text);
    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *catalogueTable() const { return m_catalogue; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *subProjectBox() const { return m_subProject; }
    QComboBox *statusBox() const { return m_status; }
    MaturityEdit *nowEdit() const { return m_now; }
    MaturityEdit *targetEdit() const { return m_target; }
    QLineEdit *linkEdit() const { return m_link; }
    OptionalDateEdit *goLiveEdit() const { return m_goLive; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void build();
    std::optional<CatalogueEntry> chosenEntry() const;

    Session &m_session;
    std::optional<DistrictService> m_editing;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_catalogue = nullptr;
    QLabel *m_found = nullptr;
    QComboBox *m_department;
    QComboBox *m_subProject;
    QComboBox *m_status;
    MaturityEdit *m_now;
    MaturityEdit *m_target;
    QLineEdit *m_link;
    OptionalDateEdit *m_goLive;
    QDialogButtonBox *m_buttons;
    QList<CatalogueEntry> m_entries;
    DistrictServiceId m_savedId;
};

} // namespace amtsdesk::ui
