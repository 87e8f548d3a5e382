// libFuzzer target (tools/fuzz): see fuzzentries.h.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    amtsdesk::fuzz::invoice(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
