#pragma once

#include "invoice/invoicewriter.h"

// An XRechnung of an office supplier in Berlin to the Landkreis Musterfeld, dated 2026-02-20:
// ten packs of copy paper at 25.00, 250.00 net, 47.50 VAT, 297.50 due in 30 days. Without Catch,
// so that test drivers use it too.
amtsdesk::InvoiceDraft sampleInvoiceDraft(const QString &number, const QString &leitwegId,
                                          amtsdesk::InvoiceSyntax syntax = amtsdesk::InvoiceSyntax::Ubl);
