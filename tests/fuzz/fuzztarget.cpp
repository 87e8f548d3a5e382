// A libFuzzer target (tools/fuzz): built once per entry of fuzzentries.h, named by the
// definition AMTSDESK_FUZZ_ENTRY (see CMakeLists.txt).
#include "fuzzentries.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt SQL finds its SQLite driver through the application; nothing else needs an event loop.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    amtsdesk::fuzz::AMTSDESK_FUZZ_ENTRY(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
