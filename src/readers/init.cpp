#include <libxml/parser.h>

#include "xxgk/readers.hpp"

namespace xxgk {

// libxml2's global state must be set up before two threads parse at once.
void init_readers() { xmlInitParser(); }

}  // namespace xxgk
