#pragma once

#include <QString>

namespace amtsdesk::invoicerules {

// The blank-separated code list the official test of a BR-CL rule searches, for UBL or CII;
// part names one of several lists of a rule ("invoice", "creditnote" for UBL BR-CL-01). Empty
// when there is none.
const QString &codeList(const char *rule, bool ubl, const char *part = "");

// The official membership test of a code in such a list: the value, with its white space
// normalised, has no blank inside, and " value " occurs in the list (so an empty value passes
// only where the list has a double blank, and a last code without a blank after it never
// does). anyCase: the value is upper-cased first (BR-CL-22). A list is turned into a set on
// its first use, so that each test is a lookup, not a search through the string; the list
// must therefore live as long as the program (codeList()'s do, as do string literals).
bool inCodeList(const QString &list, const QString &value, bool anyCase = false);

} // namespace amtsdesk::invoicerules
