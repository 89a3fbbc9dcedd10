#pragma once

#include "scenario/diagram_geometry.h"
#include "scenario/scenario.h"

#include <QGraphicsItem>
#include <QStringList>

#include <functional>

namespace scalelab {

/// A group drawn as a box behind its members' cards, with a title bar naming it: a dashed
/// border for a private network, a solid tinted box for a data center. Passive: it keeps
/// the group's id and a copy of what it shows (sync()), and the scene places it with
/// layoutGroups(). Only the title bar is hit-tested, so a click inside the box still
/// reaches the canvas (rubber band) and the cards; dragging the title is done by the scene.
class GroupItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    static constexpr qreal kPadding = diagram_geometry::kGroupPadding;
    static constexpr qreal kBottomPadding = diagram_geometry::kGroupBottomPadding;
    static constexpr qreal kTitleHeight = diagram_geometry::kGroupTitleHeight;

    explicit GroupItem(const QString &id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    GroupKind kind() const { return m_kind; }
    /// The title shown: the label, or the kind's name when the label is empty.
    QString title() const;
    const QStringList &members() const { return m_members; }
    /// During a run: servers an autoscaling group added; the box holds them too.
    void setLiveMembers(const QStringList &ids) { m_liveMembers = ids; }
    QStringList boxMembers() const { return m_members + m_liveMembers; }
    void sync(const Group &group);
    /// A data center's region (empty: none), shown in its title bar's tag.
    const QString &region() const { return m_region; }
    /// Dollars per hour of its members, shown beside the region (< 0: not shown).
    void setCostPerHour(double dollars);

    /// The tag on the right of the title bar, as drawn: the kind's name in capitals unless
    /// the title says it, or a data center's region and cost ("US-EAST · $0.52/h").
    QString tagText() const;

    /// Places the box (scene coordinates); an empty rectangle hides the item.
    void setBox(const QRectF &sceneRect);
    /// The box in scene coordinates.
    QRectF box() const;
    /// The title bar in scene coordinates: where a press grabs the group.
    QRectF titleBar() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF localBox() const { return QRectF(QPointF(0, 0), m_size); }

    QString m_id;
    GroupKind m_kind = GroupKind::PrivateNetwork;
    QString m_label;
    QStringList m_members;
    QStringList m_liveMembers;
    QString m_region;
    double m_costPerHour = -1;
    QSizeF m_size;
};

/// The kind's name a student reads: "Private network", "Data center".
QString groupKindName(GroupKind kind);

/// Places every group's box around its members' cards; cardRect gives a card's scene
/// rectangle by id (empty if there is no card). A group whose members all belong to another
/// group is nested in it (equal member lists: the later group is the inner one): the outer
/// box then encloses the inner box with its own padding, so their edges never coincide,
/// and it is drawn below it.
void layoutGroups(const QList<GroupItem *> &groups,
                  const std::function<QRectF(const QString &)> &cardRect);

} // namespace scalelab
