#pragma once

#include "invoice/invoicewriter.h"

#include <QString>

// A valid XRechnung of one line from a Berlin supplier to the Landkreis Musterfeld: 250.00 net,
// 47.50 VAT, 297.50 due, dated 2026-02-20; leitwegId is its buyer reference (BT-10).
amtsdesk::InvoiceDraft sampleInvoiceDraft(const QString &number, const QString &leitwegId,
                                          amtsdesk::InvoiceSyntax syntax = amtsdesk::InvoiceSyntax::Ubl);
