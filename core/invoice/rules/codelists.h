#pragma once

#include <QString>

namespace amtsdesk::invoicerules {

// The blank-separated code list the official test of a BR-CL rule searches, for UBL or CII;
// part names one of several lists of a rule ("invoice", "creditnote" for UBL BR-CL-01). Empty
// when there is none.
const QString &codeList(const char *rule, bool ubl, const char *part = "");

} // namespace amtsdesk::invoicerules
