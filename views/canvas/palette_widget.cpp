#include "canvas/palette_widget.h"

#include "kind_icons.h"

#include <QKeyEvent>
#include <QMimeData>

namespace scalelab {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("palette"));
    setViewMode(QListView::ListMode);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (ComponentKind kind : allComponentKinds()) {
        auto *item = new QListWidgetItem(iconFor(kind), displayName(kind), this);
        item->setData(kKindRole, static_cast<int>(kind));
        item->setToolTip(kindDescription(kind) +
                         QStringLiteral("\n\nDrag onto the canvas, or double-click to add it."));
        item->setStatusTip(kindDescription(kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }

    // Double-click rather than `activated`: some styles activate on a single click, which
    // would drop a component on every selection.
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { emit placeRequested(kindAt(row(item))); });
}

std::optional<ComponentKind> PaletteWidget::kindFromMime(const QMimeData *mime)
{
    const QString type = QString::fromLatin1(kComponentKindMimeType);
    if (mime == nullptr || !mime->hasFormat(type))
        return std::nullopt;
    ComponentKind kind{};
    if (!fromString(mime->data(type).toStdString(), kind))
        return std::nullopt;
    return kind;
}

QMimeData *PaletteWidget::mimeForKind(ComponentKind kind)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kComponentKindMimeType), QByteArray(toString(kind)));
    return mime;
}

ComponentKind PaletteWidget::kindAt(int row) const
{
    return static_cast<ComponentKind>(item(row)->data(kKindRole).toInt());
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QString::fromLatin1(kComponentKindMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeForKind(kindAt(row(items.first())));
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && currentItem() != nullptr) {
        emit placeRequested(kindAt(currentRow()));
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace scalelab
