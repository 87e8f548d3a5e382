#pragma once

#include "common/result.h"
#include "programme/programmereport.h"

#include <QCoreApplication>

namespace amtsdesk::ui {

// The status report / newsletter of the programme: for a day and a department or the whole
// programme, with the charts, each sub-project's latest status, milestones reached and due,
// services that went online and the training figures. The same code writes the GUI's export
// and amtsdesk-cli programme report (under the offscreen platform; needs a QApplication).
class ProgrammeReportDocument {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReportDocument)

public:
    // Self-contained HTML (the charts embedded as PNG images).
    static QString html(const ProgrammeReportData &data);
    static Status writeHtml(const ProgrammeReportData &data, const QString &path);
    // A4 portrait PDF, written to a temporary file beside path and renamed into place.
    static Status writePdf(const ProgrammeReportData &data, const QString &path);
};

} // namespace amtsdesk::ui
