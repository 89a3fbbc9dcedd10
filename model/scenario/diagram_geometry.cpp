#include "scenario/diagram_geometry.h"

#include <algorithm>
#include <cstddef>
#include <set>

namespace scalelab::diagram_geometry {

Rect Rect::united(const Rect &other) const
{
    if (other.isEmpty())
        return *this;
    if (isEmpty())
        return other;
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    return {left, top, std::max(right(), other.right()) - left,
            std::max(bottom(), other.bottom()) - top};
}

Rect cardRect(double x, double y)
{
    return {x - kCardWidth / 2, y - kCardHeight / 2, kCardWidth, kCardHeight};
}

std::vector<GroupBox> layoutGroupBoxes(const std::vector<std::vector<std::string>> &members,
                                       const std::function<Rect(const std::string &)> &cardOf)
{
    const std::size_t n = members.size();
    std::vector<std::set<std::string>> sets(n);
    for (std::size_t i = 0; i < n; ++i)
        sets[i] = std::set<std::string>(members[i].begin(), members[i].end());
    // inner is nested in outer: a subset, or the same set listed later (a strict order, so
    // the recursion below ends).
    const auto nested = [&](std::size_t inner, std::size_t outer) {
        const auto &a = sets[inner];
        const auto &b = sets[outer];
        if (inner == outer || a.empty() || !std::includes(b.begin(), b.end(), a.begin(), a.end()))
            return false;
        return a.size() < b.size() || inner > outer;
    };
    std::vector<GroupBox> boxes(n);
    std::vector<bool> placed(n, false);
    std::function<void(std::size_t)> place = [&](std::size_t i) {
        if (placed[i])
            return;
        placed[i] = true;
        Rect inside;
        for (const std::string &id : members[i])
            inside = inside.united(cardOf(id));
        int depth = 0;
        for (std::size_t j = 0; j < n; ++j) {
            if (!nested(j, i))
                continue;
            place(j);
            inside = inside.united(boxes[j].box);
            depth = std::max(depth, boxes[j].depth + 1);
        }
        boxes[i].depth = depth;
        if (!inside.isEmpty())
            boxes[i].box = {inside.x - kGroupPadding, inside.y - kGroupPadding - kGroupTitleHeight,
                            inside.width + 2 * kGroupPadding,
                            inside.height + kGroupPadding + kGroupTitleHeight +
                                kGroupBottomPadding};
    };
    for (std::size_t i = 0; i < n; ++i) {
        place(i);
        // The innermost group holding this one: the fewest members; of equal lists, the
        // last listed before it.
        for (std::size_t j = 0; j < n; ++j) {
            if (!nested(i, j))
                continue;
            const int p = boxes[i].parent;
            const auto best = static_cast<std::size_t>(p);
            if (p < 0 || sets[j].size() < sets[best].size() ||
                (sets[j].size() == sets[best].size() && j > best))
                boxes[i].parent = static_cast<int>(j);
        }
    }
    return boxes;
}

} // namespace scalelab::diagram_geometry
