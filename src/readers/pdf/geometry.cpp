#include "readers/pdf/geometry.hpp"

namespace xxgk::pdf {

double Pages::to_global(int page, double y) const {
    const PageFrame& f = frames.at(static_cast<std::size_t>(page - 1));
    return y - f.top + f.start;
}

int Pages::page_of(double global_y) const {
    int page = 1;
    for (std::size_t i = 1; i < frames.size(); ++i)
        if (global_y >= frames[i].start) page = static_cast<int>(i) + 1;
    return page;
}

double Pages::to_local(int page, double global_y) const {
    const PageFrame& f = frames.at(static_cast<std::size_t>(page - 1));
    return global_y - f.start + f.top;
}

std::vector<double> Pages::breaks() const {
    std::vector<double> out;
    for (std::size_t i = 1; i < frames.size(); ++i) out.push_back(frames[i].start);
    return out;
}

}  // namespace xxgk::pdf
