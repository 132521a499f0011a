#include "xxgk/readers.hpp"

namespace xxgk {

Result<Document> read_flat_text(const SourceText&) {
    return Error{"reading flattened text is not supported yet"};
}

}  // namespace xxgk
