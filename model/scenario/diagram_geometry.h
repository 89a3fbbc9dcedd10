#pragma once

// Where things stand on the canvas, in scene units, without Qt: a component's position is
// the centre of a card of one fixed size, and a group's box is drawn around its members'
// cards (and the boxes of the groups nested in it). The canvas and the diagram exports
// (model/export/) both place things with these, so an exported diagram is laid out as on
// the canvas.

#include <functional>
#include <string>
#include <vector>

namespace scalelab::diagram_geometry {

/// Cards have one size so that snapping the centre aligns the edges too.
inline constexpr double kCardWidth = 200;
inline constexpr double kCardHeight = 88;
/// A group box: this far from its cards at the sides and top, below its title bar ...
inline constexpr double kGroupPadding = 20;
/// ... and this far below them: room for the live view's queue bar and its label.
inline constexpr double kGroupBottomPadding = 40;
/// The title bar above the cards.
inline constexpr double kGroupTitleHeight = 30;

struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    bool isEmpty() const { return !(width > 0) || !(height > 0); }
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    /// The smallest rectangle holding both; an empty one adds nothing.
    Rect united(const Rect &other) const;
    bool operator==(const Rect &) const = default;
};

/// The card of a component whose position (its centre) is (x, y).
Rect cardRect(double x, double y);

struct GroupBox {
    Rect box;        ///< empty when the group has no card to hold
    int depth = 0;   ///< 0: holds no other group's box; otherwise 1 + the deepest it holds
    int parent = -1; ///< the innermost group this one is nested in, or -1
};

/// The boxes of groups given by their members: each surrounds its members' cards (cardOf
/// gives a card by id, empty when there is none) with the paddings above. A group whose
/// members all belong to another group is nested in it (equal member lists: the later
/// group is the inner one): the outer box then encloses the inner box with its own padding.
std::vector<GroupBox> layoutGroupBoxes(const std::vector<std::vector<std::string>> &members,
                                       const std::function<Rect(const std::string &)> &cardOf);

} // namespace scalelab::diagram_geometry
