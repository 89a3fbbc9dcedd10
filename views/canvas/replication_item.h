#pragma once

#include "canvas/link_route.h"

#include <QGraphicsItem>
#include <QString>

namespace scalelab {

/// The replication arrow from a primary database to one of its replicas: dashed, not a
/// link (nothing is routed along it by the student), labelled with the mode while editing
/// and with the replica's live lag during a run. Passive: the scene gives it its ends.
class ReplicationItem : public QGraphicsItem {
public:
    enum { Type = UserType + 23 };

    ReplicationItem(QString primary, QString replica, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    const QString &primary() const { return m_primary; }
    const QString &replica() const { return m_replica; }
    void setPrimary(const QString &primary) { m_primary = primary; }
    void setRoute(const LinkPath &path);
    const LinkPath &path() const { return m_path; }
    void setText(const QString &text);
    const QString &text() const { return m_text; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    QString m_primary;
    QString m_replica;
    QString m_text;
    LinkPath m_path;
};

} // namespace scalelab
