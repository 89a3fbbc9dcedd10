#pragma once

#include <QObject>
#include <QPoint>

class QGraphicsScene;

namespace scalelab {

/// Watches a canvas scene for right-clicks on a component card (or a data center's title
/// bar, whose id it then announces) and announces them, so the
/// window can offer run actions (fail, recover, slow down) without the scene or its items
/// knowing about runs. Installed as an event filter; the click also selects the card.
class ComponentMenuFilter : public QObject {
    Q_OBJECT
public:
    explicit ComponentMenuFilter(QGraphicsScene *scene);

signals:
    void menuRequested(const QString &componentId, const QPoint &screenPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QGraphicsScene *m_scene;
};

} // namespace scalelab
