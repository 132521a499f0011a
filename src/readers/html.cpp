#include "xxgk/readers.hpp"

namespace xxgk {

Result<Document> read_html(const SourceText&) {
    return Error{"reading HTML is not supported yet"};
}

}  // namespace xxgk
