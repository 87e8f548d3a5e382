#pragma once

// What each fuzz target does with its bytes, shared by the libFuzzer targets (tools/fuzz) and the
// test that replays the inputs kept under tests/fuzz/regressions. An input passes when the call
// returns: any outcome is fine, a crash, a hang or a sanitizer report is not.
#include "invoice/invoicefile.h"
#include "invoice/invoicesheet.h"
#include "invoice/invoicevalidator.h"
#include "search/searchquery.h"

#include <QByteArray>

namespace amtsdesk::fuzz {

// An e-invoice's XML: read (UBL or CII), every rule, the readable view.
inline void invoice(const QByteArray &bytes)
{
    auto file = InvoiceFiles::fromXml(bytes, QStringLiteral("fuzz.xml"));
    if (!file)
        return;
    const QList<Finding> findings = InvoiceValidator::validate(file->invoice);
    const InvoiceSheet sheet = InvoiceSheet::build(*file, findings);
    (void)sheet.toHtml();
}

// A search as a person types it, with the filters the search page knows.
inline void searchQuery(const QByteArray &bytes)
{
    static const QStringList filters{QStringLiteral("akte"), QStringLiteral("von"), QStringLiteral("bis"),
                                     QStringLiteral("typ"), QStringLiteral("status")};
    (void)SearchQuery::parse(QString::fromUtf8(bytes), filters);
}

} // namespace amtsdesk::fuzz
