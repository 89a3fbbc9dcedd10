#pragma once

// The palette dock's list of component kinds. It only offers kinds: dragging an entry
// carries the kind's YAML name in a mime payload the canvas accepts, and double-click or
// Enter asks for the kind to be placed in view. It never touches a scenario.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QListWidget>
#include <optional>

class QMimeData;

namespace scalelab {

/// Mime type of a palette drag; the payload is toString(kind), e.g. "web_server".
inline constexpr char kComponentKindMimeType[] = "application/x-scalelab-component-kind";

class PaletteWidget : public QListWidget {
    Q_OBJECT
public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    /// The kind a drag from the palette carries, or nothing for any other payload.
    static std::optional<ComponentKind> kindFromMime(const QMimeData *mime);
    /// A payload as the palette creates it (the caller owns it); for drops made in code.
    static QMimeData *mimeForKind(ComponentKind kind);
    /// The kind of the entry in a row (rows follow allComponentKinds()).
    ComponentKind kindAt(int row) const;

signals:
    /// The user asked to add a component of this kind where it is visible.
    void placeRequested(scalelab::ComponentKind kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace scalelab
