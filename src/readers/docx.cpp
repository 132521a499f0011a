#include "xxgk/readers.hpp"

namespace xxgk {

Result<Document> read_docx(const std::string&) {
    return Error{"reading DOCX is not supported yet"};
}

}  // namespace xxgk
