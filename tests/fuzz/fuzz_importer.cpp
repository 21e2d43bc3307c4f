// A libFuzzer target for one importer's reader; SOLILOQUY_FUZZ_FORMAT names which.
#include "ImporterFuzzTarget.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ImporterFuzzTarget::runOnce(
        Importer::Format::SOLILOQUY_FUZZ_FORMAT,
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
