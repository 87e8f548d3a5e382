#pragma once

#include <QStringList>

namespace amtsdesk::cli {

// Runs one amtsdesk-cli invocation; returns the exit code (0 ok, 1 problems found, 2 usage or
// read errors).
int run(const QStringList &arguments);

} // namespace amtsdesk::cli
