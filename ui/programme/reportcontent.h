#pragma once

#include "programme/programmereport.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace amtsdesk::ui {

// The content of the status report as HTML, shared by the HTML file and the PDF. A browser reads
// charts as data URIs; QTextDocument does not, so for the PDF they are named "chart:NAME" and
// handed over as images to add as resources.
class ReportContent {
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    enum class Images { DataUri, Resources };
    struct Chart {
        QString url; // "chart:timeline"
        QImage image;
    };

    static ReportContent build(const ProgrammeReportData &data, Images images);
    static QString title();
    // Text for HTML: every character that means something in HTML escaped, line breaks kept.
    static QString text(const QString &plain);
    // An <a> for http and https links; anything else (javascript:, file:, …) as plain text.
    static QString link(const QString &url);

    QString html;
    QList<Chart> charts; // only for Images::Resources
};

} // namespace amtsdesk::ui
